// The console's shell: session, sign-in, navigation between pages (by URL hash).
import { call, setCsrf } from './api.js';
import { signIn } from './pages/signin.js';
import { dashboard } from './pages/dashboard.js';
import { tables, tablePage } from './pages/tables.js';
import { explorer } from './pages/explorer.js';
import { users } from './pages/users.js';
import { logs } from './pages/logs.js';

const main = document.getElementById('main');
const header = document.getElementById('top');
const notice = document.getElementById('notice');
let session = null;
let cleanup = null;

const routes = [
  [/^#\/dashboard$/, () => dashboard],
  [/^#\/tables$/, () => tables],
  [/^#\/table\/([^/]+)\/([^/]+)$/, (m) => (root, s) => tablePage(root, s, decodeURIComponent(m[1]), decodeURIComponent(m[2]))],
  [/^#\/explorer$/, () => explorer],
  [/^#\/users$/, () => users],
  [/^#\/logs$/, () => logs]
];

function say(message) {
  notice.hidden = !message;
  notice.textContent = message || '';
}

async function show() {
  if (cleanup) { cleanup(); cleanup = null; }
  if (!session) return showSignIn();
  const hash = location.hash || '#/dashboard';
  const route = routes.find(([pattern]) => pattern.test(hash));
  const page = route ? route[1](hash.match(route[0])) : dashboard;
  document.querySelectorAll('header nav a').forEach((a) => a.toggleAttribute('aria-current', hash.startsWith(a.getAttribute('href'))));
  document.querySelectorAll('header nav a[aria-current]').forEach((a) => a.setAttribute('aria-current', 'page'));
  main.replaceChildren();
  cleanup = (await page(main, session)) || null;
}

function showSignIn(message) {
  session = null;
  setCsrf(null);
  header.hidden = true;
  main.replaceChildren();
  signIn(main, message, (signedIn) => { start(signedIn); });
}

function start(signedIn) {
  session = signedIn;
  setCsrf(signedIn.csrfToken);
  header.hidden = false;
  document.getElementById('whoami').textContent = `Signed in as ${signedIn.user}`;
  say(signedIn.automatic ? 'Opened without a password: admin has no password and this browser is on the server\'s machine. Set a password for admin (Users) to require signing in.' : '');
  show();
}

document.getElementById('sign-out').addEventListener('click', async () => {
  try { await call('DELETE', '/console/api/session'); } finally { say(''); if (cleanup) { cleanup(); cleanup = null; } showSignIn('Signed out.'); }
});

window.addEventListener('hashchange', show);
window.addEventListener('quire-signed-out', (e) => { if (session) { if (cleanup) { cleanup(); cleanup = null; } showSignIn(e.detail); } });

call('GET', '/console/api/session').then(start, () => showSignIn());

