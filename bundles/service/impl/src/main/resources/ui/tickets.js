// Tickets for agents and supervisors: the queues (mine, waiting for routing, the supervisors' escalations, SLA
// breaches), and a ticket's page: its SLA, why it went to whom, comments public or internal, status changes,
// escalation and the knowledge-base articles that may answer it.
import { h, fill, field, choice, showFieldErrors } from '/crm/assets/dom.js';
import { api, ApiError } from '/crm/assets/api.js';
import { translator, formatDateTime } from '/crm/assets/i18n.js';

export const t = translator({
  en: { title: 'Tickets', mine: 'Mine', open: 'All open', escalated: 'Escalations', breached: 'SLA breached', none: 'No ticket here.',
    number: 'Number', subject: 'Subject', category: 'Category', priority: 'Priority', status: 'Status', sla: 'SLA', due: 'Due',
    agent: 'Agent', routing: 'Routing', comments: 'Comments', comment: 'Comment', internal: 'Internal (staff only)', send: 'Send',
    escalate: 'Escalate to a supervisor', reason: 'Reason', suggestions: 'Articles that may answer', customer: 'Customer',
    requester: 'Requester', move: 'Move to', changed: 'Saved.', team: 'team {team}', waiting: 'waiting for an agent',
    underWarranty: '{product}: under warranty until {ends}', warrantyOver: '{product}: warranty ended on {ends}',
    files: 'Files', attach: 'Attach a file',
    ON_TRACK: 'on track', WARNING: '75 % used', BREACHED: 'breached', PAUSED: 'paused (waiting on the customer)', DONE: 'done',
    NEW: 'new', ASSIGNED: 'assigned', IN_PROGRESS: 'in progress', WAITING_ON_CUSTOMER: 'waiting on customer', RESOLVED: 'resolved', CLOSED: 'closed' },
  fr: { title: 'Tickets', mine: 'Les miens', open: 'Tous ouverts', escalated: 'Escalades', breached: 'SLA dépassé', none: 'Aucun ticket ici.',
    number: 'Numéro', subject: 'Objet', category: 'Catégorie', priority: 'Priorité', status: 'Statut', sla: 'SLA', due: 'Échéance',
    agent: 'Agent', routing: 'Routage', comments: 'Commentaires', comment: 'Commentaire', internal: 'Interne (équipe seulement)', send: 'Envoyer',
    escalate: 'Escalader vers un superviseur', reason: 'Motif', suggestions: 'Articles qui peuvent répondre', customer: 'Client',
    requester: 'Demandeur', move: 'Passer à', changed: 'Enregistré.', team: 'équipe {team}', waiting: 'en attente d’un agent',
    underWarranty: '{product} : sous garantie jusqu’au {ends}', warrantyOver: '{product} : garantie terminée le {ends}',
    files: 'Fichiers', attach: 'Joindre un fichier',
    ON_TRACK: 'dans les temps', WARNING: '75 % utilisés', BREACHED: 'dépassé', PAUSED: 'en pause (attente client)', DONE: 'terminé',
    NEW: 'nouveau', ASSIGNED: 'attribué', IN_PROGRESS: 'en cours', WAITING_ON_CUSTOMER: 'attente client', RESOLVED: 'résolu', CLOSED: 'clos' },
});

const NEXT = { NEW: ['IN_PROGRESS', 'WAITING_ON_CUSTOMER', 'RESOLVED', 'CLOSED'], ASSIGNED: ['IN_PROGRESS', 'WAITING_ON_CUSTOMER', 'RESOLVED', 'CLOSED'],
  IN_PROGRESS: ['WAITING_ON_CUSTOMER', 'RESOLVED', 'CLOSED'], WAITING_ON_CUSTOMER: ['IN_PROGRESS', 'RESOLVED', 'CLOSED'],
  RESOLVED: ['IN_PROGRESS', 'CLOSED'], CLOSED: [] };

