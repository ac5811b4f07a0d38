// The outbox: messages by state (what waits, what the server refused and why), send one again, preview a template.
import { h, fill, choice } from '/crm/assets/dom.js';
import { api, ApiError } from '/crm/assets/api.js';
import { translator, formatDateTime } from '/crm/assets/i18n.js';

const STATES = ['', 'QUEUED', 'SENDING', 'SENT', 'FAILED', 'DEAD', 'NOT_SENDABLE', 'CANCELLED'];
const t = translator({
  en: { title: 'E-mails', state: 'State', all: 'all', none: 'No message.', resend: 'Send again', to: 'To', attempts: 'attempts',
    templates: 'Templates', preview: 'Preview', of: 'of' },
  fr: { title: 'E-mails', state: 'État', all: 'tous', none: 'Aucun message.', resend: 'Renvoyer', to: 'À', attempts: 'tentatives',
    templates: 'Modèles', preview: 'Aperçu', of: 'sur' },
});

export async function render(element, context) {
  const state = new URLSearchParams(context.query || '').get('state') || '';
  const [messages, templates] = await Promise.all([api(`notifications/messages?limit=100${state ? `&state=${encodeURIComponent(state)}` : ''}`),
    api('notifications/templates')]);
  const message = h('p', { class: 'form-message', role: 'status', hidden: true });
  const filter = choice(t('state'), 'state', STATES.map((s) => [s, s || t('all')]), state);
  filter.querySelector('select').addEventListener('change', (e) => render(element, { ...context, query: `state=${e.target.value}` }));
  const resend = async (button, m) => {
    button.disabled = true;
    try {
      await api(`notifications/messages/${m.id}/resend`, { method: 'POST' });
      await render(element, context);
    } catch (e) {
      button.disabled = false;
      message.textContent = e instanceof ApiError ? e.problem.detail : String(e);
      message.hidden = false;
    }
  };
  const preview = h('div', { 'data-role': 'template-preview' });
  const show = async (name) => {
    const p = await api(`notifications/templates/${encodeURIComponent(name)}/preview`);
    fill(preview, h('h3', {}, p.subject), h('pre', { class: 'preview-text' }, p.text));
  };
  fill(element, h('h1', {}, t('title')), message, filter,
    messages.length === 0 ? h('p', { class: 'muted' }, t('none')) : h('table', { 'data-role': 'outbox' },
      h('tbody', {}, messages.map((m) => h('tr', { 'data-state': m.state },
        h('td', {}, formatDateTime(m.createdAt)), h('td', {}, m.template), h('td', {}, m.subject), h('td', {}, m.address || '—'),
        h('td', {}, h('span', { class: m.state === 'SENT' ? 'badge' : 'badge warning' }, m.state)),
        h('td', {}, `${m.attempts} ${t('attempts')}`), h('td', { class: 'muted' }, m.lastError || ''),
        h('td', {}, ['FAILED', 'DEAD', 'NOT_SENDABLE', 'CANCELLED'].includes(m.state)
          ? h('button', { type: 'button', 'data-role': 'resend', onclick: (e) => resend(e.target, m) }, t('resend')) : null))))),
    messages.total !== undefined ? h('p', { class: 'muted' }, `${messages.length} ${t('of')} ${messages.total}`) : null,
    h('h2', {}, t('templates')), h('ul', {}, templates.map((name) => h('li', {}, name, ' ',
      h('button', { type: 'button', onclick: () => show(name) }, t('preview'))))), preview);
}
