// The portal: the customer chooses whether to receive reorder reminders by e-mail (order and request messages always go).
import { h, fill } from '/crm/assets/dom.js';
import { api } from '/crm/assets/api.js';
import { translator } from '/crm/assets/i18n.js';

const t = translator({
  en: { label: 'Remind me by e-mail when I will likely need a product again', note: 'Messages about your orders and requests are always sent.' },
  fr: { label: 'Me rappeler par e-mail quand je risque de manquer d’un produit', note: 'Les messages sur vos commandes et vos demandes sont toujours envoyés.' },
});

export async function render(element) {
  const mine = await api('contacts/customers?limit=1'); // the portal's customer: the API answers with the caller's own
  if (!mine.length) {
    fill(element, h('p', { class: 'muted' }, '—'));
    return;
  }
  const id = encodeURIComponent(mine[0].id);
  const consent = await api(`notifications/consents/${id}`);
  const box = h('input', { type: 'checkbox', id: 'reminders-consent', 'data-role': 'reminders-consent' });
  box.checked = consent.optedIn;
  box.addEventListener('change', async () => {
    box.disabled = true;
    try {
      await api(`notifications/consents/${id}`, { method: 'PUT', body: { optedIn: box.checked } });
    } finally {
      box.disabled = false;
    }
  });
  fill(element, h('p', {}, box, ' ', h('label', { for: 'reminders-consent' }, t('label'))), h('p', { class: 'muted' }, t('note')));
}