export function due(ticket) {
  const sla = ticket.sla || {};
  return sla.firstResponseDue || sla.nextResponseDue || sla.resolutionDue;
}

export function ticketRows(tickets) {
  return h('table', { 'data-role': 'tickets' },
    h('thead', {}, h('tr', {}, [t('number'), t('subject'), t('category'), t('priority'), t('status'), t('sla'), t('due'), t('agent')].map((x) => h('th', {}, x)))),
    h('tbody', {}, tickets.map((k) => h('tr', { 'data-number': k.number },
      h('td', {}, h('a', { href: `#/service/tickets/${encodeURIComponent(k.id)}` }, k.number)), h('td', {}, k.subject, k.escalated ? h('span', { class: 'badge' }, '⚑') : ''),
      h('td', {}, k.category), h('td', {}, k.priority), h('td', {}, t(k.status)),
      h('td', {}, h('span', { class: 'badge', 'data-sla': k.sla.state }, t(k.sla.state))), h('td', {}, due(k) ? formatDateTime(due(k)) : '—'),
      h('td', {}, k.assignee || (k.team ? t('team', { team: k.team }) : t('waiting')))))));
}

/** A ticket's files: each a download, and an input that attaches one (its type and size are checked by the server). */
export async function files(id, again) {
  const list = await api(`service/tickets/${encodeURIComponent(id)}/attachments`).catch(() => []);
  const message = h('p', { class: 'form-message', role: 'status', hidden: true });
  const input = h('input', { type: 'file', 'data-role': 'attach', onchange: async () => {
    const file = input.files[0];
    if (!file) return;
    try {
      await api(`service/tickets/${encodeURIComponent(id)}/attachments?name=${encodeURIComponent(file.name)}`,
        { method: 'POST', body: file, headers: { 'Content-Type': file.type || 'application/octet-stream' } });
      await again();
    } catch (e) {
      message.textContent = e instanceof ApiError ? e.problem.detail : String(e);
      message.hidden = false;
    }
  } });
  return h('section', { 'data-role': 'files' }, h('h2', {}, t('files')),
    h('ul', {}, list.map((f) => h('li', {}, h('a', { href: `/crm/api/service/tickets/${encodeURIComponent(id)}/attachments/${encodeURIComponent(f.id)}` },
      f.fileName), ` (${Math.ceil(f.size / 1024)} KiB)`))),
    h('label', {}, t('attach'), ' ', input), message);
}

export async function render(element, context) {
  if (context.route.rest[0]) {
    await ticketPage(element, context, context.route.rest[0]);
    return;
  }
  const view = context.route.params.get('view') || 'mine';
  const queries = { mine: 'open=true&mine=true', open: 'open=true', escalated: 'open=true&escalated=true', breached: 'sla=BREACHED' };
  const page = await api(`service/tickets?${queries[view] || queries.mine}&limit=100`);
  fill(element, h('h1', {}, t('title')),
    h('nav', { class: 'tabs' }, Object.keys(queries).map((key) => h('a', { href: `#/service/tickets?view=${key}`, 'aria-current': key === view ? 'page' : null }, t(key), ' '))),
    page.length === 0 ? h('p', { class: 'muted' }, t('none')) : ticketRows(page));
}

