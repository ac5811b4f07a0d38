// The leads pipeline: one column per status; a lead is moved with its "Move to" list (the keyboard's way)
// or dragged onto a column. A move the pipeline does not allow is answered with the allowed ones.
import { h, fill } from '/crm/assets/dom.js';
import { api, ApiError } from '/crm/assets/api.js';
import { translator, formatDateTime } from '/crm/assets/i18n.js';

const STATUSES = ['NEW', 'CONTACTED', 'QUALIFIED', 'CONVERTED', 'DISQUALIFIED'];
const t = translator({
  en: { title: 'Leads', NEW: 'New', CONTACTED: 'Contacted', QUALIFIED: 'Qualified', CONVERTED: 'Converted', DISQUALIFIED: 'Disqualified',
    move: 'Move to', score: 'Score {score}', reason: 'Why is this lead disqualified?', notAllowed: 'A lead in “{current}” can only move to: {allowed}.',
    stale: 'This lead changed meanwhile; the board has been reloaded.', convert: 'Convert to a customer', converted: 'Converted: customer {id}.',
    breakdown: 'Score breakdown', back: 'Back to the board', source: 'Source', campaign: 'Campaign', owner: 'Owner', created: 'Created' },
  fr: { title: 'Prospects', NEW: 'Nouveau', CONTACTED: 'Contacté', QUALIFIED: 'Qualifié', CONVERTED: 'Converti', DISQUALIFIED: 'Disqualifié',
    move: 'Déplacer vers', score: 'Score {score}', reason: 'Pourquoi ce prospect est-il disqualifié ?', notAllowed: 'Un prospect « {current} » ne peut aller que vers : {allowed}.',
    stale: 'Ce prospect a changé entre-temps ; le tableau a été rechargé.', convert: 'Convertir en client', converted: 'Converti : client {id}.',
    breakdown: 'Détail du score', back: 'Retour au tableau', source: 'Source', campaign: 'Campagne', owner: 'Responsable', created: 'Créé le' },
});

export async function render(element, context) {
  const [id] = context.route.rest;
  if (id) return detail(element, context, id);
  return board(element, context);
}

async function board(element, context, notice) {
  const leads = await api('leads?limit=500');
  const message = h('p', { class: 'notice', role: 'alert', hidden: !notice, 'data-role': 'board-message' }, notice || '');
  const columns = STATUSES.map((status) => {
    const column = h('section', { class: 'column', 'data-status': status, 'aria-label': t(status) },
      h('h2', {}, t(status), ' ', h('span', { class: 'badge' }, leads.filter((l) => l.status === status).length)));
    column.addEventListener('dragover', (event) => event.preventDefault());
    column.addEventListener('drop', (event) => {
      event.preventDefault();
      const lead = leads.find((l) => l.id === event.dataTransfer.getData('text/plain'));
      if (lead && lead.status !== status) move(element, context, lead, status, message);
    });
    leads.filter((l) => l.status === status).forEach((lead) => column.append(card(element, context, lead, message)));
    return column;
  });
  fill(element, h('h1', {}, t('title')), message, h('div', { class: 'board' }, columns));
}

function card(element, context, lead, message) {
  const select = h('select', { 'aria-label': `${t('move')} — ${name(lead)}`, 'data-role': 'move' },
    h('option', { value: '' }, `${t('move')}…`),
    STATUSES.filter((s) => s !== lead.status && s !== 'CONVERTED').map((s) => h('option', { value: s }, t(s))));
  select.addEventListener('change', () => { if (select.value) move(element, context, lead, select.value, message); });
  const item = h('article', { class: 'lead-card', draggable: 'true', 'data-lead': lead.id },
    h('a', { href: `#/leads/board/${encodeURIComponent(lead.id)}` }, name(lead)),
    lead.company ? h('div', { class: 'muted' }, lead.company) : null,
    h('div', {}, h('span', { class: 'badge' }, t('score', { score: lead.score })), lead.campaign ? ` ${lead.campaign}` : ''),
    lead.status === 'CONVERTED' ? null : select);
  item.addEventListener('dragstart', (event) => event.dataTransfer.setData('text/plain', lead.id));
  return item;
}

function name(lead) {
  return [lead.firstName, lead.lastName].filter(Boolean).join(' ') || lead.email || lead.company || lead.id;
}

async function move(element, context, lead, status, message) {
  let reason = null;
  if (status === 'DISQUALIFIED') {
    reason = window.prompt(t('reason'));
    if (!reason) { await board(element, context); return; }
  }
  try {
    await api(`leads/${encodeURIComponent(lead.id)}/status`, { method: 'POST', body: { status, reason }, headers: { 'If-Match': `"${lead.version}"` } });
    await board(element, context);
  } catch (e) {
    if (!(e instanceof ApiError)) throw e;
    const allowed = e.problem.allowed;
    const text = allowed ? t('notAllowed', { current: t(e.problem.current), allowed: allowed.map((s) => t(s)).join(', ') })
      : e.status === 412 || (e.status === 409 && !allowed) ? t('stale') : e.problem.detail;
    await board(element, context, text);
  }
}

async function detail(element, context, id) {
  const [lead, score] = await Promise.all([api(`leads/${encodeURIComponent(id)}`), api(`leads/${encodeURIComponent(id)}/score`)]);
  const result = h('p', { role: 'status' });
  const convert = lead.status === 'NEW' || lead.status === 'CONTACTED' || lead.status === 'QUALIFIED'
    ? h('button', { type: 'button', class: 'primary', onclick: async () => {
      try {
        const conversion = await api(`leads/${encodeURIComponent(id)}/convert`, { method: 'POST' });
        fill(result, t('converted', { id: conversion.customerId }), ' ',
          h('a', { href: `#/contacts/customers/${encodeURIComponent(conversion.customerId)}` }, conversion.customerId));
        result.className = 'ok';
      } catch (e) {
        fill(result, e.problem?.detail || e.message);
        result.className = 'error';
      }
    } }, t('convert')) : null;
  fill(element, h('h1', {}, name(lead), ' ', h('span', { class: 'badge' }, t(lead.status))),
    h('dl', { class: 'facts' }, [[t('source'), lead.source], [t('campaign'), lead.campaign], [t('owner'), lead.owner],
      [t('created'), formatDateTime(lead.createdAt)], ['E-mail', lead.email], ['Tel.', lead.phone]]
      .filter(([, v]) => v).map(([k, v]) => [h('dt', {}, k), h('dd', {}, v)])),
    h('section', { class: 'panel' }, h('h2', {}, t('breakdown'), ' ', h('span', { class: 'badge', 'data-role': 'score' }, score.score)),
      h('table', { 'data-role': 'score-lines' }, h('tbody', {}, score.lines.map((line) => h('tr', {}, h('td', {}, line.rule), h('td', {}, line.points)))))),
    convert, result, h('p', {}, h('a', { href: '#/leads/board' }, t('back'))));
}
