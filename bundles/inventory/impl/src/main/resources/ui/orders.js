// Orders: the list (by status), an order with its lines, payments and shipments, and a new order for a
// customer — the server prices it, checks the credit (a manager may override) and reserves the stock.
import { h, fill, field, showFieldErrors } from '/crm/assets/dom.js';
import { api, ApiError } from '/crm/assets/api.js';
import { translator, formatMoney, formatDateTime } from '/crm/assets/i18n.js';

const t = translator({
  en: { title: 'Orders', add: 'New order', number: 'Number', status: 'Status', total: 'Total', placed: 'Placed', none: 'No order.',
    customer: 'Customer id', location: 'Location', sku: 'SKU', quantity: 'Quantity', place: 'Place the order', override: 'Override the credit limit (managers)',
    lines: 'Lines', balance: 'Left to pay', ship: 'Ship what is in stock', carrier: 'Carrier', tracking: 'Tracking number', pay: 'Record a payment',
    amount: 'Amount', shipments: 'Shipments', back: 'Back to the orders' },
  fr: { title: 'Commandes', add: 'Nouvelle commande', number: 'Numéro', status: 'Statut', total: 'Total', placed: 'Passée le', none: 'Aucune commande.',
    customer: 'Identifiant du client', location: 'Site', sku: 'Référence', quantity: 'Quantité', place: 'Passer la commande', override: 'Dépasser le plafond de crédit (responsables)',
    lines: 'Lignes', balance: 'Reste à payer', ship: 'Expédier ce qui est en stock', carrier: 'Transporteur', tracking: 'Numéro de suivi', pay: 'Enregistrer un paiement',
    amount: 'Montant', shipments: 'Expéditions', back: 'Retour aux commandes' },
});
const money = (m) => (m ? formatMoney(m.amount, m.currency) : '');

export async function render(element, context) {
  const [id] = context.route.rest;
  if (id === 'new') return editor(element, context);
  if (id) return detail(element, context, id);
  const orders = await api('inventory/orders?limit=50');
  fill(element, h('div', { class: 'row' }, h('h1', {}, t('title')),
    h('button', { type: 'button', class: 'primary', onclick: () => context.navigate('#/inventory/orders/new') }, t('add'))),
  orders.length === 0 ? h('p', {}, t('none')) : h('table', { 'data-role': 'orders' },
    h('thead', {}, h('tr', {}, [t('number'), t('status'), t('total'), t('placed')].map((x) => h('th', {}, x)))),
    h('tbody', {}, orders.map((o) => h('tr', {}, h('td', {}, h('a', { href: `#/inventory/orders/${encodeURIComponent(o.id)}` }, o.number)),
      h('td', {}, o.status), h('td', {}, money(o.total)), h('td', {}, formatDateTime(o.placedAt)))))));
}

async function editor(element, context) {
  const message = h('p', { class: 'form-message', role: 'alert', hidden: true });
  const form = h('form', { novalidate: true, 'data-role': 'order-form' }, h('h1', {}, t('add')),
    field(t('customer'), 'customerId', { value: context.route.params.get('customer') || '' }),
    field(t('location'), 'location', {}),
    h('div', { class: 'grid2' }, field(t('sku'), 'lines[0].sku', {}), field(t('quantity'), 'lines[0].quantity', { type: 'number', min: '1', value: '1' })),
    h('label', {}, h('input', { type: 'checkbox', name: 'overrideCredit' }), ' ', t('override')),
    message, h('button', { type: 'submit', class: 'primary' }, t('place')));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const value = (name) => form.elements[name].value.trim() || undefined;
    try {
      const order = await api('inventory/orders', { method: 'POST', body: { customerId: value('customerId'), location: value('location'),
        overrideCredit: form.elements.overrideCredit.checked, lines: [{ sku: value('lines[0].sku'), quantity: Number(value('lines[0].quantity')) }] } });
      context.navigate(`#/inventory/orders/${encodeURIComponent(order.id)}`);
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      showFieldErrors(form, e.problem, message);
      if (!e.problem.errors) { fill(message, e.problem.detail); message.hidden = false; }
    }
  });
  fill(element, form);
}

async function detail(element, context, id) {
  const [order, shipments] = await Promise.all([api(`inventory/orders/${encodeURIComponent(id)}`), api(`inventory/orders/${encodeURIComponent(id)}/shipments`)]);
  const message = h('p', { role: 'status' });
  const act = async (path, body) => {
    try {
      await api(`inventory/orders/${encodeURIComponent(id)}/${path}`, { method: 'POST', body });
      await detail(element, context, id);
    } catch (e) {
      fill(message, e.problem?.detail || (e.problem?.errors || []).map((x) => x.message).join(' ') || e.message);
      message.className = 'error';
    }
  };
  const ship = h('form', { class: 'row' }, field(t('carrier'), 'carrier', {}), field(t('tracking'), 'trackingNumber', {}),
    h('button', { type: 'submit' }, t('ship')));
  ship.addEventListener('submit', (e) => { e.preventDefault(); act('shipments', { carrier: ship.elements.carrier.value, trackingNumber: ship.elements.trackingNumber.value }); });
  const pay = h('form', { class: 'row' }, field(t('amount'), 'amount', { type: 'number', step: '0.01', value: order.balance.amount }),
    h('button', { type: 'submit' }, t('pay')));
  pay.addEventListener('submit', (e) => { e.preventDefault(); act('payments', { amount: pay.elements.amount.value }); });
  fill(element, h('h1', {}, order.number, ' ', h('span', { class: 'badge', 'data-role': 'order-status' }, order.status)),
    h('p', {}, h('a', { href: `#/contacts/customers/${encodeURIComponent(order.customerId)}` }, order.customerId)),
    h('table', {}, h('thead', {}, h('tr', {}, [t('sku'), t('quantity'), t('total')].map((x) => h('th', {}, x)))),
      h('tbody', {}, order.lines.map((l) => h('tr', {}, h('td', {}, `${l.sku} — ${l.name}`), h('td', {}, `${l.shipped}/${l.quantity}`), h('td', {}, money(l.total)))))),
    h('dl', { class: 'facts' }, h('dt', {}, t('total')), h('dd', {}, money(order.total)), h('dt', {}, t('balance')), h('dd', {}, money(order.balance))),
    ['PLACED', 'PAID'].includes(order.status) ? [ship, order.balance.amount > 0 ? pay : null] : null, message,
    shipments.length ? [h('h2', {}, t('shipments')), h('ul', {}, shipments.map((s) => h('li', {}, formatDateTime(s.at), ' ', s.carrier || '',
      ' ', s.trackingUrl ? h('a', { href: s.trackingUrl, rel: 'noopener noreferrer', target: '_blank' }, s.trackingNumber) : (s.trackingNumber || ''))))] : null,
    h('p', {}, h('a', { href: '#/inventory/orders' }, t('back'))));
}
