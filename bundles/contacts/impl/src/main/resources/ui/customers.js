// Contacts' customers screen: search as you type, the 360° view (with every module's panel), create and
// edit with the API's field errors in place, duplicates offered with a merge, and the screen pop's landing.
import { h, fill, field, choice, showFieldErrors, renamedErrors } from '/crm/assets/dom.js';
import { api, ApiError } from '/crm/assets/api.js';
import { translator, formatDateTime, formatMoney, formatNumber, formatPhone } from '/crm/assets/i18n.js';

const t = translator({
  en: { customers: 'Customers', search: 'Search (name, e-mail or phone)', results: '{count} customers', more: 'Show more ({count} left)', none: 'No customer found.',
    add: 'New customer', edit: 'Edit', save: 'Save', cancel: 'Cancel', kind: 'Kind', person: 'Person', organization: 'Organisation',
    firstName: 'First name', lastName: 'Last name', companyName: 'Company', email: 'E-mail', phone: 'Phone', tier: 'Tier',
    contactPoints: 'Contact points', timeline: 'Timeline', noTimeline: 'No interaction yet.', credit: 'Credit limit', terms: 'Payment terms',
    owner: 'Owner', status: 'Status', language: 'Language', duplicate: 'This customer may already exist:', open: 'Open', createAnyway: 'Create anyway',
    mergeInto: 'Create and merge into this one', stale: 'Someone changed this customer since you opened it. Reload to see their change, then make yours again.',
    reload: 'Reload', callFrom: 'Incoming call from {phone}', unknown: 'Unknown number {phone}.', createWith: 'Create a customer with this number',
    candidates: '{count} customers share this number: who is calling?', saved: 'Saved.', back: 'Back to the search', unavailable: 'Not available: {reason}' },
  fr: { customers: 'Clients', search: 'Rechercher (nom, e-mail ou téléphone)', results: '{count} clients', more: 'Afficher la suite ({count} restants)', none: 'Aucun client trouvé.',
    add: 'Nouveau client', edit: 'Modifier', save: 'Enregistrer', cancel: 'Annuler', kind: 'Type', person: 'Particulier', organization: 'Organisation',
    firstName: 'Prénom', lastName: 'Nom', companyName: 'Société', email: 'E-mail', phone: 'Téléphone', tier: 'Niveau',
    contactPoints: 'Coordonnées', timeline: 'Historique', noTimeline: 'Aucune interaction pour le moment.', credit: 'Plafond de crédit', terms: 'Conditions de paiement',
    owner: 'Responsable', status: 'Statut', language: 'Langue', duplicate: 'Ce client existe peut-être déjà :', open: 'Ouvrir', createAnyway: 'Créer quand même',
    mergeInto: 'Créer et fusionner avec celui-ci', stale: "Quelqu'un a modifié ce client depuis que vous l'avez ouvert. Rechargez pour voir sa modification, puis refaites la vôtre.",
    reload: 'Recharger', callFrom: 'Appel entrant du {phone}', unknown: 'Numéro inconnu : {phone}.', createWith: 'Créer un client avec ce numéro',
    candidates: '{count} clients ont ce numéro : qui appelle ?', saved: 'Enregistré.', back: 'Retour à la recherche', unavailable: 'Indisponible : {reason}' },
});

export async function render(element, context) {
  const [id, action] = context.route.rest;
  if (id === 'new') return editor(element, context, null);
  if (id && action === 'edit') return editor(element, context, await api(`contacts/customers/${encodeURIComponent(id)}`));
  if (id) return view(element, context, id);
  return search(element, context);
}

/** What the user typed, as the API's filter: an e-mail, a phone number (digits, +, spaces, dots) or a name. */
export function filterFor(text) {
  const value = text.trim();
  if (value.includes('@')) return { email: value };
  if (/^[+0-9][0-9 .()/-]{2,}$/.test(value)) return { phone: value };
  return { name: value };
}

