// Coverage: a matrix of vocabulary entries × organisations counting what the caller may see, with the gaps
// marked in colour and in words, each count a link to the list behind it, and a CSV download of the table.

import { graphql } from '../api.js';
import { csvText } from '../csv.js';
import { h, hidden, replace } from '../dom.js';
import { label, lang, orgName, t } from '../i18n.js';
import { errorBox, pageHeading } from './common.js';

const MATRICES = {
  'material-theme': { kind: 'MATERIAL', dimension: 'THEME', rowKey: 'filter.theme', path: '/viewer/', param: 'theme' },
  'material-area': { kind: 'MATERIAL', dimension: 'DEVELOPMENT_AREA', rowKey: 'filter.area', path: '/viewer/', param: 'area' },
  'material-format': { kind: 'MATERIAL', dimension: 'FORMAT', rowKey: 'filter.format', path: '/viewer/', param: 'format' },
  'material-audience': { kind: 'MATERIAL', dimension: 'AUDIENCE', rowKey: 'filter.audience', path: '/viewer/', param: 'audience' },
  'intervention-area': { kind: 'INTERVENTION', dimension: 'DEVELOPMENT_AREA', rowKey: 'filter.area', path: '/viewer/interventions', param: 'area' },
  'intervention-target': { kind: 'INTERVENTION', dimension: 'TARGET_GROUP', rowKey: 'filter.target', path: '/viewer/interventions', param: 'target' },
};
const DEFAULT_MATRIX = 'material-theme';
const ORGANISATION_SETS = ['active', 'plan', 'all'];

const QUERY = `query ViewerCoverage($kind: CoverageKind!, $dimension: CoverageDimension!) {
  coverage(kind: $kind, dimension: $dimension) {
    entries { code labelSv labelEn }
    organisations { code name nameEn isPlanAgency }
    cells { organisation { code } entry { code } count }
  }
}`;

function readState(query) {
  const matrix = MATRICES[query.get('matrix')] ? query.get('matrix') : DEFAULT_MATRIX;
  const orgs = ORGANISATION_SETS.includes(query.get('orgs')) ? query.get('orgs') : 'active';
  return { matrix, orgs };
}

const stateUrl = ({ matrix, orgs }) => {
  const params = new URLSearchParams();
  if (matrix !== DEFAULT_MATRIX) params.set('matrix', matrix);
  if (orgs !== 'active') params.set('orgs', orgs);
  const search = params.toString();
  return search ? `/viewer/coverage?${search}` : '/viewer/coverage';
};

/** The table the page shows: rows, the chosen columns and counts[row][column]. */
function tableOf(coverage, orgs) {
  const count = new Map(coverage.cells.map((c) => [`${c.entry.code}\u0000${c.organisation.code}`, c.count]));
  const at = (entry, org) => count.get(`${entry.code}\u0000${org.code}`) ?? 0;
  const hasContent = (org) => coverage.entries.some((entry) => at(entry, org) > 0);
  const columns = coverage.organisations.filter((org) =>
    orgs === 'all' || org.isPlanAgency || (orgs === 'active' && hasContent(org)));
  const rows = coverage.entries.map((entry) => {
    const counts = columns.map((org) => at(entry, org));
    return { entry, counts, total: counts.reduce((a, b) => a + b, 0) };
  });
  return { columns, rows };
}

function csvOf(table, matrix) {
  return csvText([
    [t(MATRICES[matrix].rowKey), 'code', ...table.columns.map((o) => o.code), t('coverage.total')],
    ...table.rows.map((row) => [label(row.entry), row.entry.code, ...row.counts, row.total]),
  ]);
}

