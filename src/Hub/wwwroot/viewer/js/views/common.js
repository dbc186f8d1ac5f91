// Pieces several views share: error messages, vocabulary chips, headings.

import { h } from '../dom.js';
import { label, t } from '../i18n.js';

/** An error the user can read, announced when it appears. */
export function errorBox(error) {
  const text = error?.code === 'NETWORK' ? t('error.network') : t('error.hub', { message: error?.message ?? String(error) });
  return h('div', { class: 'notice notice--error', role: 'alert' }, h('p', { class: 'notice__title' }, t('error.title')), h('p', {}, text));
}

/** Vocabulary entries as a list of tags; each may link to the search filtered by it. */
export function chips(entries, hrefFor = null) {
  if (!entries?.length) return null;
  return h('ul', { class: 'chips' }, entries.map((entry) =>
    h('li', {}, hrefFor
      ? h('a', { href: hrefFor(entry), class: 'chip' }, label(entry))
      : h('span', { class: 'chip' }, label(entry)))));
}

export function pageHeading(text, intro = null) {
  const heading = h('h1', { tabindex: '-1' }, text);
  return intro ? [heading, h('p', { class: 'lead' }, intro)] : [heading];
}

/** GraphQL selection of a vocabulary entry, the same everywhere. */
export const ENTRY = 'code labelSv labelEn';
