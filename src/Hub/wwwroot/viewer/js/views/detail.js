// A material's or an intervention's own page: every field the Hub gives, at /viewer/materials/<id> and
// /viewer/interventions/<id>, where <id> is the Hub's global id (stable, so the link can be shared).

import { graphql } from '../api.js';
import { h } from '../dom.js';
import { formatDate, formatDateTime, label, orgName, t } from '../i18n.js';
import { chips, ENTRY, errorBox, pageHeading } from './common.js';

const CONTACT = 'contact { name email phone }';
const OWNER = 'owner { code name nameEn }';

const MATERIAL_QUERY = `query ViewerMaterial($id: ID!) {
  node(id: $id) {
    __typename
    ... on CompetenceMaterial {
      id externalId title description format { ${ENTRY} } themes(first: 100) { nodes { ${ENTRY} } } audiences(first: 100) { nodes { ${ENTRY} } }
      languages(first: 100) { nodes { ${ENTRY} } } developmentAreas(first: 100) { nodes { ${ENTRY} } } durationMinutes platform webUrl licence ${CONTACT}
      lastReviewed visibility ${OWNER} createdAt updatedAt retiredAt version
    }
  }
}`;

const INTERVENTION_QUERY = `query ViewerIntervention($id: ID!) {
  node(id: $id) {
    __typename
    ... on Intervention {
      id externalId kind { ${ENTRY} } title summary description ${OWNER} developmentAreas(first: 100) { nodes { ${ENTRY} } }
      targetGroups(first: 100) { nodes { ${ENTRY} } } counties(first: 100) { nodes { ${ENTRY} } } nationwide status startDate endDate
      resultsChainLevel { ${ENTRY} } partners(first: 100) { nodes { code name nameEn } } webUrl ${CONTACT}
      visibility createdAt updatedAt retiredAt version
    }
  }
}`;

const none = () => h('span', { class: 'muted' }, t('value.none'));
const orNone = (value) => (value === null || value === undefined || value === '' ? none() : value);

/** Only web addresses become links: a stored "javascript:" address must never run. */
function webLink(url) {
  if (!url) return none();
  return /^https?:\/\//i.test(url) ? h('a', { href: url, rel: 'noopener noreferrer' }, url) : url;
}

function contact(value) {
  if (!value || (!value.name && !value.email && !value.phone)) return none();
  return h('div', {},
    value.name ? h('p', {}, value.name) : null,
    value.email ? h('p', {}, `${t('field.email')}: `, h('a', { href: `mailto:${value.email}` }, value.email)) : null,
    value.phone ? h('p', {}, `${t('field.phone')}: `, h('a', { href: `tel:${value.phone.replace(/[^+\d]/g, '')}` }, value.phone)) : null,
    !value.email && !value.phone ? h('p', { class: 'muted' }, t('value.contactRestricted')) : null);
}

function ownerLink(owner, searchPath) {
  return h('a', { href: `${searchPath}?org=${encodeURIComponent(owner.code)}` }, `${orgName(owner)} (${owner.code})`);
}

function facts(rows) {
  return h('dl', { class: 'facts' }, rows.filter(Boolean).map(([key, value]) => [h('dt', {}, t(key)), h('dd', {}, value)]));
}

function paragraphs(text) {
  return text ? text.split(/\n\s*\n/).map((part) => h('p', {}, part)) : [];
}

