// A customer's e-mails (the latest, with their state) and their consent to reminders, as a panel of the 360° view.
import { h, fill } from '/crm/assets/dom.js';
import { api } from '/crm/assets/api.js';
import { translator, formatDateTime } from '/crm/assets/i18n.js';

const t = translator({
  en: { none: 'No e-mail sent.', consent: 'Accepts reminders by e-mail', yes: 'yes', no: 'no', change: 'Change' },
  fr: { none: 'Aucun e-mail envoyé.', consent: 'Accepte les rappels par e-mail', yes: 'oui', no: 'non', change: 'Modifier' },
});

export async function render(element, context) {
  const id = encodeURIComponent(context.customerId);
  const consent = await api(`notifications/consents/${id}`);
  let messages = [];
  try {
    messages = await api(`notifications/messages?customerId=${id}&limit=5`);
  } catch (e) {
    // sales reps and agents see the consent, the outbox is for managers
  }
  const toggle = async () => {
    await api(`notifications/consents/${id}`, { method: 'PUT', body: { optedIn: !consent.optedIn } });
    await render(element, context);
  };
  fill(element,
    h('p', { 'data-role': 'reminder-consent' }, t('consent'), ' : ', h('strong', {}, consent.optedIn ? t('yes') : t('no')), ' ',
      h('button', { type: 'button', onclick: toggle }, t('change'))),
    messages.length === 0 ? h('p', { class: 'muted' }, t('none')) : h('ul', { 'data-role': 'customer-emails' }, messages.map((m) =>
      h('li', {}, h('span', { class: 'muted' }, formatDateTime(m.createdAt)), ' ', m.subject, ' ', h('span', { class: 'badge' }, m.state)))));
}
