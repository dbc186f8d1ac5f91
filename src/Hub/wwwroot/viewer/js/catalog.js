// The vocabularies and organisations the viewer offers as filter options: public, small, fetched once.

import { graphql } from './api.js';

const QUERY = `query ViewerCatalog {
  themes: vocabulary(scheme: THEME, first: 100) { nodes { ...Entry } }
  formats: vocabulary(scheme: FORMAT, first: 100) { nodes { ...Entry } }
  audiences: vocabulary(scheme: AUDIENCE, first: 100) { nodes { ...Entry } }
  languages: vocabulary(scheme: LANGUAGE, first: 100) { nodes { ...Entry } }
  areas: vocabulary(scheme: DEVELOPMENT_AREA, first: 100) { nodes { ...Entry } }
  targets: vocabulary(scheme: TARGET_GROUP, first: 100) { nodes { ...Entry } }
  kinds: vocabulary(scheme: INTERVENTION_KIND, first: 100) { nodes { ...Entry } }
  organisations(first: 100) { nodes { code name nameEn isPlanAgency } }
}
fragment Entry on VocabularyEntry { code labelSv labelEn }`;

let pending = null;

/** { themes, formats, audiences, languages, areas, targets, kinds, organisations }, each a list. */
export function catalog() {
  pending ??= graphql(QUERY).then((data) =>
    Object.fromEntries(Object.entries(data).map(([key, connection]) => [key, connection.nodes])),
  ).catch((error) => {
    pending = null;
    throw error;
  });
  return pending;
}
