// Find: free text, filters, sorting and cursor paging over materials or interventions. The URL holds the whole
// search (?q=…&theme=…&after=…), so a search can be reloaded, shared and walked with the back button.

import { graphql } from '../api.js';
import { catalog } from '../catalog.js';
import { focusOn, h, hidden, replace } from '../dom.js';
import { label, orgName, t } from '../i18n.js';
import { errorBox, pageHeading } from './common.js';
import { interventions, materials, queryFor, readState, searchUrl, SORTS, variables } from './find-kinds.js';

function shorten(text, max = 240) {
  if (!text || text.length <= max) return text ?? '';
  const cut = text.lastIndexOf(' ', max);
  return `${text.slice(0, cut > max / 2 ? cut : max)} …`;
}

function createView(config) {
  let ui = null; // the elements of the view currently shown
  let focusResultsNext = false;

  function optionsFor(filter, data, selected) {
    const any = h('option', { value: '' }, t('find.any'));
    let options;
    if (filter.options === 'organisations') {
      const group = (plan, key) => h('optgroup', { label: t(key) },
        data.organisations.filter((o) => o.isPlanAgency === plan).map((o) => h('option', { value: o.code }, `${orgName(o)} (${o.code})`)));
      options = [group(true, 'filter.orgs.plan'), group(false, 'filter.orgs.partners')];
    } else {
      options = data[filter.options].map((entry) => h('option', { value: entry.code }, label(entry)));
    }
    const known = filter.options === 'organisations' ? data.organisations.map((o) => o.code) : data[filter.options].map((e) => e.code);
    // A code in the URL that the vocabulary lacks stays visible, so the form never hides an active filter.
    const unknown = selected && !known.includes(selected) ? h('option', { value: selected }, selected) : null;
    return [any, ...options, unknown];
  }

  function buildForm(data, state) {
    const id = (name) => `find-${config.kind}-${name}`;
    const textInput = h('input', { type: 'search', id: id('q'), name: 'q', value: state.q, autocomplete: 'off', 'aria-describedby': id('q-hint') });
    const selects = config.filters.map((filter) => {
      const select = h('select', { id: id(filter.param), name: filter.param }, optionsFor(filter, data, state.filters[filter.param]));
      select.value = state.filters[filter.param];
      select.addEventListener('change', () => submit());
      return { filter, select, field: h('div', { class: 'field' }, h('label', { for: id(filter.param) }, t(filter.labelKey)), select) };
    });
    const sort = h('select', { id: id('sort'), name: 'sort' }, Object.keys(SORTS).map((key) => h('option', { value: key }, t(`sort.${key}`))));
    sort.value = state.sort;
    sort.addEventListener('change', () => submit());
    const form = h('form', { class: 'search-form', role: 'search', 'aria-label': t('find.form'), onsubmit: (event) => { event.preventDefault(); submit(); } },
      h('div', { class: 'field field--text' },
        h('label', { for: id('q') }, t('find.text')),
        h('div', { class: 'search-row' }, textInput, h('button', { type: 'submit', class: 'button' }, t('find.submit'))),
        h('p', { class: 'hint', id: id('q-hint') }, t('find.textHint'))),
      h('fieldset', { class: 'filters' }, h('legend', {}, t('find.filters')), selects.map((s) => s.field),
        h('div', { class: 'field' }, h('label', { for: id('sort') }, t('sort.label')), sort)),
      h('p', {}, h('a', { href: config.path, class: 'clear-link' }, t('find.clear'))));
    return { form, textInput, selects, sort };
  }

  function formState() {
    const filters = {};
    for (const { filter, select } of ui.selects) filters[filter.param] = select.value;
    return { q: ui.textInput.value, filters, sort: ui.sort.value };
  }

  function submit() {
    ui.navigate(searchUrl(config, formState()));
  }

  function syncForm(state) {
    if (document.activeElement !== ui.textInput) ui.textInput.value = state.q;
    for (const { filter, select } of ui.selects) select.value = state.filters[filter.param];
    ui.sort.value = state.sort;
  }

  function card(node) {
    return h('li', { class: 'card' },
      h('h3', { class: 'card__title' }, h('a', { href: config.href(node) }, node.title)),
      config.text(node) ? h('p', { class: 'card__text' }, shorten(config.text(node))) : null,
      h('dl', { class: 'facts facts--compact' }, config.facts(node).map(([key, value]) => [h('dt', {}, t(key)), h('dd', {}, value)])));
  }

  function pager(state, pageInfo) {
    const links = [];
    const follow = () => { focusResultsNext = true; };
    if (pageInfo.hasPreviousPage && pageInfo.startCursor) {
      links.push(h('a', { href: searchUrl(config, { ...state, after: null, before: pageInfo.startCursor }), rel: 'prev', class: 'button button--secondary', onclick: follow }, t('page.prev')));
    }
    if (pageInfo.hasNextPage && pageInfo.endCursor) {
      links.push(h('a', { href: searchUrl(config, { ...state, before: null, after: pageInfo.endCursor }), rel: 'next', class: 'button button--secondary', onclick: follow }, t('page.next')));
    }
    return links.length ? h('nav', { class: 'pager', 'aria-label': t('page.nav') }, links) : null;
  }

  async function update(context) {
    const state = readState(config, context.query);
    syncForm(state);
    ui.list.setAttribute('aria-busy', 'true');
    let data;
    try {
      data = await graphql(queryFor(config), variables(config, state));
    } catch (error) {
      if (!context.isCurrent()) return;
      ui.list.removeAttribute('aria-busy');
      ui.status.textContent = '';
      replace(ui.list);
      replace(ui.errors, errorBox(error));
      ui.pager.replaceChildren();
      return;
    }
    if (!context.isCurrent()) return;
    const { list } = data;
    ui.list.removeAttribute('aria-busy');
    ui.errors.replaceChildren();
    ui.status.textContent = t(`find.count.${config.kind}`, { n: list.totalCount });
    replace(ui.list, list.nodes.map(card));
    ui.hint.hidden = list.totalCount > 0;
    replace(ui.pager, pager(state, list.pageInfo));
    if (focusResultsNext) {
      focusResultsNext = false;
      focusOn(ui.heading);
    }
  }

  return {
    section: config.section,
    config,
    async render(main, context) {
      main.append(...pageHeading(t(config.titleKey), t(config.introKey)));
      let data;
      try {
        data = await catalog();
      } catch (error) {
        main.append(errorBox(error));
        return;
      }
      if (!context.isCurrent()) return;
      const state = readState(config, context.query);
      const form = buildForm(data, state);
      const heading = h('h2', { id: `results-${config.kind}`, tabindex: '-1' }, t('find.results'));
      ui = {
        ...form,
        navigate: context.navigate,
        heading,
        status: h('p', { class: 'result-count', role: 'status', 'aria-live': 'polite' }),
        hint: h('p', { class: 'hint', hidden: true }, t('find.none')),
        errors: h('div'),
        list: h('ol', { class: 'results', 'aria-labelledby': heading.id }),
        pager: h('div'),
      };
      main.append(form.form, h('section', { class: 'results-section', 'aria-labelledby': heading.id },
        heading, ui.status, ui.hint, ui.errors, ui.list, ui.pager));
      ui.status.append(hidden(t('find.loading')));
      await update(context);
    },
    update,
  };
}

export const findMaterialsView = createView(materials);
export const findInterventionsView = createView(interventions);