function materialPage(m) {
  const search = (param) => (entry) => `/viewer/?${param}=${encodeURIComponent(entry.code)}`;
  return [
    h('p', { class: 'kicker' }, t('detail.material')),
    ...pageHeading(m.title),
    h('div', { class: 'prose' }, paragraphs(m.description)),
    h('h2', {}, t('detail.facts')),
    facts([
      ['field.owner', ownerLink(m.owner, '/viewer/')],
      ['field.format', chips([m.format], search('format'))],
      ['field.themes', chips(m.themes.nodes, search('theme')) ?? none()],
      ['field.audiences', chips(m.audiences.nodes, search('audience')) ?? none()],
      ['field.languages', chips(m.languages.nodes, search('language')) ?? none()],
      ['field.areas', chips(m.developmentAreas.nodes, search('area')) ?? none()],
      ['field.duration', m.durationMinutes ? t('value.minutes', { n: m.durationMinutes }) : none()],
      ['field.platform', orNone(m.platform)],
      ['field.webUrl', webLink(m.webUrl)],
      ['field.licence', orNone(m.licence)],
      ['field.contact', contact(m.contact)],
      ['field.lastReviewed', m.lastReviewed ? formatDate(m.lastReviewed) : none()],
      ['field.visibility', t(`visibility.${m.visibility}`)],
      ['field.created', formatDateTime(m.createdAt)],
      ['field.updated', formatDateTime(m.updatedAt)],
      ['field.retired', m.retiredAt ? formatDateTime(m.retiredAt) : t('value.retiredNo')],
      ['field.version', String(m.version)],
      ['field.externalId', orNone(m.externalId)],
      ['field.id', h('code', {}, m.id)],
    ]),
  ];
}

function interventionPage(i) {
  const search = (param) => (entry) => `/viewer/interventions?${param}=${encodeURIComponent(entry.code)}`;
  return [
    h('p', { class: 'kicker' }, `${t('detail.intervention')} · ${label(i.kind)}`),
    ...pageHeading(i.title),
    i.summary ? h('p', { class: 'lead' }, i.summary) : null,
    h('div', { class: 'prose' }, paragraphs(i.description)),
    h('h2', {}, t('detail.facts')),
    facts([
      ['field.owner', ownerLink(i.owner, '/viewer/interventions')],
      ['field.kind', chips([i.kind], search('kind'))],
      ['field.status', t(`status.${i.status}`)],
      ['field.areas', chips(i.developmentAreas.nodes, search('area')) ?? none()],
      ['field.targets', chips(i.targetGroups.nodes, search('target')) ?? none()],
      ['field.counties', i.nationwide ? t('value.nationwide') : chips(i.counties.nodes)],
      ['field.start', i.startDate ? formatDate(i.startDate) : none()],
      ['field.end', i.endDate ? formatDate(i.endDate) : t('value.openEnded')],
      ['field.level', i.resultsChainLevel ? label(i.resultsChainLevel) : none()],
      ['field.partners', i.partners.nodes.length
        ? h('ul', { class: 'plain-list' }, i.partners.nodes.map((p) => h('li', {}, `${orgName(p)} (${p.code})`)))
        : none()],
      ['field.webUrl', webLink(i.webUrl)],
      ['field.contact', contact(i.contact)],
      ['field.visibility', t(`visibility.${i.visibility}`)],
      ['field.created', formatDateTime(i.createdAt)],
      ['field.updated', formatDateTime(i.updatedAt)],
      ['field.retired', i.retiredAt ? formatDateTime(i.retiredAt) : t('value.retiredNo')],
      ['field.version', String(i.version)],
      ['field.externalId', orNone(i.externalId)],
      ['field.id', h('code', {}, i.id)],
    ]),
  ];
}

function createDetailView({ section, query, typename, page, backKey, backHref }) {
  return {
    section,
    async render(main, context) {
      const back = h('p', { class: 'back-link' }, h('a', { href: backHref }, t(backKey)));
      let node;
      try {
        node = (await graphql(query, { id: context.params[0] })).node;
      } catch (error) {
        if (context.isCurrent()) main.append(back, ...pageHeading(t('error.title')), errorBox(error));
        return;
      }
      if (!context.isCurrent()) return;
      if (!node || node.__typename !== typename) {
        main.append(back, ...pageHeading(t('detail.notFound'), t('detail.notFoundText')));
        return;
      }
      main.append(h('article', { class: 'detail' }, back, page(node)));
    },
  };
}

export const materialDetailView = createDetailView({
  section: 'materials', query: MATERIAL_QUERY, typename: 'CompetenceMaterial', page: materialPage,
  backKey: 'detail.back.material', backHref: '/viewer/',
});

export const interventionDetailView = createDetailView({
  section: 'interventions', query: INTERVENTION_QUERY, typename: 'Intervention', page: interventionPage,
  backKey: 'detail.back.intervention', backHref: '/viewer/interventions',
});
