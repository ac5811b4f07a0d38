// Administration: the modules and why each is in its state, the license with its seats, installing a
// license file, and the audit trail with filters.
import { h, fill, field } from '/crm/assets/dom.js';
import { api, ApiError } from '/crm/assets/api.js';
import { translator, formatDate, formatDateTime } from '/crm/assets/i18n.js';

const t = translator({
  en: { title: 'Administration', modules: 'Modules', module: 'Module', state: 'State', reason: 'Why', license: 'License',
    licensee: 'Licensee', features: 'Features', valid: 'Valid until', seats: 'Seats', seatsUse: '{used} in use of {allowed}',
    noLimit: 'no limit ({used} in use)', install: 'Install a license file', file: 'License file', installed: 'License installed.',
    audit: 'Audit trail', user: 'User', action: 'Action', entity: 'Record', when: 'When', filter: 'Filter', none: 'Nothing recorded.',
    warnings: 'Warnings' },
  fr: { title: 'Administration', modules: 'Modules', module: 'Module', state: 'État', reason: 'Pourquoi', license: 'Licence',
    licensee: 'Titulaire', features: 'Fonctionnalités', valid: "Valable jusqu'au", seats: 'Postes', seatsUse: '{used} utilisés sur {allowed}',
    noLimit: 'sans limite ({used} utilisés)', install: 'Installer un fichier de licence', file: 'Fichier de licence', installed: 'Licence installée.',
    audit: "Journal d'audit", user: 'Utilisateur', action: 'Action', entity: 'Enregistrement', when: 'Quand', filter: 'Filtrer', none: 'Rien d’enregistré.',
    warnings: 'Avertissements' },
});

export async function render(element) {
  const modules = h('div', {});
  const license = h('div', {});
  const audit = h('div', {});
  fill(element, h('h1', {}, t('title')),
    h('section', { class: 'panel' }, h('h2', {}, t('modules')), modules),
    h('section', { class: 'panel' }, h('h2', {}, t('license')), license),
    h('section', { class: 'panel' }, h('h2', {}, t('audit')), audit));
  await Promise.all([showModules(modules), showLicense(license), showAudit(audit)]);
}

async function showModules(element) {
  const list = await api('system/modules');
  fill(element, h('table', { 'data-table': 'modules' },
    h('thead', {}, h('tr', {}, h('th', {}, t('module')), h('th', {}, t('state')), h('th', {}, t('reason')))),
    h('tbody', {}, list.map((m) => h('tr', { 'data-module': m.name },
      h('td', {}, m.title || m.name), h('td', { class: `state-${m.state}` }, m.state),
      h('td', {}, m.reason || '', (m.warnings || []).map((w) => h('div', { class: 'muted' }, w))))))));
}

async function showLicense(element) {
  const [status, seats] = await Promise.all([api('system/license'), api('session/seats')]);
  const used = seats.inUse.length;
  const message = h('p', { role: 'status' });
  const file = field(t('file'), 'license', { type: 'file', accept: '.license,.json,text/plain' });
  const form = h('form', {}, h('h3', {}, t('install')), file, h('button', { type: 'submit' }, t('install')), message);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const chosen = form.elements.license.files[0];
    if (!chosen) return;
    try {
      await api('system/license', { method: 'PUT', body: await chosen.text(), headers: { 'Content-Type': 'text/plain' } });
      fill(message, t('installed'));
      message.className = 'ok';
      await showLicense(element);
    } catch (e) {
      fill(message, e instanceof ApiError ? (e.problem.errors || []).map((x) => x.message).join(' ') || e.problem.detail : e.message);
      message.className = 'error';
    }
  });
  fill(element, h('dl', { class: 'facts', 'data-license': status.state },
    h('dt', {}, t('state')), h('dd', {}, status.state),
    h('dt', {}, t('licensee')), h('dd', {}, status.licensee || ''),
    h('dt', {}, t('features')), h('dd', {}, (status.features || []).join(', ')),
    h('dt', {}, t('valid')), h('dd', {}, formatDate(status.expiresAt)),
    h('dt', {}, t('seats')), h('dd', { 'data-seats': used },
      status.seats ? t('seatsUse', { used, allowed: status.seats }) : t('noLimit', { used })),
    status.warnings?.length ? [h('dt', {}, t('warnings')), h('dd', {}, status.warnings.join(' · '))] : null), form);
}

async function showAudit(element, filters = {}) {
  const query = new URLSearchParams({ limit: '50' });
  Object.entries(filters).forEach(([k, v]) => { if (v) query.set(k, v); });
  const entries = await api(`audit?${query}`);
  const form = h('form', { class: 'row' }, field(t('user'), 'user', { value: filters.user || '' }),
    field(t('entity'), 'entityType', { value: filters.entityType || '' }), h('button', { type: 'submit' }, t('filter')));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    showAudit(element, { user: form.elements.user.value.trim(), entityType: form.elements.entityType.value.trim() });
  });
  fill(element, form, entries.length === 0 ? h('p', {}, t('none')) : h('table', {},
    h('thead', {}, h('tr', {}, [t('when'), t('user'), t('module'), t('action'), t('entity')].map((x) => h('th', {}, x)))),
    h('tbody', {}, entries.map((e) => h('tr', {}, h('td', {}, formatDateTime(e.at)), h('td', {}, e.user),
      h('td', {}, e.module), h('td', {}, e.action), h('td', {}, `${e.entityType} ${e.entityId}`))))));
}
