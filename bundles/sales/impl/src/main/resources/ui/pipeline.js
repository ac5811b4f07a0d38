// The pipeline: open opportunities by stage (a rep's own, a manager's whole team), each moved on with one click
// (lost asks why), a form to open one, and the forecast of the next six months.
import { h, fill, field, showFieldErrors } from '/crm/assets/dom.js';
import { api, ApiError } from '/crm/assets/api.js';
import { translator, formatMoney, formatDate } from '/crm/assets/i18n.js';

const t = translator({
  en: { title: 'Pipeline', open: 'Open an opportunity', customerId: 'Customer id', name: 'Title', amount: 'Amount', close: 'Expected close',
    save: 'Open', next: 'Next stage', won: 'Won', lost: 'Lost', why: 'Why was it lost?', empty: 'None', forecast: 'Forecast',
    group: 'Owner', month: 'Month', pipeline: 'Pipeline', weighted: 'Weighted', committed: 'Committed', bestCase: 'Best case', wonAmount: 'Won',
    history: 'History', opened: 'Opened.' },
  fr: { title: 'Pipeline', open: 'Ouvrir une opportunité', customerId: 'Identifiant du client', name: 'Intitulé', amount: 'Montant',
    close: 'Signature prévue', save: 'Ouvrir', next: 'Étape suivante', won: 'Gagnée', lost: 'Perdue', why: 'Pourquoi est-elle perdue ?',
    empty: 'Aucune', forecast: 'Prévisions', group: 'Commercial', month: 'Mois', pipeline: 'Pipeline', weighted: 'Pondéré',
    committed: 'Engagé', bestCase: 'Meilleur cas', wonAmount: 'Gagné', history: 'Historique', opened: 'Ouverte.' },
});

const month = (offset) => {
  const d = new Date();
  d.setDate(1);
  d.setMonth(d.getMonth() + offset);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
};

export async function render(element, context) {
  const [stages, opportunities, forecast] = await Promise.all([api('sales/stages'), api('sales/opportunities?open=true&limit=500'),
    api(`sales/forecast?by=owner&from=${month(0)}&to=${month(5)}`)]);
  const openStages = stages.filter((s) => s.outcome === 'OPEN');
  const message = h('p', { class: 'form-message', role: 'status', hidden: true });
  const say = (text) => { message.textContent = text; message.hidden = false; };
  const move = async (button, o, stage) => {
    let reason;
    if (stage === 'lost') {
      reason = window.prompt(t('why'));
      if (!reason) return;
    }
    button.disabled = true;
    try {
      await api(`sales/opportunities/${o.id}/stage`, { method: 'POST', body: { stage, reason }, headers: { 'If-Match': `"${o.version}"` } });
      await render(element, context);
    } catch (e) {
      button.disabled = false;
      say(e instanceof ApiError ? e.problem.detail : String(e));
    }
  };
  const card = (o) => {
    const index = openStages.findIndex((s) => s.name === o.stage);
    const next = openStages[index + 1];
    return h('li', { class: 'card', 'data-opportunity': o.id },
      h('strong', {}, o.title), h('br'), formatMoney(o.amount, o.currency), ' · ', `${o.probability} %`, ' · ', formatDate(o.expectedClose),
      h('br'), h('span', { class: 'muted' }, o.owner), h('div', { class: 'actions' },
        next ? h('button', { type: 'button', 'data-role': 'next', onclick: (e) => move(e.target, o, next.name) }, `${t('next')} → ${next.name}`) : null,
        h('button', { type: 'button', class: 'primary', 'data-role': 'won', onclick: (e) => move(e.target, o, 'won') }, t('won')),
        h('button', { type: 'button', 'data-role': 'lost', onclick: (e) => move(e.target, o, 'lost') }, t('lost'))));
  };
  const form = h('form', { 'data-role': 'open-opportunity' }, h('h2', {}, t('open')),
    field(t('customerId'), 'customerId', { required: true, value: context.route.params.get('customerId') || '' }),
    field(t('name'), 'title', { required: true, maxlength: 200 }), field(t('amount'), 'amount', { required: true, inputmode: 'decimal' }),
    field(t('close'), 'expectedClose', { type: 'date', required: true }), h('button', { class: 'primary' }, t('save')));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const data = Object.fromEntries(new FormData(form));
    try {
      await api('sales/opportunities', { method: 'POST', body: { ...data, amount: data.amount.replace(',', '.').replace(/\s/g, '') } });
      await render(element, context);
    } catch (e) {
      showFieldErrors(form, e.problem || {}, message);
    }
  });
  fill(element, h('h1', {}, t('title')), message,
    h('div', { class: 'board', 'data-role': 'pipeline' }, openStages.map((stage) => {
      const here = opportunities.filter((o) => o.stage === stage.name);
      return h('section', { class: 'column', 'data-stage': stage.name }, h('h2', {}, `${stage.name} (${stage.probability} %)`),
        here.length === 0 ? h('p', { class: 'muted' }, t('empty')) : h('ul', { class: 'cards' }, here.map(card)));
    })),
    h('h2', {}, t('forecast')), h('table', { 'data-role': 'forecast' },
      h('thead', {}, h('tr', {}, [t('group'), t('month'), t('pipeline'), t('weighted'), t('committed'), t('bestCase'), t('wonAmount')]
        .map((x) => h('th', {}, x)))),
      h('tbody', {}, forecast.rows.map((r) => h('tr', {}, h('td', {}, r.group), h('td', {}, r.month),
        ...[r.pipeline, r.weighted, r.committed, r.bestCase, r.won].map((v) => h('td', { class: 'number' }, formatMoney(v, r.currency))))))),
    form);
}
