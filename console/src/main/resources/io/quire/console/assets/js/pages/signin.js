import { call, el } from '../api.js';

export function signIn(root, message, onSignedIn) {
  const status = el('p', { role: 'alert', id: 'sign-in-message' }, message || '');
  const user = el('input', { id: 'user', name: 'user', autocomplete: 'username', required: true, value: 'admin' });
  const password = el('input', { id: 'password', name: 'password', type: 'password', autocomplete: 'current-password' });
  const form = el('form', { id: 'sign-in', onsubmit: async (e) => {
    e.preventDefault();
    try { onSignedIn(await call('POST', '/console/api/session', { user: user.value, password: password.value })); }
    catch (error) { status.textContent = `Not signed in: ${error.message}`; password.focus(); }
  } },
  el('h1', {}, 'Sign in to Quire'),
  el('p', {}, el('label', { for: 'user' }, 'User'), user),
  el('p', {}, el('label', { for: 'password' }, 'Password'), password),
  el('button', { type: 'submit' }, 'Sign in'), status);
  root.append(form);
  user.focus();
}
