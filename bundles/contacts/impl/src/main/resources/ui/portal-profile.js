// The portal's "my details" section: the customer's own profile and contact points (a change is audited as
// made by the customer) and the interactions meant for them. The API answers for the caller's customer only.
import { h, fill, field, showFieldErrors, renamedErrors } from '/crm/assets/dom.js';
import { api, ApiError } from '/crm/assets/api.js';
import { translator, formatDateTime } from '/crm/assets/i18n.js';

const t = translator({
  en: { email: 'E-mail', phone: 'Phone', save: 'Save my details', saved: 'Your details are saved.', history: 'Our exchanges',
    none: 'No exchange yet.', stale: 'Your details changed meanwhile: they have been reloaded, please check them.' },
  fr: { email: 'E-mail', phone: 'Téléphone', save: 'Enregistrer mes coordonnées', saved: 'Vos coordonnées sont enregistrées.', history: 'Nos échanges',
    none: 'Aucun échange pour le moment.', stale: 'Vos coordonnées ont changé entre-temps : elles ont été rechargées, vérifiez-les.' },
});

export async function render(element) {
  const mine = await api('contacts/customers?limit=1');
  if (!mine.length) {
    fill(element, h('p', { class: 'muted' }, '—'));
    return;
  }
  const customer = await api(`contacts/customers/${encodeURIComponent(mine[0].id)}`);
  const interactions = await api(`contacts/customers/${encodeURIComponent(customer.id)}/interactions?limit=20`);
  const email = customer.contactPoints.find((p) => p.type === 'EMAIL');
  const phone = customer.contactPoints.find((p) => p.type === 'PHONE' || p.type === 'MOBILE');
  const message = h('p', { role: 'status', hidden: true });
  const form = h('form', { novalidate: true, 'data-role': 'portal-profile' },
    h('p', { 'data-role': 'customer-name' }, h('strong', {}, customer.displayName)),
    field(t('email'), 'email', { type: 'email', value: email?.value || '', autocomplete: 'email' }),
    field(t('phone'), 'phone', { type: 'tel', value: phone?.value || '', autocomplete: 'tel' }),
    message, h('button', { type: 'submit', class: 'primary' }, t('save')));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const others = customer.contactPoints.filter((p) => p !== email && p !== phone);
    const points = [];
    const fields = {};
    const value = (name) => form.elements[name].value.trim();
    if (value('email')) { fields[points.length] = 'email'; points.push({ type: 'EMAIL', value: value('email'), primary: true }); }
    if (value('phone')) { fields[points.length] = 'phone'; points.push({ type: phone?.type || 'PHONE', value: value('phone'), primary: true }); }
    const draft = { ...customer, contactPoints: [...points, ...others] };
    ['id', 'version', 'displayName', 'mergedInto', 'createdAt', 'createdBy', 'updatedAt', 'updatedBy'].forEach((k) => delete draft[k]);
    try {
      await api(`contacts/customers/${encodeURIComponent(customer.id)}`, { method: 'PUT', body: draft, headers: { 'If-Match': customer.etag } });
      await render(element);
      const done = element.querySelector('[role=status]');
      fill(done, t('saved'));
      done.hidden = false;
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      if (e.status === 409 || e.status === 412) {
        await render(element);
        const notice = element.querySelector('[role=status]');
        fill(notice, t('stale'));
        notice.hidden = false;
        return;
      }
      message.className = 'error';
      showFieldErrors(form, renamedErrors(e.problem, 'contactPoints', fields), message);
    }
  });
  fill(element, form, h('h3', {}, t('history')), interactions.length === 0 ? h('p', {}, t('none'))
    : h('ul', {}, interactions.map((i) => h('li', {}, h('span', { class: 'muted' }, formatDateTime(i.at)), ' ', i.subject || i.channel))));
}
