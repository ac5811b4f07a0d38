// The portal's "my requests": the customer's own tickets with the public answers, a reply box, and a new
// request form that offers knowledge-base articles at once ("this solved it" closes the request).
import { h, fill, field, choice, showFieldErrors } from '/crm/assets/dom.js';
import { api, ApiError } from '/crm/assets/api.js';
import { translator, formatDateTime, language } from '/crm/assets/i18n.js';
import { files } from './tickets.js';

const t = translator({
  en: { none: 'You have no request.', ask: 'Ask us something', category: 'About', subject: 'Subject', message: 'Your message', send: 'Send',
    reply: 'Reply', maybe: 'These articles may already answer you:', opened: 'Request {number} received.', you: 'You', us: 'Service',
    solved: 'This solved it', closed: 'Glad it helped: your request is closed.', rate: 'Rate our service', read: 'Read',
    inquiry: 'A question', complaint: 'A complaint', return: 'A return', technical: 'A technical problem', billing: 'Billing',
    NEW: 'received', ASSIGNED: 'with an agent', IN_PROGRESS: 'in progress', WAITING_ON_CUSTOMER: 'waiting for your answer', RESOLVED: 'resolved', CLOSED: 'closed' },
  fr: { none: 'Vous n’avez aucune demande.', ask: 'Nous poser une question', category: 'Sujet', subject: 'Objet', message: 'Votre message', send: 'Envoyer',
    reply: 'Répondre', maybe: 'Ces articles répondent peut-être déjà à votre question :', opened: 'Demande {number} reçue.', you: 'Vous', us: 'Service client',
    solved: 'Cela a résolu ma demande', closed: 'Tant mieux : votre demande est close.', rate: 'Donner mon avis', read: 'Lire',
    inquiry: 'Une question', complaint: 'Une réclamation', return: 'Un retour', technical: 'Un problème technique', billing: 'La facturation',
    NEW: 'reçue', ASSIGNED: 'prise en charge', IN_PROGRESS: 'en cours', WAITING_ON_CUSTOMER: 'en attente de votre réponse', RESOLVED: 'résolue', CLOSED: 'close' },
});

export async function render(element, context) {
  const page = await api('service/tickets?limit=50');
  const message = h('p', { class: 'form-message', role: 'status', hidden: true });
  const form = h('form', { 'data-role': 'new-request' },
    choice(t('category'), 'category', ['inquiry', 'technical', 'return', 'billing', 'complaint'].map((c) => [c, t(c)]), 'inquiry'),
    field(t('subject'), 'subject', { required: true }), field(t('message'), 'description', { rows: 4 }), message, h('button', { class: 'primary' }, t('send')));
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    try {
      const ticket = await api('service/tickets', { method: 'POST', body: { category: form.category.value, subject: form.subject.value,
        description: form.description.value || null, channel: 'PORTAL', language: language() } });
      const hits = await api(`service/tickets/${encodeURIComponent(ticket.id)}/suggestions`).catch(() => []);
      await render(element, context);
      element.prepend(h('div', { class: 'form-message', role: 'status' }, t('opened', { number: ticket.number }),
        hits.length ? h('p', {}, t('maybe')) : '', h('ul', { 'data-role': 'suggestions' }, hits.map((hit) => suggestion(element, context, ticket, hit)))));
    } catch (err) {
      if (err instanceof ApiError) showFieldErrors(form, err.problem, message); else throw err;
    }
  });
  const items = await Promise.all(page.map(async (ticket) => {
    const comments = await api(`service/tickets/${encodeURIComponent(ticket.id)}/comments`);
    const replyForm = h('form', { 'data-role': 'reply' }, field(t('reply'), 'text', { rows: 2, required: true }), h('button', {}, t('send')));
    replyForm.addEventListener('submit', async (e) => {
      e.preventDefault();
      try {
        await api(`service/tickets/${encodeURIComponent(ticket.id)}/comments`, { method: 'POST', body: { text: replyForm.text.value } });
        await render(element, context);
      } catch (err) {
        if (err instanceof ApiError) showFieldErrors(replyForm, err.problem, null); else throw err;
      }
    });
    const rate = h('button', { type: 'button', 'data-role': 'rate', onclick: async () => {
      try {
        const survey = await api(`service/tickets/${encodeURIComponent(ticket.id)}/survey`, { method: 'POST' });
        window.location.assign(survey.link);
      } catch (err) {
        rate.replaceWith(h('span', { class: 'muted' }, err instanceof ApiError ? err.problem.detail : String(err)));
      }
    } }, t('rate'));
    return h('li', { 'data-number': ticket.number }, h('strong', {}, ticket.number, ' ', ticket.subject), ' ', h('span', { class: 'badge' }, t(ticket.status)),
      ticket.status === 'RESOLVED' ? [' ', rate] : '',
      h('ol', {}, comments.map((c) => h('li', {}, h('strong', {}, c.fromCustomer ? t('you') : t('us')), ' ', h('span', { class: 'muted' }, formatDateTime(c.at)), h('p', {}, c.text)))),
      ticket.status === 'CLOSED' ? '' : [await files(ticket.id, () => render(element, context)), replyForm]);
  }));
  fill(element, items.length ? h('ul', { class: 'requests' }, items) : h('p', { class: 'muted' }, t('none')), h('details', {}, h('summary', {}, t('ask')), form));
}

/** An article offered for a new request: read it, and say it solved the request (closed with no agent's time). */
function suggestion(element, context, ticket, hit) {
  const body = h('div', { class: 'article', hidden: true });
  const read = h('button', { type: 'button', onclick: async () => {
    const article = await api(`service/articles/${encodeURIComponent(hit.id)}`);
    body.innerHTML = article.html; // rendered by the server: raw HTML escaped, unsafe links dropped
    body.hidden = false;
  } }, t('read'));
  const solved = h('button', { type: 'button', class: 'primary', 'data-role': 'solved', onclick: async () => {
    await api(`service/tickets/${encodeURIComponent(ticket.id)}/solved`, { method: 'POST', body: { articleId: hit.id } });
    await render(element, context);
    element.prepend(h('p', { class: 'form-message', role: 'status', 'data-role': 'deflected' }, t('closed')));
  } }, t('solved'));
  return h('li', {}, h('strong', {}, hit.title), ' ', read, ' ', solved, body);
}
