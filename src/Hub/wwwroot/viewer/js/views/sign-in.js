// Sign in with a bearer token, or (on a Hub in development) with a token the Hub makes for a chosen organisation
// and role. The token stays in this tab's sessionStorage; signing out forgets it.

import { devToken } from '../api.js';
import { catalog } from '../catalog.js';
import { h, replace } from '../dom.js';
import { formatDateTime, orgName, roleNames, t } from '../i18n.js';
import { session, signIn } from '../session.js';
import { errorBox, pageHeading } from './common.js';

const ROLES = ['reader', 'publisher', 'admin'];

/** Where to go after signing in: a viewer address from ?return=, never another site. */
function returnAddress(query) {
  const target = query.get('return');
  return target && /^\/viewer(\/|$|\?)/.test(target) && !target.startsWith('/viewer/signin') ? target : '/viewer/';
}

function messageFor(error) {
  if (error.code === 'EXPIRED') return t('signin.expired');
  if (error.code === 'REJECTED') return t('signin.rejected');
  if (error.code === 'UNAUTHENTICATED') return `${t('signin.rejected')} (${error.message})`;
  if (error.code === 'DEV_TOKEN_UNAVAILABLE') return t('signin.dev.unavailable');
  return null;
}

export const signInView = {
  section: null,
  async render(main, context) {
    main.append(...pageHeading(t('signin.title'), t('signin.intro')));
    const feedback = h('div', { class: 'feedback', role: 'status', 'aria-live': 'polite' });
    const state = session();
    if (context.query.get('signedout')) feedback.append(h('p', { class: 'notice' }, t('signin.signedOut')));
    if (context.query.get('rejected')) feedback.append(h('p', { class: 'notice notice--error' }, t('signin.rejected')));
    if (state.signedIn) {
      feedback.append(h('div', { class: 'notice notice--success' },
        h('p', {}, t('signin.current', { org: orgName(state.organisation), roles: roleNames(state.roles) })),
        state.expiresAt ? h('p', {}, t('signin.expires', { time: formatDateTime(state.expiresAt.toISOString()) })) : null));
    }
    main.append(feedback);

    const fail = (error) => {
      const message = messageFor(error);
      replace(feedback, message ? h('div', { class: 'notice notice--error', role: 'alert' }, h('p', {}, message)) : errorBox(error));
    };
    const done = () => context.navigate(returnAddress(context.query), { focus: true });

    const tokenField = h('textarea', { id: 'signin-token', name: 'token', rows: '4', spellcheck: 'false', autocomplete: 'off', class: 'token-input' });
    const tokenForm = h('form', { class: 'panel', 'aria-labelledby': 'signin-token-legend' },
      h('h2', { id: 'signin-token-legend' }, t('signin.token.legend')),
      h('div', { class: 'field' }, h('label', { for: 'signin-token' }, t('signin.token.label')), tokenField),
      h('button', { type: 'submit', class: 'button' }, t('signin.token.submit')));
    tokenForm.addEventListener('submit', async (event) => {
      event.preventDefault();
      if (!tokenField.value.trim()) {
        replace(feedback, h('div', { class: 'notice notice--error', role: 'alert' }, h('p', {}, t('signin.empty'))));
        tokenField.focus();
        return;
      }
      try {
        await signIn(tokenField.value);
        await done();
      } catch (error) {
        fail(error);
      }
    });

    const orgSelect = h('select', { id: 'signin-org', name: 'org' });
    const roleSelect = h('select', { id: 'signin-role', name: 'role' }, ROLES.map((role) => h('option', { value: role }, t(`role.${role}`))));
    const devForm = h('form', { class: 'panel', 'aria-labelledby': 'signin-dev-legend' },
      h('h2', { id: 'signin-dev-legend' }, t('signin.dev.legend')),
      h('p', { class: 'hint' }, t('signin.dev.help')),
      h('div', { class: 'field' }, h('label', { for: 'signin-org' }, t('signin.dev.org')), orgSelect),
      h('div', { class: 'field' }, h('label', { for: 'signin-role' }, t('signin.dev.role')), roleSelect),
      h('button', { type: 'submit', class: 'button' }, t('signin.dev.submit')));
    devForm.addEventListener('submit', async (event) => {
      event.preventDefault();
      try {
        const issued = await devToken(orgSelect.value, [roleSelect.value]);
        await signIn(issued.token, issued.expiresAt);
        await done();
      } catch (error) {
        fail(error);
      }
    });

    main.append(h('div', { class: 'panels' }, tokenForm, devForm));
    try {
      const { organisations } = await catalog();
      const group = (plan, key) => h('optgroup', { label: t(key) },
        organisations.filter((o) => o.isPlanAgency === plan).map((o) => h('option', { value: o.code }, `${orgName(o)} (${o.code})`)));
      orgSelect.append(group(true, 'filter.orgs.plan'), group(false, 'filter.orgs.partners'));
      if (state.signedIn) orgSelect.value = state.organisation.code;
    } catch (error) {
      if (context.isCurrent()) fail(error);
    }
  },
};
