// What the find view searches: materials or interventions, each with its filters, card facts and addresses,
// and how a search is written to and read from the URL.

import { formatDate, label, orgName, t } from '../i18n.js';
import { chips, ENTRY } from './common.js';

export const PAGE_SIZE = 20;

export const SORTS = {
  title: { field: 'TITLE', direction: 'ASC' },
  'title-desc': { field: 'TITLE', direction: 'DESC' },
  updated: { field: 'UPDATED_AT', direction: 'DESC' },
  'updated-asc': { field: 'UPDATED_AT', direction: 'ASC' },
};
const DEFAULT_SORT = 'title';

export const materials = {
  section: 'materials',
  kind: 'material',
  path: '/viewer/',
  titleKey: 'find.materials.title',
  introKey: 'find.materials.intro',
  field: 'materials',
  filterType: 'MaterialFilter',
  filters: [
    { param: 'org', labelKey: 'filter.org', field: 'owners', options: 'organisations' },
    { param: 'theme', labelKey: 'filter.theme', field: 'themes', options: 'themes' },
    { param: 'format', labelKey: 'filter.format', field: 'formats', options: 'formats' },
    { param: 'audience', labelKey: 'filter.audience', field: 'audiences', options: 'audiences' },
    { param: 'language', labelKey: 'filter.language', field: 'languages', options: 'languages' },
    { param: 'area', labelKey: 'filter.area', field: 'developmentAreas', options: 'areas' },
  ],
  selection: `id title description updatedAt owner { code name nameEn } format { ${ENTRY} } themes { nodes { ${ENTRY} } }`,
  href: (node) => `/viewer/materials/${encodeURIComponent(node.id)}`,
  text: (node) => node.description,
  facts: (node) => [
    ['field.owner', orgName(node.owner)],
    ['field.format', label(node.format)],
    ['field.themes', chips(node.themes.nodes, (e) => `/viewer/?theme=${encodeURIComponent(e.code)}`) ?? t('value.none')],
    ['field.updated', formatDate(node.updatedAt)],
  ],
};

export const interventions = {
  section: 'interventions',
  kind: 'intervention',
  path: '/viewer/interventions',
  titleKey: 'find.interventions.title',
  introKey: 'find.interventions.intro',
  field: 'interventions',
  filterType: 'InterventionFilter',
  filters: [
    { param: 'org', labelKey: 'filter.org', field: 'owners', options: 'organisations' },
    { param: 'area', labelKey: 'filter.area', field: 'developmentAreas', options: 'areas' },
    { param: 'target', labelKey: 'filter.target', field: 'targetGroups', options: 'targets' },
    { param: 'kind', labelKey: 'filter.kind', field: 'kinds', options: 'kinds' },
  ],
  selection: `id title summary updatedAt status owner { code name nameEn } kind { ${ENTRY} }
    developmentAreas { nodes { ${ENTRY} } } targetGroups { nodes { ${ENTRY} } }`,
  href: (node) => `/viewer/interventions/${encodeURIComponent(node.id)}`,
  text: (node) => node.summary,
  facts: (node) => [
    ['field.owner', orgName(node.owner)],
    ['field.kind', label(node.kind)],
    ['field.status', t(`status.${node.status}`)],
    ['field.areas', chips(node.developmentAreas.nodes, (e) => `/viewer/interventions?area=${encodeURIComponent(e.code)}`) ?? t('value.none')],
    ['field.targets', chips(node.targetGroups.nodes, (e) => `/viewer/interventions?target=${encodeURIComponent(e.code)}`) ?? t('value.none')],
  ],
};

/** The search a URL describes. */
export function readState(config, query) {
  const filters = {};
  for (const filter of config.filters) filters[filter.param] = query.get(filter.param) ?? '';
  const sort = SORTS[query.get('sort')] ? query.get('sort') : DEFAULT_SORT;
  return { q: query.get('q') ?? '', filters, sort, after: query.get('after'), before: query.get('before') };
}

/** The URL of a search; empty fields are left out so links stay short. */
export function searchUrl(config, { q = '', filters = {}, sort = DEFAULT_SORT, after = null, before = null }) {
  const params = new URLSearchParams();
  if (q.trim()) params.set('q', q.trim());
  for (const filter of config.filters) if (filters[filter.param]) params.set(filter.param, filters[filter.param]);
  if (sort && sort !== DEFAULT_SORT) params.set('sort', sort);
  if (after) params.set('after', after);
  else if (before) params.set('before', before);
  const search = params.toString();
  return search ? `${config.path}?${search}` : config.path;
}

export function variables(config, state) {
  const filter = {};
  if (state.q.trim()) filter.text = state.q.trim();
  for (const f of config.filters) if (state.filters[f.param]) filter[f.field] = [state.filters[f.param]];
  const paging = state.before ? { last: PAGE_SIZE, before: state.before } : { first: PAGE_SIZE, after: state.after };
  return { filter, orderBy: SORTS[state.sort], ...paging };
}

export const queryFor = (config) => `query ViewerFind($filter: ${config.filterType}, $orderBy: ItemOrder,
  $first: Int, $after: String, $last: Int, $before: String) {
  list: ${config.field}(filter: $filter, orderBy: $orderBy, first: $first, after: $after, last: $last, before: $before) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    nodes { ${config.selection} }
  }
}`;
