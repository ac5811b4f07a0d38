// The staff desktop: login, the menu of the screens the running modules contribute (read again at every
// navigation), the router that loads a screen's ES module, the language switch and the screen pop.
import { h, fill } from './dom.js';
import { api, ApiError, currentSession, logout } from './api.js';
import { language, chooseLanguage, translator } from './i18n.js';
import { showLogin } from './login.js';

const t = translator({
  en: { home: 'Home', logout: 'Log out', menu: 'Main menu', welcome: 'Welcome, {user}', gone: 'This screen is not available: its module is not running, not licensed, or not for your role.',
    failed: 'This screen could not be shown: {reason}', call: 'Incoming call from {phone}', dismiss: 'Dismiss', nothing: 'No module contributes a screen for your role yet.',
    language: 'Language', retry: 'The CRM is busy applying a change; retrying…' },
  fr: { home: 'Accueil', logout: 'Se déconnecter', menu: 'Menu principal', welcome: 'Bonjour, {user}', gone: "Cet écran n'est pas disponible : son module n'est pas démarré, pas sous licence, ou pas pour votre rôle.",
    failed: "Impossible d'afficher cet écran : {reason}", call: 'Appel entrant du {phone}', dismiss: 'Fermer', nothing: 'Aucun module ne propose encore d’écran pour votre rôle.',
    language: 'Langue', retry: 'Le CRM applique une modification ; nouvel essai…' },
});

const app = document.getElementById('app');
let session = null;
let desktop = null;
let calls = null;
const frame = {};

async function start(ended = false) {
  chooseLanguage(language());
  session = await currentSession();
  if (!session) {
    session = await showLogin(app, { ended });
  }
  if (session.customer) {
    location.replace('/crm/portal/');
    return;
  }
  buildFrame();
  await navigate();
  openCallStream();
}

function buildFrame() {
  frame.nav = h('ul', { class: 'menu' });
  frame.main = h('main', { id: 'main', tabindex: '-1' });
  frame.pop = h('div', { class: 'call-pop', role: 'alert', hidden: true });
  const languages = h('select', { 'aria-label': t('language'), onchange: (e) => { chooseLanguage(e.target.value); rebuild(); } },
    h('option', { value: 'fr', selected: language() === 'fr' }, 'Français'),
    h('option', { value: 'en', selected: language() === 'en' }, 'English'));
  fill(app,
    h('header', { class: 'top' },
      h('a', { class: 'brand', href: '#/' }, 'Mosaic CRM'),
      h('nav', { 'aria-label': t('menu') }, frame.nav),
      h('div', { class: 'user' }, h('span', { class: 'user-name' }, session.user), languages,
        h('button', { type: 'button', class: 'link', onclick: signOut }, t('logout')))),
    frame.pop, frame.main);
}

function rebuild() {
  buildFrame();
  navigate();
}

async function signOut() {
  try { await logout(); } finally {
    if (calls) calls.close();
    location.hash = '';
    location.reload();
  }
}