async function search(element, context) {
  const call = context.route.params.get('call');
  const input = h('input', { type: 'search', id: 'customer-search', name: 'q', autocomplete: 'off', value: context.route.params.get('q') || call || '' });
  const count = h('p', { class: 'muted', role: 'status', 'data-role': 'result-count' });
  const list = h('ul', { class: 'results', 'data-role': 'results' });
  const banner = call ? h('div', { class: 'notice', 'data-role': 'call' }) : null;
  const more = h('button', { type: 'button', hidden: true, 'data-role': 'more' });
  fill(element, h('div', { class: 'row' }, h('h1', {}, t('customers')),
    h('button', { type: 'button', class: 'primary', onclick: () => context.navigate('#/contacts/customers/new') }, t('add'))),
  banner, h('div', { class: 'field' }, h('label', { for: 'customer-search' }, t('search')), input), count, list, more);
  let latest = 0;
  const run = async (offset = 0) => {
    const text = input.value.trim();
    latest += 1;
    const mine = latest;
    if (!text) { fill(list); fill(count); more.hidden = true; return; }
    const query = new URLSearchParams({ ...filterFor(text), limit: '20', offset: String(offset) });
    const found = await api(`contacts/customers?${query}`);
    if (mine !== latest) return; // an older answer arriving late
    const total = found.total ?? found.length;
    fill(count, total ? t('results', { count: formatNumber(total) }) : t('none'));
    const items = found.map((c) => h('li', {}, h('a', { href: `#/contacts/customers/${encodeURIComponent(c.id)}` }, c.displayName),
      ' ', h('span', { class: 'muted' }, primary(c, 'EMAIL') || formatPhone(primary(c, 'PHONE') || primary(c, 'MOBILE')) || '')));
    if (offset === 0) fill(list, items); else list.append(...items);
    const shown = offset + found.length;
    more.hidden = shown >= total;
    fill(more, t('more', { count: formatNumber(total - shown) }));
    more.onclick = () => run(shown);
    if (banner && offset === 0) callBanner(banner, call, found, context);
  };
  let timer;
  input.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(() => run(0), 200); });
  input.focus();
  await run();
}

function callBanner(banner, phone, found, context) {
  if (found.length === 0) {
    fill(banner, t('unknown', { phone }), ' ', h('button', { type: 'button', class: 'primary',
      onclick: () => context.navigate(`#/contacts/customers/new?phone=${encodeURIComponent(phone)}`) }, t('createWith')));
  } else {
    fill(banner, t('candidates', { count: found.length }));
  }
}

function primary(customer, type) {
  const points = customer.contactPoints.filter((p) => p.type === type);
  return (points.find((p) => p.primary) || points[0] || {}).value;
}

