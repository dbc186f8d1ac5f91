// Follow-up statistics: the datasets the visitor may see, and for one dataset a chart of women and men (and any
// other groups of SEX) across the categories of a second dimension, the same numbers as a table, the method
// note and the suppression threshold. Suppressed cells are shown as suppressed, never as zero.

import { graphql } from '../api.js';
import { h, replace } from '../dom.js';
import { formatDateTime, label, lang, orgName, t } from '../i18n.js';
import { chips, ENTRY, errorBox, pageHeading } from './common.js';
import { drawChart } from './statistics-chart.js';

const LIST_QUERY = `query ViewerDatasets {
  statisticsDatasets(first: 100) {
    totalCount
    nodes { id title referencePeriod visibility owner { code name nameEn } indicator { ${ENTRY} } dimensions { nodes { ${ENTRY} } } }
  }
}`;

const DATASET_QUERY = `query ViewerDataset($id: ID!) {
  node(id: $id) {
    __typename
    ... on StatisticsDataset {
      id title description owner { code name nameEn } intervention { id title } indicator { ${ENTRY} } unit referencePeriod
      dimensions { nodes { ${ENTRY} } } methodNote suppressionThreshold visibility updatedAt csvUrl jsonStatUrl
    }
  }
}`;

const CELL = 'coordinates { dimension { code } code labelSv labelEn isTotal } count population rate status sdmxStatus';

// One page of a dataset's cells; a table is read page by page (at most 100 cells each) until the last.
const cellsQuery = (selection) => `query ViewerCells($id: ID!, $filter: StatisticsCellFilter, $after: String) {
  node(id: $id) {
    ... on StatisticsDataset {
      cells(filter: $filter, first: 100, after: $after) { nodes { ${selection} } pageInfo { hasNextPage endCursor } }
    }
  }
}`;

async function allCells(id, filter, selection) {
  const cells = [];
  let after = null;
  for (;;) {
    const page = (await graphql(cellsQuery(selection), { id, filter, after })).node.cells;
    cells.push(...page.nodes);
    if (!page.pageInfo.hasNextPage) return cells;
    after = page.pageInfo.endCursor;
  }
}

const SEX = 'SEX';
const GROUP_ORDER = ['F', 'M']; // women first, then men, then any other group; the total last

const fieldOf = (dimension) => dimension.toLowerCase().replace(/_([a-z])/g, (_, c) => c.toUpperCase());
const coordinate = (cell, dimension) => cell.coordinates.find((c) => c.dimension.code === dimension);
const totalEntry = () => ({ code: '_T', isTotal: true, labelSv: 'Totalt', labelEn: 'Total' });

function uniqueBy(items, key) {
  const seen = new Map();
  for (const item of items) if (item && !seen.has(key(item))) seen.set(key(item), item);
  return [...seen.values()];
}

/** Rows (categories of the compared-across dimension) and groups (of SEX), totals last, women first. */
function gridOf(cells, across) {
  const rows = across ? uniqueBy(cells.map((c) => coordinate(c, across)), (c) => c.code) : [totalEntry()];
  rows.sort((a, b) => Number(a.isTotal) - Number(b.isTotal));
  const rank = (g) => (g.isTotal ? 99 : GROUP_ORDER.includes(g.code) ? GROUP_ORDER.indexOf(g.code) : 50);
  const groups = uniqueBy(cells.map((c) => coordinate(c, SEX)), (c) => c.code).sort((a, b) => rank(a) - rank(b));
  const at = (row, group) => cells.find((c) => coordinate(c, SEX)?.code === group.code && (!across || coordinate(c, across)?.code === row.code));
  return { rows, groups, at };
}

function formatters() {
  const locale = lang() === 'en' ? 'en-GB' : 'sv-SE';
  const count = new Intl.NumberFormat(locale);
  const share = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  return { locale, count: (n) => count.format(n), share: (r) => `${share.format(r * 100)} %` };
}

const valueOf = (cell, measure) => (!cell ? null : measure === 'rate' ? (cell.rate === null ? null : Math.round(cell.rate * 1000) / 10) : cell.count);

