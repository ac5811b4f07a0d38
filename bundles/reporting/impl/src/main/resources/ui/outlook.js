// The customer's outlook in the 360° view and the screen pop: what they will likely buy again and when, their
// churn risk with what drives it, and what to offer them. Read from the last trained models (never computed on
// the call): GET reporting/customers/{id}/outlook.
import { h, fill } from '/crm/assets/dom.js';
import { api } from '/crm/assets/api.js';
import { translator, formatDate, formatDateTime, formatNumber, formatMoney, formatPercent } from '/crm/assets/i18n.js';

const t = translator({
  en: { untrained: 'No prediction yet: the models have not been trained.', models: 'See the prediction models',
    noHistory: 'No prediction for this customer: no purchase history yet.', next: 'Likely to buy again', noNext: 'No repeat purchase expected.',
    expected: 'around {date}', every: 'every {days} days, bought {count} times', overdue: 'overdue',
    churn: 'Churn risk', low: 'Low', medium: 'Medium', high: 'High', score: '{percent} risk',
    recency: 'Last purchase', daysAgo: '{days} days ago', orders: 'Purchase days in the last year', spent: 'Spent in the last year', why: 'Why',
    crossSell: 'To offer', noCrossSell: 'No suggestion.', confidence: '{percent} of the buyers of {sku} also bought it',
    lift: 'lift ×{lift}', liftTitle: 'how many times likelier than for an average customer', computedAt: 'Models trained {date}.' },
  fr: { untrained: 'Aucune prédiction pour le moment : les modèles n’ont pas encore été entraînés.', models: 'Voir les modèles de prédiction',
    noHistory: 'Aucune prédiction pour ce client : pas encore d’historique d’achats.', next: 'Rachètera probablement', noNext: 'Aucun rachat attendu.',
    expected: 'vers le {date}', every: 'tous les {days} jours, acheté {count} fois', overdue: 'en retard',
    churn: 'Risque de départ', low: 'Faible', medium: 'Moyen', high: 'Élevé', score: 'risque de {percent}',
    recency: 'Dernier achat', daysAgo: 'il y a {days} jours', orders: 'Jours d’achat sur un an', spent: 'Dépensé sur un an', why: 'Pourquoi',
    crossSell: 'À proposer', noCrossSell: 'Aucune suggestion.', confidence: '{percent} des acheteurs de {sku} l’ont aussi acheté',
    lift: 'lift ×{lift}', liftTitle: 'combien de fois plus probable que pour un client moyen', computedAt: 'Modèles entraînés le {date}.' },
});

// the roles that see the models' screen (ReportingScreens)
const MODEL_READERS = ['crm-admin', 'crm-manager', 'crm-marketing', 'crm-sales'];

export async function render(element, context) {
  const outlook = await api(`reporting/customers/${encodeURIComponent(context.customerId)}/outlook`);
  const { nextPurchases = [], churn, crossSell = [], computedAt } = outlook;
  if (!computedAt) {
    const readsModels = MODEL_READERS.some((role) => (context.session?.roles || []).includes(role));
    fill(element, h('p', { class: 'muted', 'data-role': 'no-prediction' }, t('untrained')),
      readsModels ? h('p', {}, h('a', { href: '#/reporting/models' }, t('models'))) : null);
    return;
  }
  if (!nextPurchases.length && !churn && !crossSell.length) {
    fill(element, h('p', { class: 'muted', 'data-role': 'no-prediction' }, t('noHistory')),
      h('p', { class: 'muted' }, t('computedAt', { date: formatDateTime(computedAt) })));
    return;
  }
  fill(element,
    h('h3', {}, t('next')),
    nextPurchases.length ? h('ul', { 'data-role': 'next-purchases' }, nextPurchases.map((p) => h('li', {},
      p.productName || p.sku, ' ', h('span', { class: 'muted' }, `(${p.sku})`), ' — ', t('expected', { date: formatDate(p.expectedOn) }),
      p.overdue ? [' ', h('span', { class: 'badge', 'data-state': 'overdue' }, t('overdue'))] : null,
      ' ', h('span', { class: 'muted' }, t('every', { days: formatNumber(p.intervalDays), count: formatNumber(p.purchases) })))))
      : h('p', { class: 'muted' }, t('noNext')),
    churn ? churnSection(churn) : null,
    h('h3', {}, t('crossSell')),
    crossSell.length ? h('ul', { 'data-role': 'cross-sell' }, crossSell.map((rule) => h('li', {},
      rule.thenName || rule.thenSku, ' ', h('span', { class: 'muted' }, t('confidence', { percent: formatPercent(rule.confidence), sku: rule.ifSku })),
      ' ', h('span', { class: 'badge', title: t('liftTitle') }, t('lift', { lift: formatNumber(rule.lift, 2) })))))
      : h('p', { class: 'muted' }, t('noCrossSell')),
    h('p', { class: 'muted' }, t('computedAt', { date: formatDateTime(computedAt) })));
}

function churnSection(churn) {
  const spent = churn.currency ? formatMoney(churn.spent, churn.currency) : formatNumber(churn.spent, 2);
  return h('div', { 'data-role': 'churn', 'data-level': churn.level },
    h('h3', {}, t('churn')),
    h('p', {}, h('strong', {}, t(churn.level)), ' ', h('span', { class: 'muted' }, t('score', { percent: formatPercent(churn.score) }))),
    h('dl', { class: 'facts' },
      h('dt', {}, t('recency')), h('dd', {}, t('daysAgo', { days: formatNumber(churn.recencyDays) })),
      h('dt', {}, t('orders')), h('dd', {}, formatNumber(churn.orders)),
      h('dt', {}, t('spent')), h('dd', {}, spent)),
    churn.factors?.length ? [h('h4', {}, t('why')), h('ul', { 'data-role': 'churn-factors' }, churn.factors.map((factor) => h('li', {}, factor)))] : null);
}