async function view(element, context, id) {
  const view = await api(`contacts/customers/${encodeURIComponent(id)}/view`);
  const c = view.customer;
  const call = context.route.params.get('call');
  const facts = [[t('status'), c.status], [t('tier'), c.tier], [t('owner'), c.owner],
    [t('credit'), c.creditLimit !== null && c.creditLimit !== undefined ? formatMoney(c.creditLimit, c.currency || 'EUR') : null],
    [t('terms'), c.paymentTerms], [t('language'), c.language]].filter(([, v]) => v);
  const panels = h('div', { class: 'panels' });
  fill(element,
    call ? h('div', { class: 'notice', 'data-role': 'call' }, t('callFrom', { phone: call })) : null,
    h('div', { class: 'row' }, h('h1', { 'data-role': 'customer-name' }, c.displayName),
      h('button', { type: 'button', onclick: () => context.navigate(`#/contacts/customers/${encodeURIComponent(c.id)}/edit`) }, t('edit'))),
    h('div', { class: 'grid2' },
      h('section', { class: 'panel' }, h('dl', { class: 'facts' }, facts.map(([k, v]) => [h('dt', {}, k), h('dd', {}, v)])),
        c.specialInstructions ? h('p', { class: 'notice' }, c.specialInstructions) : null),
      h('section', { class: 'panel' }, h('h2', {}, t('contactPoints')), h('ul', { 'data-role': 'contact-points' },
        c.contactPoints.map((p) => h('li', {}, h('span', { class: 'badge' }, p.type), ' ', link(p), p.label ? ` (${p.label})` : ''))))),
    h('section', { class: 'panel' }, h('h2', {}, t('timeline')), view.interactions.length === 0 ? h('p', {}, t('noTimeline'))
      : h('ol', { class: 'timeline', 'data-role': 'timeline' }, view.interactions.map((i) => h('li', {},
        h('span', { class: 'muted' }, formatDateTime(i.at)), ' ', h('span', { class: 'badge' }, i.channel), ' ', i.subject || '', i.summary ? ` — ${i.summary}` : '')))),
    // a module that draws its own panel shows its section there; the others' sections are shown as they come
    Object.entries(view.sections || {}).filter(([name]) => !context.desktop.customerPanels.some((p) => p.module === name))
      .map(([name, section]) => sectionOf(name, section)),
    panels,
    h('p', {}, h('a', { href: '#/contacts/customers' }, t('back'))));
  await context.customerPanels(panels, c.id);
}

function link(point) {
  if (point.type === 'EMAIL') return h('a', { href: `mailto:${point.value}` }, point.value);
  if (['PHONE', 'MOBILE', 'FAX'].includes(point.type)) return h('a', { href: `tel:${point.value}` }, formatPhone(point.value));
  return point.value;
}

/** A module's section of the 360° view (CustomerViewContributor) that brings no panel of its own: its data as a table. */
function sectionOf(name, section) {
  const body = !section.available ? h('p', { class: 'muted' }, t('unavailable', { reason: section.reason }))
    : Array.isArray(section.data) ? table(section.data) : h('pre', {}, JSON.stringify(section.data, null, 2));
  return h('section', { class: 'panel', 'data-section': name }, h('h2', {}, name), body);
}

function table(rows) {
  if (!rows.length) return h('p', { class: 'muted' }, '—');
  const columns = Object.keys(rows[0]).filter((k) => typeof rows[0][k] !== 'object' || rows[0][k] === null).slice(0, 6);
  return h('table', {}, h('thead', {}, h('tr', {}, columns.map((k) => h('th', {}, k)))),
    h('tbody', {}, rows.map((r) => h('tr', {}, columns.map((k) => h('td', {}, r[k] ?? ''))))));
}

async function editor(element, context, customer) {
  const phone = context.route.params.get('phone') || (customer && primary(customer, 'PHONE')) || (customer && primary(customer, 'MOBILE')) || '';
  const message = h('p', { class: 'form-message', role: 'alert', hidden: true });
  const form = h('form', { novalidate: true, 'data-role': 'customer-form' },
    h('h1', {}, customer ? customer.displayName : t('add')),
    choice(t('kind'), 'kind', [['PERSON', t('person')], ['ORGANIZATION', t('organization')]], customer?.kind || 'PERSON'),
    h('div', { class: 'grid2' },
      field(t('firstName'), 'firstName', { value: customer?.firstName || '', autocomplete: 'given-name' }),
      field(t('lastName'), 'lastName', { value: customer?.lastName || '', autocomplete: 'family-name' }),
      field(t('companyName'), 'companyName', { value: customer?.companyName || '', autocomplete: 'organization' }),
      field(t('email'), 'email', { type: 'email', value: (customer && primary(customer, 'EMAIL')) || '', autocomplete: 'email' }),
      field(t('phone'), 'phone', { type: 'tel', value: phone, autocomplete: 'tel' })),
    message,
    h('div', { class: 'row' }, h('button', { type: 'submit', class: 'primary' }, t('save')),
      h('button', { type: 'button', onclick: () => history.back() }, t('cancel'))));
  const extra = h('div', {});
  fill(element, form, extra);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    fill(extra);
    const { draft, pointFields } = draftOf(form, customer);
    try {
      const saved = await save(customer, draft);
      context.navigate(`#/contacts/customers/${encodeURIComponent(saved.id)}`);
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      refused(e, { form, message, extra, draft, pointFields, customer, context });
    }
  });
  form.elements.firstName.focus();
}

