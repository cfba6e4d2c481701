import { run, rows, el } from '../api.js';
import { reql } from '../reql.js';
import { errorOf, tableOf } from '../views.js';

export async function users(root) {
  root.append(el('h1', {}, 'Users and permissions'));
  const report = el('div', { role: 'status' });
  const userList = el('div', { id: 'user-list' });
  const grantList = el('div', { id: 'grant-list' });
  const act = async (source, message) => {
    try { await run(source); report.replaceChildren(el('p', {}, message)); await render(); }
    catch (e) { report.replaceChildren(errorOf(e, source, e.compiled)); }
  };
  const render = async () => {
    const list = await rows("r.db('rethinkdb').table('users')");
    userList.replaceChildren(el('table', { class: 'grid' },
      el('thead', {}, el('tr', {}, ['User', 'Password set', ''].map((h) => el('th', { scope: 'col' }, h)))),
      el('tbody', {}, list.map((u) => el('tr', {}, el('td', {}, u.id), el('td', {}, u.password ? 'yes' : 'no'),
        el('td', {}, el('button', { type: 'button', onclick: () => { const p = prompt(`New password for ${u.id}`); if (p !== null) act(reql`r.db('rethinkdb').table('users').get(${u.id}).update({password: ${p}})`, `Password of ${u.id} changed.`); } }, 'Set password'), ' ',
          u.id === 'admin' ? '' : el('button', { type: 'button', class: 'danger', onclick: () => confirm(`Delete user ${u.id}?`) && act(reql`r.db('rethinkdb').table('users').get(${u.id}).delete()`, `Deleted ${u.id}.`) }, 'Delete')))))));
    grantList.replaceChildren(tableOf(await rows("r.db('rethinkdb').table('permissions')")));
  };
  const name = el('input', { id: 'new-user', 'aria-label': 'User name', placeholder: 'user', required: true });
  const password = el('input', { id: 'new-password', type: 'password', 'aria-label': 'Password', placeholder: 'password' });
  const grantUser = el('input', { id: 'grant-user', 'aria-label': 'User to grant to', placeholder: 'user', required: true });
  const scope = el('input', { id: 'grant-scope', 'aria-label': 'Scope: empty for global, db or db.table', placeholder: 'db or db.table (empty: global)' });
  const boxes = ['read', 'write', 'config', 'connect'].map((p) => [p, el('select', { id: `grant-${p}`, 'aria-label': `${p} permission` },
    el('option', { value: 'keep' }, `${p}: unchanged`), el('option', { value: 'true' }, `${p}: allow`), el('option', { value: 'false' }, `${p}: deny`), el('option', { value: 'null' }, `${p}: inherit`))]);
  root.append(report,
    el('h2', {}, 'Users'), userList,
    el('form', { class: 'inline', id: 'create-user', onsubmit: (e) => { e.preventDefault(); act(reql`r.db('rethinkdb').table('users').insert({id: ${name.value}, password: ${password.value || false}})`, `Created user ${name.value}.`); } },
      el('strong', {}, 'New user'), name, password, el('button', { type: 'submit' }, 'Create user')),
    el('h2', {}, 'Permissions'), grantList,
    el('form', { class: 'inline', id: 'grant', onsubmit: (e) => {
      e.preventDefault();
      const perms = {};
      boxes.forEach(([p, box]) => { if (box.value !== 'keep') perms[p] = JSON.parse(box.value); });
      const [db, table] = scope.value.split('.');
      const target = !scope.value ? 'r' : table ? reql`r.db(${db}).table(${table})` : reql`r.db(${db})`;
      act(`${target}.grant(${JSON.stringify(grantUser.value)}, ${JSON.stringify(perms)})`, `Granted to ${grantUser.value}.`);
    } }, el('strong', {}, 'Grant'), grantUser, scope, boxes.map(([, box]) => box), el('button', { type: 'submit' }, 'Grant')));
  try { await render(); } catch (e) { report.replaceChildren(errorOf(e), el('p', {}, 'Managing users needs the config permission on the cluster.')); }
}
