// My day: what the user has planned up to tonight (overdue ones flagged), done with its outcome in one step, a
// form to plan the next one, and the address of the calendar feed to subscribe to.
import { h, fill, field, choice, showFieldErrors } from '/crm/assets/dom.js';
import { api, ApiError } from '/crm/assets/api.js';
import { translator, formatDateTime } from '/crm/assets/i18n.js';

const KINDS = ['CALL', 'MEETING', 'VISIT', 'EMAIL', 'TODO'];
const t = translator({
  en: { title: 'My day', none: 'Nothing planned up to tonight.', overdue: 'Overdue', done: 'Done', outcome: 'What came of it?',
    plan: 'Plan an activity', kind: 'Kind', subject: 'Subject', when: 'When', customerId: 'Customer id (optional)', save: 'Plan',
    feed: 'Your calendar feed (subscribe to it in your calendar):', CALL: 'Call', MEETING: 'Meeting', VISIT: 'Visit', EMAIL: 'E-mail', TODO: 'To do' },
  fr: { title: 'Ma journée', none: 'Rien de prévu d’ici ce soir.', overdue: 'En retard', done: 'Fait', outcome: 'Qu’en est-il ressorti ?',
    plan: 'Planifier une activité', kind: 'Type', subject: 'Objet', when: 'Quand', customerId: 'Identifiant du client (facultatif)', save: 'Planifier',
    feed: 'Votre agenda (abonnez-vous depuis votre calendrier) :', CALL: 'Appel', MEETING: 'Réunion', VISIT: 'Visite', EMAIL: 'E-mail', TODO: 'À faire' },
});

export async function render(element, context) {
  const activities = await api('sales/activities?assignee=me&due=today&limit=200');
  const message = h('p', { class: 'form-message', role: 'status', hidden: true });
  const complete = async (button, a) => {
    const outcome = window.prompt(t('outcome'));
    if (outcome === null) return;
    button.disabled = true;
    try {
      await api(`sales/activities/${a.id}/done`, { method: 'POST', body: { outcome }, headers: { 'If-Match': `"${a.version}"` } });
      await render(element, context);
    } catch (e) {
      button.disabled = false;
      message.textContent = e instanceof ApiError ? e.problem.detail : String(e);
      message.hidden = false;
    }
  };
  const form = h('form', { 'data-role': 'plan-activity' }, h('h2', {}, t('plan')),
    choice(t('kind'), 'kind', KINDS.map((k) => [k, t(k)]), 'CALL'), field(t('subject'), 'subject', { required: true, maxlength: 200 }),
    field(t('when'), 'dueAt', { type: 'datetime-local', required: true }), field(t('customerId'), 'customerId'),
    h('button', { class: 'primary' }, t('save')));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const data = Object.fromEntries(new FormData(form));
    try {
      await api('sales/activities', { method: 'POST', body: { ...data, customerId: data.customerId || null,
        dueAt: data.dueAt ? new Date(data.dueAt).toISOString() : null } });
      await render(element, context);
    } catch (e) {
      showFieldErrors(form, e.problem || {}, message);
    }
  });
  fill(element, h('h1', {}, t('title')), message,
    activities.length === 0 ? h('p', { class: 'muted' }, t('none')) : h('ul', { class: 'cards', 'data-role': 'my-day' }, activities.map((a) =>
      h('li', { class: a.overdue ? 'card overdue' : 'card', 'data-activity': a.id },
        h('span', { class: 'muted' }, formatDateTime(a.dueAt)), ' ', h('span', { class: 'badge' }, t(a.kind)), ' ', h('strong', {}, a.subject),
        a.overdue ? h('span', { class: 'badge warning', 'data-role': 'overdue' }, t('overdue')) : null,
        h('button', { type: 'button', class: 'primary', 'data-role': 'done', onclick: (e) => complete(e.target, a) }, t('done'))))),
    form, h('p', { class: 'muted' }, t('feed'), ' ', h('code', {}, `${window.location.origin}/crm/api/sales/activities.ics?assignee=me`)));
}
