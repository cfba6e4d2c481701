import { call, run, rows, follow, el, bytes } from '../api.js';
import { reql } from '../reql.js';
import { errorOf, tableOf } from '../views.js';

function status(root) {
  const line = el('div', { role: 'status', class: 'status' });
  root.append(line);
  return {
    ok: (text) => line.replaceChildren(el('p', {}, text)),
    fail: (e, source) => line.replaceChildren(errorOf(e, source, e.compiled))
  };
}

async function act(report, source, done, message) {
  try { await run(source); report.ok(message); await done(); } catch (e) { report.fail(e, source); }
}

export async function tables(root) {
  const list = el('div', { id: 'table-list' });
  root.append(el('h1', {}, 'Tables'));
  const report = status(root);
  const dbName = el('input', { id: 'new-db', placeholder: 'database name', 'aria-label': 'New database name', required: true });
  const dbSelect = el('select', { id: 'table-db', 'aria-label': 'Database of the new table' });
  const tableName = el('input', { id: 'new-table', placeholder: 'table name', 'aria-label': 'New table name', required: true });
  const primaryKey = el('input', { id: 'primary-key', placeholder: 'id', 'aria-label': 'Primary key (default id)' });
  const render = async () => {
    const o = await call('GET', '/console/api/overview');
    dbSelect.replaceChildren(...o.databases.map((d) => el('option', { value: d }, d)));
    list.replaceChildren(...o.databases.map((db) => {
      const own = o.tables.filter((t) => t.db === db);
      return el('section', { 'data-db': db }, el('h2', {}, `Database ${db} `,
        el('button', { type: 'button', class: 'danger', onclick: () => confirm(`Drop database ${db} and all its tables?`) && act(report, reql`r.dbDrop(${db})`, render, `Dropped database ${db}.`) }, `Drop ${db}`)),
        own.length ? el('div', { class: 'scroll' }, el('table', { class: 'grid' },
          el('thead', {}, el('tr', {}, ['Table', 'Primary key', 'Documents', 'Size', ''].map((h) => el('th', { scope: 'col' }, h)))),
          el('tbody', {}, own.map((t) => el('tr', { 'data-table': `${db}.${t.name}` },
            el('td', {}, el('a', { href: `#/table/${encodeURIComponent(db)}/${encodeURIComponent(t.name)}` }, t.name)),
            el('td', {}, t.primaryKey), el('td', { class: 'documents' }, t.documents), el('td', {}, bytes(t.bytes)),
            el('td', {}, el('button', { type: 'button', class: 'danger', onclick: () => confirm(`Drop table ${db}.${t.name}?`) && act(report, reql`r.db(${db}).tableDrop(${t.name})`, render, `Dropped table ${db}.${t.name}.`) }, 'Drop'))))))) : el('p', { class: 'muted' }, 'No tables you may read.'));
    }));
  };
  root.append(
    el('form', { class: 'inline', id: 'create-db', onsubmit: (e) => { e.preventDefault(); act(report, reql`r.dbCreate(${dbName.value})`, render, `Created database ${dbName.value}.`); } },
      el('strong', {}, 'New database'), dbName, el('button', { type: 'submit' }, 'Create database')),
    el('form', { class: 'inline', id: 'create-table', onsubmit: (e) => {
      e.preventDefault();
      const source = primaryKey.value ? reql`r.db(${dbSelect.value}).tableCreate(${tableName.value}, {primaryKey: ${primaryKey.value}})` : reql`r.db(${dbSelect.value}).tableCreate(${tableName.value})`;
      act(report, source, render, `Created table ${dbSelect.value}.${tableName.value}.`);
    } }, el('strong', {}, 'New table in'), dbSelect, tableName, primaryKey, el('button', { type: 'submit' }, 'Create table')),
    list);
  await render();
}