function draftOf(form, customer) {
  const value = (name) => form.elements[name].value.trim() || null;
  // the other contact points (addresses, second numbers...) stay as they are
  const kept = (customer?.contactPoints || []).filter((p) => !(p.type === 'EMAIL' && p.value === primary(customer, 'EMAIL'))
    && !(p.type === (primary(customer, 'PHONE') ? 'PHONE' : 'MOBILE') && p.value === (primary(customer, 'PHONE') || primary(customer, 'MOBILE'))));
  const points = [];
  const pointFields = {};
  if (value('email')) { pointFields[points.length] = 'email'; points.push({ type: 'EMAIL', value: value('email'), primary: true }); }
  if (value('phone')) { pointFields[points.length] = 'phone'; points.push({ type: 'PHONE', value: value('phone'), primary: true }); }
  const base = customer ? { ...customer } : {};
  ['id', 'version', 'displayName', 'mergedInto', 'createdAt', 'createdBy', 'updatedAt', 'updatedBy'].forEach((k) => delete base[k]);
  return { draft: { ...base, kind: value('kind'), firstName: value('firstName'), lastName: value('lastName'),
    companyName: value('companyName'), contactPoints: [...points, ...kept] }, pointFields };
}

async function save(customer, draft, allowDuplicate = false) {
  if (customer) {
    return api(`contacts/customers/${encodeURIComponent(customer.id)}`, { method: 'PUT', body: draft, headers: { 'If-Match': customer.etag } });
  }
  return api(`contacts/customers${allowDuplicate ? '?allowDuplicate=true' : ''}`, { method: 'POST', body: draft });
}

function refused(e, { form, message, extra, draft, pointFields, customer, context }) {
  const problem = e.problem;
  if (e.status === 422 || e.status === 400) {
    // contactPoints[1].value → the input that produced contact point 1
    const renamed = renamedErrors(problem, 'contactPoints', pointFields);
    showFieldErrors(form, renamed, message);
    if (!renamed.errors.length) { fill(message, problem.detail); message.hidden = false; }
  } else if (e.status === 409 && problem.candidates) {
    fill(extra, h('div', { class: 'box', 'data-role': 'duplicates' }, h('p', {}, t('duplicate')),
      h('ul', {}, problem.candidates.map((c) => h('li', {}, c.displayName || c.id, ' ',
        h('a', { href: `#/contacts/customers/${encodeURIComponent(c.id)}` }, t('open')), ' ',
        h('button', { type: 'button', onclick: async () => {
          const created = await save(null, draft, true);
          await api(`contacts/customers/${encodeURIComponent(c.id)}/merge`, { method: 'POST', body: { mergedId: created.id } });
          context.navigate(`#/contacts/customers/${encodeURIComponent(c.id)}`);
        } }, t('mergeInto'))))),
      h('button', { type: 'button', onclick: async () => {
        const created = await save(null, draft, true);
        context.navigate(`#/contacts/customers/${encodeURIComponent(created.id)}`);
      } }, t('createAnyway'))));
  } else if (e.status === 409 || e.status === 412) {
    fill(extra, h('div', { class: 'notice', role: 'alert', 'data-role': 'stale' }, t('stale'), ' ',
      h('button', { type: 'button', onclick: () => render(form.parentElement, context) }, t('reload'))));
  } else {
    fill(message, problem.detail || e.message);
    message.hidden = false;
  }
}
