// Replenishment for managers: what each location should receive, the most urgent first, and why; accept
// (a transfer goes into the stock ledger, a purchase is put on order) or snooze for a week.
import { h, fill } from '/crm/assets/dom.js';
import { api, ApiError } from '/crm/assets/api.js';
import { translator, formatNumber } from '/crm/assets/i18n.js';

const t = translator({
  en: { title: 'Replenishment', none: 'Nothing to replenish: every location is at or above its minimum.', action: 'Action', units: 'Units',
    product: 'Product', from: 'From', to: 'To', cover: 'Cover', why: 'Why', accept: 'Accept', snooze: 'Snooze 7 days',
    TRANSFER: 'Transfer', PURCHASE: 'Purchase', days: '{n} d', region: 'Region',
    reason: '{region} sold {regionRate}/day over {window} days, {to} {rate}/day; {available} available, minimum {min} ({rule}), target {max}.',
    MANUAL: 'manager’s rule', SALES_HISTORY: 'from its sales history', accepted: 'Accepted.', snoozed: 'Snoozed for 7 days.' },
  fr: { title: 'Réapprovisionnement', none: 'Rien à réapprovisionner : chaque site est à son minimum ou au-dessus.', action: 'Action', units: 'Unités',
    product: 'Produit', from: 'Depuis', to: 'Vers', cover: 'Couverture', why: 'Pourquoi', accept: 'Accepter', snooze: 'Reporter de 7 jours',
    TRANSFER: 'Transfert', PURCHASE: 'Achat', days: '{n} j', region: 'Région',
    reason: 'La région {region} a vendu {regionRate}/jour sur {window} jours, {to} {rate}/jour ; {available} disponibles, minimum {min} ({rule}), cible {max}.',
    MANUAL: 'règle du responsable', SALES_HISTORY: 'd’après ses ventes', accepted: 'Accepté.', snoozed: 'Reporté de 7 jours.' },
});

export async function render(element, context) {
  const region = context.route.params.get('region') || '';
  const suggestions = await api(`inventory/replenishment?limit=100${region ? `&region=${encodeURIComponent(region)}` : ''}`);
  const message = h('p', { class: 'form-message', role: 'status', hidden: true });
  const say = (text) => { message.textContent = text; message.hidden = false; };
  const act = async (button, path, body, done) => {
    button.disabled = true;
    try {
      await api(`inventory/replenishment/${path}`, { method: 'POST', body });
      say(done);
      await render(element, context);
    } catch (e) {
      button.disabled = false;
      say(e instanceof ApiError ? e.problem.detail : String(e));
    }
  };
  fill(element, h('h1', {}, t('title')), message,
    suggestions.length === 0 ? h('p', { class: 'muted' }, t('none')) : h('table', { 'data-role': 'replenishment' },
      h('thead', {}, h('tr', {}, [t('action'), t('units'), t('product'), t('from'), t('to'), t('cover'), t('why'), ''].map((x) => h('th', {}, x)))),
      h('tbody', {}, suggestions.map((s) => h('tr', { 'data-sku': s.sku, 'data-location': s.location },
        h('td', {}, h('span', { class: 'badge' }, t(s.action))), h('td', { class: 'number' }, formatNumber(s.quantity)),
        h('td', {}, s.productName, ' ', h('span', { class: 'muted' }, s.sku)), h('td', {}, s.fromLocationName || '—'), h('td', {}, s.locationName),
        h('td', { class: 'number' }, s.daysOfCover == null ? '—' : t('days', { n: formatNumber(s.daysOfCover, 1) })),
        h('td', { class: 'muted' }, t('reason', { region: s.regionName, regionRate: formatNumber(s.regionUnitsPerDay, 1), window: s.windowDays,
          to: s.locationName, rate: formatNumber(s.unitsPerDay, 1), available: s.available, min: s.minimum, rule: t(s.rule), max: s.maximum })),
        h('td', {},
          h('button', { type: 'button', class: 'primary', 'data-role': 'accept', onclick: (e) => act(e.target, 'accept',
            { sku: s.sku, location: s.location, action: s.action, fromLocation: s.fromLocation, quantity: s.quantity }, t('accepted')) }, t('accept')),
          ' ', h('button', { type: 'button', 'data-role': 'snooze', onclick: (e) => act(e.target, 'snooze',
            { sku: s.sku, location: s.location, days: 7 }, t('snoozed')) }, t('snooze'))))))));
}