export async function tablePage(root, session, db, name) {
  const table = reql`r.db(${db}).table(${name})`;
  root.append(el('p', {}, el('a', { href: '#/tables' }, '← Tables')), el('h1', {}, `Table ${db}.${name}`));
  const report = status(root);
  const indexes = el('div', { id: 'indexes' });
  const sample = el('div', { id: 'sample' });
  const changes = el('ol', { id: 'changes', reversed: true });
  const indexName = el('input', { id: 'index-name', placeholder: 'index name', 'aria-label': 'Index name', required: true });
  const indexExpr = el('input', { id: 'index-expr', placeholder: "optional: r.row('field') or function(d){ return … }", 'aria-label': 'Index function (optional)', size: 40 });
  const multi = el('input', { type: 'checkbox', id: 'index-multi' });
  let poll = null;
  const showIndexes = async () => {
    const list = await rows(`${table}.indexStatus()`);
    indexes.replaceChildren(list.length ? el('table', { class: 'grid' },
      el('thead', {}, el('tr', {}, ['Index', 'State', 'Multi', 'Geo', ''].map((h) => el('th', { scope: 'col' }, h)))),
      el('tbody', {}, list.map((i) => el('tr', { 'data-index': i.index },
        el('td', {}, i.index), el('td', { class: 'state' }, i.ready ? 'ready' : `building ${Math.round((i.progress || 0) * 100)}%`),
        el('td', {}, i.multi ? 'yes' : 'no'), el('td', {}, i.geo ? 'yes' : 'no'),
        el('td', {}, el('button', { type: 'button', onclick: () => { const to = prompt(`Rename index ${i.index} to`); if (to) act(report, `${table}.indexRename(${JSON.stringify(i.index)}, ${JSON.stringify(to)})`, showIndexes, `Renamed ${i.index} to ${to}.`); } }, 'Rename'), ' ',
          el('button', { type: 'button', class: 'danger', onclick: () => act(report, `${table}.indexDrop(${JSON.stringify(i.index)})`, showIndexes, `Dropped index ${i.index}.`) }, 'Drop')))))) : el('p', { class: 'muted' }, 'No secondary indexes.'));
    clearTimeout(poll);
    if (list.some((i) => !i.ready)) poll = setTimeout(() => showIndexes().catch(() => {}), 1000);
  };
  const showSample = async () => {
    const docs = await rows(`${table}.limit(20)`);
    sample.replaceChildren(docs.length ? tableOf(docs) : el('p', { class: 'muted' }, 'No documents.'));
  };
  root.append(el('h2', {}, 'Indexes'), indexes,
    el('form', { class: 'inline', id: 'create-index', onsubmit: (e) => {
      e.preventDefault();
      const args = [JSON.stringify(indexName.value)];
      if (indexExpr.value.trim()) args.push(indexExpr.value.trim());
      if (multi.checked) args.push('{multi: true}');
      act(report, `${table}.indexCreate(${args.join(', ')})`, showIndexes, `Creating index ${indexName.value}.`);
    } }, el('strong', {}, 'New index'), indexName, indexExpr, el('label', {}, multi, 'multi'), el('button', { type: 'submit' }, 'Create index')),
    el('h2', {}, 'Sample of documents'), el('button', { type: 'button', onclick: () => showSample() }, 'Refresh sample'), sample,
    el('h2', {}, 'Live changes'), el('p', { class: 'muted', id: 'changes-state' }, 'Following changes…'), changes);
  try { await showIndexes(); await showSample(); } catch (e) { report.fail(e); }
  let stopFeed = null;
  try {
    const feed = await run(`${table}.changes()`);
    stopFeed = follow(feed.id, (batch) => {
      batch.forEach((c) => changes.prepend(el('li', {}, el('code', {}, JSON.stringify(c)))));
      while (changes.children.length > 50) changes.lastChild.remove();
    }, () => { document.getElementById('changes-state').textContent = 'The changefeed ended.'; });
  } catch (e) { document.getElementById('changes-state').textContent = `Changes not shown: ${e.message}`; }
  return () => { clearTimeout(poll); if (stopFeed) stopFeed(); };
}
