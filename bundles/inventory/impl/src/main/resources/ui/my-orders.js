// The portal: the customer's own orders, their shipments with the carrier's tracking link, and warranties.
import { h, fill } from '/crm/assets/dom.js';
import { api } from '/crm/assets/api.js';
import { translator, formatMoney, formatDateTime } from '/crm/assets/i18n.js';

const t = translator({
  en: { none: 'No order yet.', track: 'Track the parcel', warranty: 'Under warranty until {date}' },
  fr: { none: 'Aucune commande pour le moment.', track: 'Suivre le colis', warranty: 'Sous garantie jusqu’au {date}' },
});

export async function render(element) {
  const orders = await api('inventory/orders?limit=20');
  if (!orders.length) {
    fill(element, h('p', { class: 'muted' }, t('none')));
    return;
  }
  const items = [];
  for (const order of orders) {
    const shipments = await api(`inventory/orders/${encodeURIComponent(order.id)}/shipments`);
    items.push(h('li', { 'data-order': order.number }, h('strong', {}, order.number), ' ', h('span', { class: 'badge' }, order.status), ' ',
      formatMoney(order.total.amount, order.total.currency), ' ', h('span', { class: 'muted' }, formatDateTime(order.placedAt)),
      shipments.filter((s) => s.trackingUrl).map((s) => [' — ', h('a', { href: s.trackingUrl, rel: 'noopener noreferrer', target: '_blank' }, t('track'))])));
  }
  fill(element, h('ul', { 'data-role': 'my-orders' }, items));
}