function cellText(cell, measure, format) {
  if (!cell) return h('span', { class: 'muted' }, '–');
  if (cell.sdmxStatus) return h('span', { class: 'suppressed' }, t('stats.suppressed', { status: cell.sdmxStatus }));
  if (measure === 'rate') return cell.rate === null ? h('span', { class: 'muted' }, '–') : format.share(cell.rate);
  return format.count(cell.count);
}

function table(grid, measure, captionText, acrossLabel) {
  const format = formatters();
  return h('div', { class: 'table-scroll', role: 'region', 'aria-labelledby': 'stats-table-caption', tabindex: '0' },
    h('table', { class: 'stats-table' },
      h('caption', { id: 'stats-table-caption' }, captionText),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, acrossLabel), grid.groups.map((g) => h('th', { scope: 'col' }, label(g))))),
      h('tbody', {}, grid.rows.map((row) => h('tr', { class: row.isTotal ? 'total-row' : null },
        h('th', { scope: 'row' }, label(row)),
        grid.groups.map((g) => {
          const cell = grid.at(row, g);
          return h('td', { class: cell?.sdmxStatus ? 'suppressed-cell' : null, dataset: { row: row.code, group: g.code } }, cellText(cell, measure, format));
        }))))));
}

export const statisticsListView = {
  section: 'statistics',
  async render(main, context) {
    main.append(...pageHeading(t('stats.title'), t('stats.intro')));
    let list;
    try {
      list = (await graphql(LIST_QUERY)).statisticsDatasets;
    } catch (error) {
      if (context.isCurrent()) main.append(errorBox(error));
      return;
    }
    if (!context.isCurrent()) return;
    main.append(h('p', { class: 'result-count', role: 'status' }, t('stats.count', { n: list.totalCount })),
      h('ol', { class: 'results' }, list.nodes.map((d) => h('li', { class: 'card' },
        h('h2', { class: 'card__title card__title--h3' }, h('a', { href: `/viewer/statistics/${encodeURIComponent(d.id)}` }, d.title)),
        h('dl', { class: 'facts facts--compact' },
          h('dt', {}, t('field.owner')), h('dd', {}, orgName(d.owner)),
          h('dt', {}, t('stats.indicator')), h('dd', {}, label(d.indicator)),
          h('dt', {}, t('stats.period')), h('dd', {}, d.referencePeriod),
          h('dt', {}, t('stats.dimensions')), h('dd', {}, chips(d.dimensions.nodes)))))));
  },
};

let ui = null;

function readState(dataset, query) {
  const others = dataset.dimensions.map((d) => d.code).filter((c) => c !== SEX);
  const preferred = ['PERIOD', 'COUNTY'].find((c) => others.includes(c)) ?? others[0] ?? null;
  const across = others.includes(query.get('across')) ? query.get('across') : preferred;
  // Every other dimension is held at one category: its total unless the URL names another (?period=2024-H1).
  const at = Object.fromEntries(others.filter((c) => c !== across).map((c) => [c, query.get(fieldOf(c)) || '_T']));
  return { across, at, measure: query.get('measure') === 'rate' ? 'rate' : 'count' };
}

function stateUrl(dataset, { across, at, measure }) {
  const params = new URLSearchParams();
  if (across) params.set('across', across);
  for (const [dimension, code] of Object.entries(at)) if (code !== '_T') params.set(fieldOf(dimension), code);
  if (measure !== 'count') params.set('measure', measure);
  const search = params.toString();
  return `/viewer/statistics/${encodeURIComponent(dataset.id)}${search ? `?${search}` : ''}`;
}

function formState() {
  const at = Object.fromEntries(Object.entries(ui.sliceSelects).map(([dimension, select]) => [dimension, select.value]));
  return { across: ui.acrossSelect?.value ?? null, at, measure: ui.measureSelect.value };
}

