// The customer's records, as a panel of the 360° view: render(element, context) with context.customerId.
import { h, fill } from '/crm/assets/dom.js';
import { api } from '/crm/assets/api.js';
import { translator, formatDateTime } from '/crm/assets/i18n.js';

const t = translator({
  en: { none: 'No record yet.' },
  fr: { none: 'Aucun enregistrement pour le moment.' },
});

export async function render(element, context) {
  const records = await api('service?limit=5&customerId=' + encodeURIComponent(context.customerId));
  if (records.length === 0) {
    fill(element, h('p', { class: 'muted' }, t('none')));
    return;
  }
  fill(element, h('ul', { 'data-role': 'service-records' }, records.map((record) =>
    h('li', {}, h('span', { class: 'muted' }, formatDateTime(record.createdAt)), ' ', record.title))));
}