async function ticketPage(element, context, id) {
  const [ticket, comments, suggestions, hints] = await Promise.all([api(`service/tickets/${encodeURIComponent(id)}`),
    api(`service/tickets/${encodeURIComponent(id)}/comments`), api(`service/tickets/${encodeURIComponent(id)}/suggestions`).catch(() => []),
    api(`service/tickets/${encodeURIComponent(id)}/hints`).catch(() => ({ prompts: [] }))]);
  const message = h('p', { class: 'form-message', role: 'status', hidden: true });
  const again = () => ticketPage(element, context, id);
  const act = async (form, path, body, headers = {}) => {
    try {
      await api(`service/tickets/${encodeURIComponent(id)}/${path}`, { method: 'POST', body, headers });
      await again();
    } catch (e) {
      if (e instanceof ApiError) showFieldErrors(form, e.problem, message); else { message.textContent = String(e); message.hidden = false; }
    }
  };
  const commentForm = h('form', { 'data-role': 'comment' }, field(t('comment'), 'text', { rows: 4, required: true }),
    h('label', {}, h('input', { type: 'checkbox', name: 'internal' }), ' ', t('internal')), h('button', { class: 'primary' }, t('send')));
  commentForm.addEventListener('submit', (e) => { e.preventDefault(); act(commentForm, 'comments', { text: commentForm.text.value, internal: commentForm.internal.checked }); });
  const statusForm = h('form', { 'data-role': 'status' }, choice(t('move'), 'status', NEXT[ticket.status].map((s) => [s, t(s)])),
    h('button', { disabled: NEXT[ticket.status].length === 0 }, 'OK'));
  statusForm.addEventListener('submit', (e) => { e.preventDefault(); act(statusForm, 'status', { status: statusForm.status.value }, { 'If-Match': `"${ticket.version}"` }); });
  const escalateForm = h('form', { 'data-role': 'escalate', hidden: ticket.escalated }, field(t('reason'), 'reason', { required: true }), h('button', {}, t('escalate')));
  escalateForm.addEventListener('submit', (e) => { e.preventDefault(); act(escalateForm, 'escalate', { reason: escalateForm.reason.value }); });
  fill(element, h('h1', {}, ticket.number, ' ', ticket.subject),
    h('dl', { class: 'facts' },
      h('dt', {}, t('status')), h('dd', { 'data-role': 'status', 'data-status': ticket.status }, t(ticket.status)),
      h('dt', {}, t('sla')), h('dd', { 'data-role': 'sla' }, `${ticket.sla.policy}: ${t(ticket.sla.state)}`, due(ticket) ? ` — ${t('due')} ${formatDateTime(due(ticket))}` : ''),
      h('dt', {}, t('customer')), h('dd', {}, ticket.customerId ? h('a', { href: `#/contacts/customer/${encodeURIComponent(ticket.customerId)}` }, ticket.requesterName || ticket.customerId)
        : `${t('requester')}: ${ticket.requesterEmail}`),
      h('dt', {}, t('routing')), h('dd', { 'data-role': 'routing' }, ticket.assignmentReason || '—'),
      ticket.escalated ? [h('dt', {}, '⚑'), h('dd', { 'data-role': 'escalation' }, ticket.escalationReason)] : []),
    hints.prompts.length ? h('ul', { class: 'prompts', 'data-role': 'prompts' }, hints.prompts.map((p) => h('li', {}, h('strong', {}, '⚠ '), p))) : '',
    hints.warrantyActive == null ? '' : h('p', { 'data-role': 'warranty' }, t(hints.warrantyActive ? 'underWarranty' : 'warrantyOver',
      { product: hints.warrantyProduct, ends: hints.warrantyEnds })),
    ticket.description ? h('p', { class: 'description' }, ticket.description) : '', message, statusForm, escalateForm,
    suggestions.length ? h('section', {}, h('h2', {}, t('suggestions')), h('ul', {}, suggestions.map((s) => {
      const excerpt = h('span', { class: 'muted' });
      excerpt.innerHTML = s.highlight; // escaped by the server; only <mark> is markup
      return h('li', {}, h('a', { href: `#/service/knowledge/${encodeURIComponent(s.id)}` }, s.title), ' ', excerpt);
    }))) : '',
    await files(id, again),
    h('h2', {}, t('comments')),
    h('ol', { class: 'comments', 'data-role': 'comments' }, comments.map((c) => h('li', { class: c.internal ? 'internal' : '' },
      h('strong', {}, c.author), ' ', h('span', { class: 'muted' }, formatDateTime(c.at), c.internal ? ` · ${t('internal')}` : ''), h('p', {}, c.text)))),
    commentForm);
}
