import { h } from '../dom.js';
import { t } from '../i18n.js';
import { pageHeading } from './common.js';

export const notFoundView = {
  section: null,
  render(main) {
    main.append(...pageHeading(t('notFound.title'), t('notFound.text')), h('p', {}, h('a', { href: '/viewer/' }, t('notFound.home'))));
  },
};
