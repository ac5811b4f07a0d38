// The customer portal: a crm-customer user logs in and sees the sections the running modules add to the
// portal, each about this customer only (the API scopes every read and write to the caller's customer).
import { h, fill } from './dom.js';
import { api, currentSession, logout } from './api.js';
import { language, chooseLanguage, translator } from './i18n.js';
import { showLogin } from './login.js';

const t = translator({
  en: { title: 'My account', logout: 'Log out', staff: 'This portal is for customers; staff use the desktop.', open: 'Open the desktop',
    failed: 'This section could not be shown: {reason}' },
  fr: { title: 'Mon compte', logout: 'Se déconnecter', staff: 'Ce portail est réservé aux clients ; le personnel utilise le bureau.', open: 'Ouvrir le bureau',
    failed: "Impossible d'afficher cette section : {reason}" },
});

const app = document.getElementById('app');

async function start(ended = false) {
  chooseLanguage(language());
  let session = await currentSession();
  if (!session) session = await showLogin(app, { ended });
  if (!session.customer) {
    fill(app, h('main', { id: 'main' }, h('p', {}, t('staff')), h('a', { href: '/crm/' }, t('open'))));
    return;
  }
  const desktop = await api(`web/desktop?lang=${language()}`);
  const main = h('main', { id: 'main' }, h('h1', {}, t('title')));
  fill(app, h('header', { class: 'top' }, h('span', { class: 'brand' }, 'Mosaic CRM'),
    h('div', { class: 'user' }, h('span', { class: 'user-name' }, session.user),
      h('button', { type: 'button', class: 'link', onclick: async () => { await logout(); location.reload(); } }, t('logout')))), main);
  for (const entry of desktop.portalPanels) {
    const body = h('div', {});
    main.append(h('section', { class: 'panel', 'data-panel': `${entry.module}/${entry.id}` }, h('h2', {}, entry.title), body));
    try {
      const module = await import(entry.script);
      await module.render(body, { session, language: language() });
    } catch (e) {
      console.warn(`portal section ${entry.module}/${entry.id}:`, e);
      fill(body, h('p', { class: 'error' }, t('failed', { reason: e.problem?.detail || e.message })));
    }
  }
}

window.addEventListener('crm:logged-out', () => start(true));
start();
