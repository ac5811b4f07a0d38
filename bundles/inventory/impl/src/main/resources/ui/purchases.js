// The customer's purchases in the 360° view and the screen pop: account and credit, latest orders, products
// owned with their warranty, and what goes with what they bought.
import { h, fill } from '/crm/assets/dom.js';
import { api } from '/crm/assets/api.js';
import { translator, formatMoney, formatDate, formatDateTime } from '/crm/assets/i18n.js';

const t = translator({
  en: { balance: 'Open balance', limit: 'Credit limit', available: 'Available credit', terms: 'Payment terms', none: 'No limit set',
    orders: 'Latest orders', noOrders: 'No order yet.', owned: 'Products owned', warrantyTo: 'under warranty until {date}',
    expired: 'warranty ended {date}', suggest: 'Goes with what they bought', because: 'with {sku}',
    next: 'Likely to buy next', expected: 'around {date}, every {days} days', HIGH: 'likely', MEDIUM: 'maybe', LOW: 'unsure' },
  fr: { balance: 'Solde dû', limit: 'Plafond de crédit', available: 'Crédit disponible', terms: 'Conditions de paiement', none: 'Aucun plafond',
    orders: 'Dernières commandes', noOrders: 'Aucune commande pour le moment.', owned: 'Produits possédés', warrantyTo: 'sous garantie jusqu’au {date}',
    expired: 'garantie terminée le {date}', suggest: 'Va avec ses achats', because: 'avec {sku}',
    next: 'Achètera sans doute bientôt', expected: 'vers le {date}, tous les {days} jours', HIGH: 'probable', MEDIUM: 'possible', LOW: 'incertain' },
});

const money = (m) => (m ? formatMoney(m.amount, m.currency) : '');

export async function render(element, context) {
  const view = await api(`contacts/customers/${encodeURIComponent(context.customerId)}/view`);
  const section = view.sections?.inventory;
  if (!section?.available) {
    fill(element, h('p', { class: 'muted' }, section?.reason || ''));
    return;
  }
  const { account, recentOrders, owned, suggestions, likelyNext = [] } = section.data;
  fill(element,
    h('dl', { class: 'facts', 'data-role': 'account' },
      h('dt', {}, t('balance')), h('dd', {}, money(account.openBalance)),
      h('dt', {}, t('limit')), h('dd', {}, account.creditLimit ? money(account.creditLimit) : t('none')),
      account.availableCredit ? [h('dt', {}, t('available')), h('dd', { 'data-role': 'available-credit' }, money(account.availableCredit))] : null,
      account.paymentTerms ? [h('dt', {}, t('terms')), h('dd', {}, account.paymentTerms)] : null),
    h('h3', {}, t('orders')),
    recentOrders.length === 0 ? h('p', { class: 'muted' }, t('noOrders')) : h('ul', { 'data-role': 'orders' }, recentOrders.map((o) =>
      h('li', {}, h('a', { href: `#/inventory/orders/${encodeURIComponent(o.id)}` }, o.number), ' ', h('span', { class: 'badge' }, o.status),
        ' ', money(o.total), ' ', h('span', { class: 'muted' }, formatDateTime(o.placedAt))))),
    owned.length ? [h('h3', {}, t('owned')), h('ul', { 'data-role': 'owned' }, owned.map((w) => h('li', {}, w.productName, ' (', w.serialNumber, ') ',
      h('span', { class: w.active ? 'ok' : 'muted' }, w.active ? t('warrantyTo', { date: formatDate(w.ends) }) : t('expired', { date: formatDate(w.ends) })))))] : null,
    likelyNext.length ? [h('h3', {}, t('next')), h('ul', { 'data-role': 'likely-next' }, likelyNext.map((p) =>
      h('li', {}, p.productName, ' ', h('span', { class: 'muted' }, t('expected', { date: formatDate(p.expectedOn), days: Math.round(p.averageIntervalDays) })),
        ' ', h('span', { class: 'badge' }, t(p.certainty)))))] : null,
    suggestions.length ? [h('h3', {}, t('suggest')), h('ul', { 'data-role': 'suggestions' }, suggestions.map((s) =>
      h('li', {}, s.name, ' ', h('span', { class: 'muted' }, t('because', { sku: s.because })))))] : null);
}
