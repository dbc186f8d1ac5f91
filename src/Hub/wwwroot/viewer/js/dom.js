// Builds DOM nodes from data without innerHTML, so text from the Hub can never become markup.

/**
 * h('a', { href: '/x', class: 'c' }, 'text', child) → element.
 * Attributes: on* functions become listeners; true adds a bare attribute; null/false/undefined are skipped.
 * Children: strings, numbers, nodes, arrays of those, or null/false (skipped).
 */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') element.addEventListener(name.slice(2), value);
    else if (name === 'dataset') Object.assign(element.dataset, value);
    else if (value === true) element.setAttribute(name, '');
    else element.setAttribute(name, String(value));
  }
  append(element, children);
  return element;
}

export function append(parent, children) {
  for (const child of [children].flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    parent.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return parent;
}

/** Replaces all children of a node. */
export function replace(parent, ...children) {
  parent.replaceChildren();
  return append(parent, children);
}

/** Text for screen readers only (kept in the layout for them, hidden visually). */
export const hidden = (text) => h('span', { class: 'visually-hidden' }, text);

/** Moves focus to a heading or region a script has just shown, without scrolling past it. */
export function focusOn(element) {
  if (!element) return;
  if (!element.hasAttribute('tabindex')) element.setAttribute('tabindex', '-1');
  element.focus({ preventScroll: false });
}
