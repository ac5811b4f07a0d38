// A customer's open opportunities and next activity, as a panel of the 360° view: render(element, context) with context.customerId.
import { h, fill } from '/crm/assets/dom.js';
import { api } from '/crm/assets/api.js';
import { translator, formatMoney, formatDate, formatDateTime } from '/crm/assets/i18n.js';

const t = translator({
  en: { none: 'No open opportunity.', next: 'Next activity:', nothing: 'nothing planned', open: 'Open one' },
  fr: { none: 'Aucune opportunité en cours.', next: 'Prochaine activité :', nothing: 'rien de prévu', open: 'En ouvrir une' },
});

export async function render(element, context) {
  const id = encodeURIComponent(context.customerId);
  const [opportunities, activities] = await Promise.all([api(`sales/opportunities?open=true&limit=5&customerId=${id}`),
    api(`sales/activities?due=upcoming&limit=1&customerId=${id}`)]);
  const next = activities[0];
  fill(element,
    opportunities.length === 0 ? h('p', { class: 'muted' }, t('none')) : h('ul', { 'data-role': 'customer-opportunities' }, opportunities.map((o) =>
      h('li', {}, h('strong', {}, o.title), ' ', formatMoney(o.amount, o.currency), ' · ', o.stage, ` (${o.probability} %)`, ' · ',
        formatDate(o.expectedClose)))),
    h('p', { 'data-role': 'next-activity' }, t('next'), ' ', next ? `${formatDateTime(next.dueAt)} ${next.subject}` : t('nothing')),
    h('a', { href: `#/sales/pipeline?customerId=${id}` }, t('open')));
}
