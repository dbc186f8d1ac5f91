// The viewer's entry point: the page shell (header, language, whose view) and a small router over
// history.pushState, so every view has a stable URL that works on reload and when shared.

import { focusOn } from './dom.js';
import { lang, orgName, roleNames, setLang, t } from './i18n.js';
import { onSessionChange, restoreSession, session, signOut } from './session.js';
import { coverageView } from './views/coverage.js';
import { interventionDetailView, materialDetailView } from './views/detail.js';
import { findInterventionsView, findMaterialsView } from './views/find.js';
import { notFoundView } from './views/not-found.js';
import { signInView } from './views/sign-in.js';
import { statisticsDatasetView, statisticsListView } from './views/statistics.js';

const routes = [
  { pattern: /^\/viewer\/?$/, view: findMaterialsView },
  { pattern: /^\/viewer\/materials\/?$/, view: findMaterialsView },
  { pattern: /^\/viewer\/interventions\/?$/, view: findInterventionsView },
  { pattern: /^\/viewer\/materials\/([^/]+)\/?$/, view: materialDetailView },
  { pattern: /^\/viewer\/interventions\/([^/]+)\/?$/, view: interventionDetailView },
  { pattern: /^\/viewer\/coverage\/?$/, view: coverageView },
  { pattern: /^\/viewer\/statistics\/?$/, view: statisticsListView },
  { pattern: /^\/viewer\/statistics\/([^/]+)\/?$/, view: statisticsDatasetView },
  { pattern: /^\/viewer\/signin\/?$/, view: signInView },
];

const main = document.getElementById('main');
let current = null; // { view, path }
let renderCount = 0;

/** A path segment as text; a malformed escape is kept as typed (and then simply matches nothing). */
function decode(segment) {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function resolve(location) {
  for (const route of routes) {
    const match = route.pattern.exec(location.pathname);
    if (match) return { view: route.view, params: match.slice(1).map(decode), query: new URLSearchParams(location.search) };
  }
  return { view: notFoundView, params: [], query: new URLSearchParams(location.search) };
}

/** Shows the view of the current URL. A view that is already shown and can update in place (search) does so. */
async function show({ focus = false, rerender = false } = {}) {
  const route = resolve(window.location);
  const count = ++renderCount;
  const context = { ...route, navigate, isCurrent: () => count === renderCount };
  markNavigation(route.view);
  renderShell(); // the sign-in link carries the current address back
  if (!rerender && current?.view === route.view && current.path === window.location.pathname && route.view.update) {
    await route.view.update(context);
    return;
  }
  current = { view: route.view, path: window.location.pathname };
  main.classList.toggle('wide', Boolean(route.view.wide));
  main.replaceChildren();
  main.setAttribute('aria-busy', 'true');
  try {
    await route.view.render(main, context);
  } finally {
    if (context.isCurrent()) main.removeAttribute('aria-busy');
  }
  if (!context.isCurrent()) return;
  const heading = main.querySelector('h1');
  document.title = `${heading?.textContent ?? t('app.name')} – ${t('app.name')}`;
  if (focus) focusOn(heading ?? main);
}

/** Goes to a URL of the viewer without reloading; focus moves to the new view's heading when the view changes. */
export function navigate(href, { replace = false, focus } = {}) {
  const before = window.location.pathname;
  const url = new URL(href, window.location.href);
  if (replace) history.replaceState(null, '', url);
  else history.pushState(null, '', url);
  return show({ focus: focus ?? url.pathname !== before });
}

function markNavigation(view) {
  for (const link of document.querySelectorAll('[data-nav]')) {
    if (link.dataset.nav === view.section) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
}

// Links inside the viewer navigate in place; everything else (the API, external links, downloads) is left alone.
document.addEventListener('click', (event) => {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
  if (!link || link.target || link.hasAttribute('download')) return;
  const url = new URL(link.href, window.location.href);
  if (url.origin !== window.location.origin || !/^\/viewer(\/|$)/.test(url.pathname)) return;
  // A link to a place on this page (the skip link) is the browser's to follow: it moves focus there.
  if (url.hash && url.pathname === window.location.pathname && url.search === window.location.search) return;
  event.preventDefault();
  navigate(url.href);
});

window.addEventListener('popstate', () => show({ focus: true }));

/** Writes the shell's text in the current language and says whose view the page shows. */
function renderShell() {
  document.documentElement.lang = lang();
  for (const element of document.querySelectorAll('[data-i18n]')) element.textContent = t(element.dataset.i18n);
  for (const element of document.querySelectorAll('[data-i18n-aria-label]')) element.setAttribute('aria-label', t(element.dataset.i18nAriaLabel));
  const switcher = document.getElementById('lang-switch');
  switcher.textContent = t('lang.switch');
  switcher.lang = t('lang.switchLang');
  const state = session();
  document.getElementById('whose-view').textContent = state.signedIn
    ? t('session.as', { org: orgName(state.organisation), roles: roleNames(state.roles) })
    : t('session.anonymous');
  const signInLink = document.getElementById('session-link');
  signInLink.hidden = state.signedIn;
  const back = window.location.pathname.startsWith('/viewer/signin') ? null : window.location.pathname + window.location.search;
  signInLink.href = back ? `/viewer/signin?return=${encodeURIComponent(back)}` : '/viewer/signin';
  document.getElementById('sign-out').hidden = !state.signedIn;
}

document.getElementById('lang-switch').addEventListener('click', () => {
  setLang(lang() === 'sv' ? 'en' : 'sv');
  renderShell();
  show({ rerender: true });
});

document.getElementById('sign-out').addEventListener('click', () => {
  signOut();
  navigate('/viewer/signin?signedout=1');
});

// What may be seen changes with the caller: redraw the header and the view.
onSessionChange(() => renderShell());

// A token that stops working mid-visit: back to anonymous, and the sign-in page says why.
window.addEventListener('hub:token-rejected', () => {
  signOut();
  const back = window.location.pathname + window.location.search;
  navigate(`/viewer/signin?rejected=1&return=${encodeURIComponent(back)}`, { replace: true, focus: true });
});

async function start() {
  setLang(lang());
  renderShell();
  await restoreSession();
  renderShell();
  await show();
}

start();