function download(text, filename) {
  // The byte-order mark makes spreadsheet programs read the Swedish letters as UTF-8.
  const url = URL.createObjectURL(new Blob(['\uFEFF', text], { type: 'text/csv;charset=utf-8' }));
  const link = h('a', { href: url, download: filename, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function matrixTable(table, state) {
  const spec = MATRICES[state.matrix];
  const itemKind = spec.kind === 'MATERIAL' ? 'material' : 'intervention';
  const captionId = 'coverage-caption';
  const head = h('tr', {},
    h('th', { scope: 'col' }, t(spec.rowKey)),
    table.columns.map((org) => h('th', { scope: 'col', class: org.isPlanAgency ? 'plan' : null },
      h('abbr', { title: orgName(org) }, org.code))),
    h('th', { scope: 'col' }, t('coverage.total')));
  const body = table.rows.map((row) => h('tr', { class: row.total === 0 ? 'row-gap' : null },
    h('th', { scope: 'row' }, label(row.entry)),
    table.columns.map((org, i) => {
      const n = row.counts[i];
      const data = { entry: row.entry.code, org: org.code };
      if (n === 0) return h('td', { class: 'gap', dataset: data }, t('coverage.gap'));
      const href = `${spec.path}?${new URLSearchParams({ [spec.param]: row.entry.code, org: org.code })}`;
      return h('td', { class: 'count', dataset: data },
        h('a', { href }, String(n), hidden(` ${t(`coverage.cell.${itemKind}`, { n, entry: label(row.entry), org: orgName(org) }).replace(/^\d+ /, '')}`)));
    }),
    h('td', { class: 'total' }, String(row.total))));
  return h('div', { class: 'table-scroll', role: 'region', 'aria-labelledby': captionId, tabindex: '0' },
    h('table', { class: 'matrix' },
      h('caption', { id: captionId }, t('coverage.caption', { matrix: t(`matrix.${state.matrix}`) })),
      h('thead', {}, head), h('tbody', {}, body)));
}

function summary(table) {
  const cells = table.rows.length * table.columns.length;
  const gaps = table.rows.reduce((sum, row) => sum + row.counts.filter((n) => n === 0).length, 0);
  const uncovered = table.rows.filter((row) => row.total === 0);
  return [
    h('p', {}, t('coverage.summary', { gaps, cells })),
    uncovered.length
      ? h('div', {}, h('p', {}, t('coverage.uncovered')), h('ul', {}, uncovered.map((row) => h('li', {}, label(row.entry)))))
      : h('p', {}, t('coverage.allCovered')),
  ];
}

function legend(table) {
  return h('details', { class: 'legend' }, h('summary', {}, t('coverage.legend')),
    h('dl', { class: 'facts facts--compact' }, table.columns.map((org) => [h('dt', {}, org.code), h('dd', {}, orgName(org))])));
}

let ui = null;

async function update(context) {
  const state = readState(context.query);
  ui.matrix.value = state.matrix;
  ui.orgs.value = state.orgs;
  ui.result.setAttribute('aria-busy', 'true');
  const spec = MATRICES[state.matrix];
  let coverage;
  try {
    coverage = (await graphql(QUERY, { kind: spec.kind, dimension: spec.dimension })).coverage;
  } catch (error) {
    if (!context.isCurrent()) return;
    ui.result.removeAttribute('aria-busy');
    ui.status.textContent = '';
    replace(ui.result, errorBox(error));
    return;
  }
  if (!context.isCurrent()) return;
  const table = tableOf(coverage, state.orgs);
  ui.result.removeAttribute('aria-busy');
  if (table.columns.length === 0) {
    ui.status.textContent = t('coverage.noOrganisations');
    ui.result.replaceChildren();
    return;
  }
  replace(ui.status, summary(table));
  const csv = h('button', { type: 'button', class: 'button button--secondary' }, t('coverage.csv'));
  csv.addEventListener('click', () => download(csvOf(table, state.matrix), `hub-coverage-${state.matrix}-${state.orgs}-${lang()}.csv`));
  replace(ui.result, h('p', { class: 'hint' }, t('coverage.scroll')), matrixTable(table, state), h('p', {}, csv), legend(table));
}

export const coverageView = {
  section: 'coverage',
  wide: true, // the matrix needs the width of the screen more than a line of text does
  async render(main, context) {
    const matrix = h('select', { id: 'coverage-matrix', name: 'matrix' },
      Object.keys(MATRICES).map((key) => h('option', { value: key }, t(`matrix.${key}`))));
    const orgs = h('select', { id: 'coverage-orgs', name: 'orgs' },
      ORGANISATION_SETS.map((key) => h('option', { value: key }, t(`coverage.orgs.${key}`))));
    const apply = () => context.navigate(stateUrl({ matrix: matrix.value, orgs: orgs.value }));
    matrix.addEventListener('change', apply);
    orgs.addEventListener('change', apply);
    const form = h('form', { class: 'coverage-form', 'aria-label': t('coverage.form'), onsubmit: (e) => { e.preventDefault(); apply(); } },
      h('div', { class: 'field' }, h('label', { for: 'coverage-matrix' }, t('coverage.matrix')), matrix),
      h('div', { class: 'field' }, h('label', { for: 'coverage-orgs' }, t('coverage.orgs')), orgs),
      h('button', { type: 'submit', class: 'button' }, t('coverage.show')));
    ui = { matrix, orgs, status: h('div', { class: 'coverage-summary', role: 'status', 'aria-live': 'polite' }), result: h('div') };
    main.append(...pageHeading(t('coverage.title'), t('coverage.intro')), form, ui.status, ui.result);
    await update(context);
  },
  update,
};
