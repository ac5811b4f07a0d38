// The portal: the customer's own orders, their shipments with the carrier's tracking link, their warranties,
// and "order again" — placed for themselves at the catalog's prices, the credit check applying.
import { h, fill } from '/crm/assets/dom.js';
import { api, ApiError } from '/crm/assets/api.js';
import { translator, formatMoney, formatDate, formatDateTime } from '/crm/assets/i18n.js';

const t = translator({
  en: { none: 'No order yet.', track: 'Track the parcel', again: 'Order again', placed: 'Order {number} placed.',
    warranties: 'My warranties', until: 'under warranty until {date}', ended: 'warranty ended {date}' },
  fr: { none: 'Aucune commande pour le moment.', track: 'Suivre le colis', again: 'Commander à nouveau', placed: 'Commande {number} passée.',
    warranties: 'Mes garanties', until: 'sous garantie jusqu’au {date}', ended: 'garantie terminée le {date}' },
});

export async function render(element, context) {
  const orders = await api('inventory/orders?limit=20');
  if (!orders.length) {
    fill(element, h('p', { class: 'muted' }, t('none')));
    return;
  }
  const message = h('p', { class: 'form-message', role: 'status', hidden: true });
  const orderAgain = async (button, order) => {
    button.disabled = true;
    try {
      const placed = await api('inventory/orders', { method: 'POST', body: { location: order.location, currency: order.total.currency, allowBackorder: true,
        lines: order.lines.map((line) => ({ sku: line.sku, quantity: line.quantity })) } });
      await render(element, context);
      element.prepend(h('p', { class: 'form-message', role: 'status' }, t('placed', { number: placed.number })));
    } catch (e) {
      button.disabled = false;
      message.textContent = e instanceof ApiError ? [e.problem.detail, ...(e.problem.errors || []).map((x) => x.message)].filter(Boolean).join(' ')
        : String(e);
      message.hidden = false;
    }
  };
  const items = [];
  for (const order of orders) {
    const shipments = await api(`inventory/orders/${encodeURIComponent(order.id)}/shipments`);
    items.push(h('li', { 'data-order': order.number }, h('strong', {}, order.number), ' ', h('span', { class: 'badge' }, order.status), ' ',
      formatMoney(order.total.amount, order.total.currency), ' ', h('span', { class: 'muted' }, formatDateTime(order.placedAt)),
      shipments.filter((s) => s.trackingUrl).map((s) => [' — ', h('a', { href: s.trackingUrl, rel: 'noopener noreferrer', target: '_blank' }, t('track'))]),
      ' ', h('button', { type: 'button', 'data-role': 'order-again', onclick: (e) => orderAgain(e.target, order) }, t('again'))));
  }
  const warranties = await api(`inventory/customers/${encodeURIComponent(orders[0].customerId)}/warranties`);
  fill(element, message, h('ul', { 'data-role': 'my-orders' }, items),
    warranties.length ? [h('h3', {}, t('warranties')), h('ul', { 'data-role': 'my-warranties' }, warranties.map((w) =>
      h('li', {}, w.productName, ' (', w.serialNumber, ') ', h('span', { class: w.active ? 'ok' : 'muted' },
        w.active ? t('until', { date: formatDate(w.ends) }) : t('ended', { date: formatDate(w.ends) })))))] : null);
}
