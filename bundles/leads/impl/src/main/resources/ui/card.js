// Dashboard card: open leads by status, each a link to the board.
import { h, fill } from '/crm/assets/dom.js';
import { api } from '/crm/assets/api.js';
import { translator, formatNumber } from '/crm/assets/i18n.js';

const t = translator({
  en: { NEW: 'New', CONTACTED: 'Contacted', QUALIFIED: 'Qualified', open: 'Open the board' },
  fr: { NEW: 'Nouveaux', CONTACTED: 'Contactés', QUALIFIED: 'Qualifiés', open: 'Ouvrir le tableau' },
});

export async function render(element) {
  const counts = await Promise.all(['NEW', 'CONTACTED', 'QUALIFIED'].map(async (status) => {
    const page = await api(`leads?status=${status}&limit=1`);
    return [status, page.total ?? page.length];
  }));
  fill(element, h('dl', { class: 'facts' }, counts.map(([status, count]) => [h('dt', {}, t(status)), h('dd', {}, formatNumber(count))])),
    h('a', { href: '#/leads/board' }, t('open')));
}