/** One select per dimension held still; rebuilt only when the compared-across dimension changes the set. */
function sliceSelects(state, slices, context) {
  const dimensions = Object.keys(state.at);
  if (ui.sliceKey !== dimensions.join()) {
    ui.sliceKey = dimensions.join();
    ui.sliceSelects = {};
    replace(ui.sliceFields, dimensions.map((dimension) => {
      const entry = ui.dataset.dimensions.find((d) => d.code === dimension);
      const select = h('select', { id: `stats-at-${fieldOf(dimension)}`, onchange: () => context.navigate(stateUrl(ui.dataset, formState())) });
      ui.sliceSelects[dimension] = select;
      return h('div', { class: 'field' }, h('label', { for: select.id }, label(entry)), select);
    }));
  }
  for (const [dimension, select] of Object.entries(ui.sliceSelects)) {
    const categories = uniqueBy(slices.map((c) => coordinate(c, dimension)), (c) => c.code).sort((a, b) => Number(b.isTotal) - Number(a.isTotal));
    replace(select, categories.map((c) => h('option', { value: c.code }, label(c))));
    select.value = state.at[dimension];
  }
}

async function update(context) {
  const { dataset } = ui;
  const state = readState(dataset, context.query);
  if (ui.acrossSelect) ui.acrossSelect.value = state.across;
  ui.measureSelect.value = state.measure;
  const shown = {};
  const slices = { sex: ['_T'] };
  if (state.across) slices[fieldOf(state.across)] = ['_T'];
  for (const [dimension, code] of Object.entries(state.at)) shown[fieldOf(dimension)] = [code];
  let cells;
  let sliceCells;
  try {
    // shown: the cells drawn; slices: one cell per combination of the other dimensions, for their category lists.
    [cells, sliceCells] = await Promise.all([
      allCells(dataset.id, shown, CELL),
      allCells(dataset.id, slices, 'coordinates { dimension { code } code labelSv labelEn isTotal }'),
    ]);
  } catch (error) {
    if (context.isCurrent()) replace(ui.result, errorBox(error));
    return;
  }
  if (!context.isCurrent()) return;
  sliceSelects(state, sliceCells, context);
  // A share needs a population; where the dataset gives none, only counts can be shown.
  const hasRates = cells.some((c) => c.rate !== null);
  ui.measureSelect.querySelector('option[value="rate"]').disabled = !hasRates;
  if (!hasRates) state.measure = 'count';
  if (cells.length === 0) {
    replace(ui.result, h('p', {}, t('stats.noCells')));
    return;
  }
  const grid = gridOf(cells, state.across);
  const acrossEntry = dataset.dimensions.find((d) => d.code === state.across);
  const acrossLabel = acrossEntry ? label(acrossEntry) : t('stats.group');
  const chartRows = grid.rows.filter((r) => !r.isTotal).length ? grid.rows.filter((r) => !r.isTotal) : grid.rows;
  const chartGroups = grid.groups.filter((g) => !g.isTotal);
  const series = chartGroups.map((g) => ({
    label: label(g),
    values: chartRows.map((r) => valueOf(grid.at(r, g), state.measure)),
    suppressed: chartRows.map((r) => grid.at(r, g)?.sdmxStatus ?? null),
  }));
  const suppressed = chartGroups.flatMap((g, gi) => chartRows.flatMap((r, ri) =>
    series[gi].suppressed[ri] ? [`${label(g)} – ${label(r)}: ${t('stats.suppressed', { status: series[gi].suppressed[ri] })}`] : []));
  const indicator = label(dataset.indicator);
  const canvas = h('canvas', { role: 'img', 'aria-label': t('stats.chartLabel', { indicator, across: acrossLabel }) },
    t('stats.chartFallback'));
  replace(ui.result,
    h('h2', {}, t('stats.chart')),
    h('figure', { class: 'chart' },
      h('div', { class: 'chart__canvas' }, canvas),
      h('figcaption', {},
        h('p', {}, t('stats.suppressedNote')),
        suppressed.length
          ? [h('p', {}, t('stats.suppressedList')), h('ul', { class: 'suppressed-list' }, suppressed.map((s) => h('li', {}, s)))]
          : h('p', {}, t('stats.noneSuppressed')))),
    h('h2', {}, t('stats.table')),
    table(grid, state.measure, t('stats.tableCaption', { indicator, across: acrossLabel }), acrossLabel));
  await drawChart(canvas, {
    labels: chartRows.map(label),
    series,
    axisTitle: state.measure === 'rate' ? t('stats.measure.rate') : dataset.unit,
    locale: formatters().locale,
  });
}