/** #/<module>/<screen>/<more...>?<params> */
function route() {
  const [path, query] = location.hash.replace(/^#\/?/, '').split('?');
  const segments = path.split('/').filter(Boolean).map(decodeURIComponent);
  return { module: segments[0], screen: segments[1], rest: segments.slice(2), params: new URLSearchParams(query || '') };
}

async function readDesktop() {
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await api(`web/desktop?lang=${language()}`);
    } catch (e) {
      // a module being installed or removed makes the API answer 503 + Retry-After for a moment
      if (!(e instanceof ApiError) || e.status !== 503 || attempt >= 10) throw e;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
}

// Performance marks (readable in the browser's performance timeline, used by WebBench): "crm:navigation"
// when a navigation starts, "crm:screen-shown" when its screen is drawn, "crm:desktop-ready" once after login.
async function navigate() {
  performance.mark('crm:navigation');
  await draw();
  performance.mark('crm:screen-shown');
  if (!performance.getEntriesByName('crm:desktop-ready').length) performance.mark('crm:desktop-ready');
}

async function draw() {
  const here = route();
  try {
    desktop = await readDesktop();
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) return;
    fill(frame.main, h('p', { class: 'error' }, t('failed', { reason: e.message })));
    return;
  }
  fill(frame.nav, h('li', {}, h('a', { href: '#/', 'aria-current': here.module ? undefined : 'page' }, t('home'))),
    desktop.screens.map((screen) => h('li', {}, h('a', {
      href: `#/${screen.module}/${screen.id}`, 'data-screen': `${screen.module}/${screen.id}`,
      'aria-current': here.module === screen.module && here.screen === screen.id ? 'page' : undefined,
    }, screen.title))));
  if (!here.module) {
    await home();
    return;
  }
  const screen = desktop.screens.find((s) => s.module === here.module && s.id === here.screen);
  if (!screen) {
    fill(frame.main, h('p', { class: 'notice', 'data-state': 'unavailable' }, t('gone')));
    return;
  }
  await show(screen, here);
}

async function show(screen, here) {
  try {
    const module = await import(screen.script);
    await module.render(frame.main, context(here));
  } catch (e) {
    console.warn(`screen ${screen.module}/${screen.id}:`, e);
    fill(frame.main, h('p', { class: 'error' }, t('failed', { reason: e.problem?.detail || e.message })));
  }
}

/** What a screen's render(element, context) receives (docs/web.md). */
function context(here) {
  return {
    session, language: language(), route: here, desktop,
    navigate: (hash) => { location.hash = hash; },
    /** Renders every module's panel for a customer's 360° view into `element`. */
    customerPanels: (element, customerId) => panels(element, desktop.customerPanels, { customerId }),
  };
}

async function panels(element, entries, data) {
  for (const entry of entries) {
    const section = h('section', { class: 'panel', 'data-panel': `${entry.module}/${entry.id}` }, h('h2', {}, entry.title));
    const body = h('div', {});
    section.append(body);
    element.append(section);
    try {
      const module = await import(entry.script);
      await module.render(body, { ...context(route()), ...data });
    } catch (e) {
      console.warn(`panel ${entry.module}/${entry.id}:`, e);
      fill(body, h('p', { class: 'error' }, t('failed', { reason: e.problem?.detail || e.message })));
    }
  }
}

async function home() {
  fill(frame.main, h('h1', {}, t('welcome', { user: session.user })));
  if (!desktop.screens.length) frame.main.append(h('p', {}, t('nothing')));
  const cards = h('div', { class: 'cards' });
  frame.main.append(cards);
  await panels(cards, desktop.dashboardCards, {});
}

/** The screen pop: calls ringing this user arrive as server-sent events; the caller's screen opens. */
function openCallStream() {
  if (!['crm-agent', 'crm-sales', 'crm-manager', 'crm-admin'].some((role) => session.roles.includes(role))) return;
  calls = new EventSource('/crm/api/web/calls');
  calls.addEventListener('ready', () => { document.body.dataset.callStream = 'open'; });
  calls.addEventListener('call', (event) => {
    const call = JSON.parse(event.data);
    fill(frame.pop, h('span', {}, t('call', { phone: call.phone })),
      h('button', { type: 'button', class: 'link', onclick: () => { frame.pop.hidden = true; } }, t('dismiss')));
    frame.pop.hidden = false;
    const query = `?call=${encodeURIComponent(call.phone)}`;
    location.hash = call.customerId ? `#/contacts/customers/${encodeURIComponent(call.customerId)}${query}` : `#/contacts/customers${query}`;
  });
  calls.addEventListener('error', () => { document.body.dataset.callStream = 'reconnecting'; });
}

window.addEventListener('hashchange', () => { if (session) navigate(); });
window.addEventListener('crm:logged-out', () => {
  if (calls) calls.close();
  session = null;
  start(true);
});
start();
