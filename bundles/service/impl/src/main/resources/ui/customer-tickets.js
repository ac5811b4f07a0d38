// The customer's service requests in the 360° view: open ones with their SLA, and a form to open one (the call
// center's "new ticket" while the customer is on the line).
import { h, fill, field, choice, showFieldErrors } from '/crm/assets/dom.js';
import { api, ApiError } from '/crm/assets/api.js';
import { translator } from '/crm/assets/i18n.js';
import { ticketRows } from './tickets.js';

const t = translator({
  en: { none: 'No service request.', open: 'Open a ticket', category: 'Category', priority: 'Priority', subject: 'Subject',
    description: 'What the customer says', create: 'Open', opened: 'Ticket {number} opened.' },
  fr: { none: 'Aucune demande de service.', open: 'Ouvrir un ticket', category: 'Catégorie', priority: 'Priorité', subject: 'Objet',
    description: 'Ce que dit le client', create: 'Ouvrir', opened: 'Ticket {number} ouvert.' },
});

export async function render(element, context) {
  const page = await api(`service/tickets?customerId=${encodeURIComponent(context.customerId)}&limit=20`);
  const message = h('p', { class: 'form-message', role: 'status', hidden: true });
  const form = h('form', { 'data-role': 'new-ticket' },
    choice(t('category'), 'category', ['inquiry', 'complaint', 'return', 'technical', 'billing'].map((c) => [c, c]), 'inquiry'),
    choice(t('priority'), 'priority', ['NORMAL', 'HIGH', 'URGENT', 'LOW'].map((p) => [p, p]), 'NORMAL'),
    field(t('subject'), 'subject', { required: true }), field(t('description'), 'description', { rows: 3 }),
    h('button', { class: 'primary' }, t('create')));
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    try {
      const ticket = await api('service/tickets', { method: 'POST', body: { customerId: context.customerId, category: form.category.value,
        priority: form.priority.value, subject: form.subject.value, description: form.description.value || null, channel: 'PHONE' } });
      await render(element, context);
      element.prepend(h('p', { class: 'form-message', role: 'status' }, t('opened', { number: ticket.number })));
    } catch (err) {
      if (err instanceof ApiError) showFieldErrors(form, err.problem, message); else throw err;
    }
  });
  fill(element, page.length ? ticketRows(page) : h('p', { class: 'muted' }, t('none')),
    h('details', {}, h('summary', {}, t('open')), message, form));
}