function facts(d) {
  const rows = [
    ['field.owner', `${orgName(d.owner)} (${d.owner.code})`],
    ['stats.indicator', label(d.indicator)],
    ['stats.unit', d.unit],
    ['stats.period', d.referencePeriod],
    ['stats.dimensions', chips(d.dimensions)],
    ['stats.intervention', d.intervention
      ? h('a', { href: `/viewer/interventions/${encodeURIComponent(d.intervention.id)}` }, d.intervention.title) : t('value.none')],
    ['stats.method', d.methodNote ?? t('value.none')],
    ['stats.thresholdTerm', t('stats.threshold', { n: d.suppressionThreshold })],
    ['field.visibility', t(`visibility.${d.visibility}`)],
    ['field.updated', formatDateTime(d.updatedAt)],
    ['stats.downloads', h('span', {}, h('a', { href: d.csvUrl }, 'CSV'), ' · ', h('a', { href: d.jsonStatUrl }, 'JSON-stat'))],
  ];
  return h('dl', { class: 'facts' }, rows.map(([key, value]) => [h('dt', {}, t(key)), h('dd', {}, value)]));
}

export const statisticsDatasetView = {
  section: 'statistics',
  async render(main, context) {
    const back = h('p', { class: 'back-link' }, h('a', { href: '/viewer/statistics' }, t('stats.back')));
    let dataset;
    try {
      dataset = (await graphql(DATASET_QUERY, { id: context.params[0] })).node;
      if (dataset?.dimensions) dataset.dimensions = dataset.dimensions.nodes; // a dataset has few dimensions: one page holds them all
    } catch (error) {
      if (context.isCurrent()) main.append(back, ...pageHeading(t('error.title')), errorBox(error));
      return;
    }
    if (!context.isCurrent()) return;
    if (!dataset || dataset.__typename !== 'StatisticsDataset') {
      main.append(back, ...pageHeading(t('detail.notFound'), t('detail.notFoundText')));
      return;
    }
    const state = readState(dataset, context.query);
    const apply = () => context.navigate(stateUrl(dataset, formState()));
    const others = dataset.dimensions.filter((d) => d.code !== SEX);
    const acrossSelect = others.length ? h('select', { id: 'stats-across', name: 'across', onchange: apply },
      others.map((d) => h('option', { value: d.code }, label(d)))) : null;
    const measureSelect = h('select', { id: 'stats-measure', name: 'measure', onchange: apply },
      ['count', 'rate'].map((m) => h('option', { value: m }, t(`stats.measure.${m}`))));
    if (acrossSelect) acrossSelect.value = state.across;
    measureSelect.value = state.measure;
    ui = {
      dataset, acrossSelect, measureSelect, sliceKey: null, sliceSelects: {},
      sliceFields: h('div', { class: 'slice-fields' }), result: h('div', { class: 'stats-result' }),
    };
    main.append(back, h('p', { class: 'kicker' }, t('stats.kicker')), ...pageHeading(dataset.title),
      dataset.description ? h('p', { class: 'lead' }, dataset.description) : '',
      facts(dataset),
      h('form', { class: 'coverage-form', 'aria-label': t('stats.form'), onsubmit: (e) => { e.preventDefault(); apply(); } },
        acrossSelect ? h('div', { class: 'field' }, h('label', { for: 'stats-across' }, t('stats.across')), acrossSelect) : null,
        ui.sliceFields,
        h('div', { class: 'field' }, h('label', { for: 'stats-measure' }, t('stats.measure')), measureSelect)),
      ui.result);
    await update(context);
  },
  update,
};
