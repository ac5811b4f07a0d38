// The login form, shared by the desktop and the portal.
import { h, fill, field } from './dom.js';
import { ApiError, login } from './api.js';
import { translator } from './i18n.js';

const t = translator({
  en: { title: 'Log in to Mosaic CRM', user: 'User name', password: 'Password', submit: 'Log in',
    wrong: 'Wrong user name or password.', ended: 'Your session has ended: please log in again.' },
  fr: { title: 'Connexion à Mosaic CRM', user: "Nom d'utilisateur", password: 'Mot de passe', submit: 'Se connecter',
    wrong: "Nom d'utilisateur ou mot de passe incorrect.", ended: 'Votre session a expiré : reconnectez-vous.' },
});

/** Shows the form in `container`; resolves with the session once the user is in. */
export function showLogin(container, { ended = false } = {}) {
  return new Promise((resolve) => {
    const message = h('p', { class: 'form-message', role: 'alert', hidden: !ended }, ended ? t('ended') : '');
    const submit = h('button', { type: 'submit', class: 'primary' }, t('submit'));
    const form = h('form', { class: 'login', novalidate: true },
      h('h1', {}, t('title')),
      field(t('user'), 'user', { autocomplete: 'username', required: true }),
      field(t('password'), 'password', { type: 'password', autocomplete: 'current-password', required: true }),
      message, submit);
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      submit.disabled = true;
      try {
        resolve(await login(form.elements.user.value.trim(), form.elements.password.value));
      } catch (e) {
        message.hidden = false;
        fill(message, e instanceof ApiError && e.status === 401 ? t('wrong') : (e.problem?.detail || e.message));
        form.elements.password.value = '';
        form.elements.password.focus();
      } finally {
        submit.disabled = false;
      }
    });
    fill(container, h('main', { id: 'main', class: 'login-page' }, form));
    form.elements.user.focus();
  });
}
