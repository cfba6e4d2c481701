import { rows, el } from '../api.js';
import { errorOf } from '../views.js';

export async function logs(root) {
  const filter = el('input', { id: 'log-filter', type: 'search', 'aria-label': 'Filter log messages', placeholder: 'filter text' });
  const level = el('select', { id: 'log-level', 'aria-label': 'Level' }, ['all', 'debug', 'info', 'notice', 'warn', 'error'].map((l) => el('option', { value: l }, l)));
  const body = el('div', { id: 'log-list' });
  let entries = [];
  const render = () => {
    const text = filter.value.toLowerCase();
    const shown = entries.filter((e) => (level.value === 'all' || e.level === level.value) && (!text || JSON.stringify(e).toLowerCase().includes(text)));
    body.replaceChildren(el('p', {}, `${shown.length} of ${entries.length} entries`), el('div', { class: 'scroll' }, el('table', { class: 'grid' },
      el('thead', {}, el('tr', {}, ['Time', 'Level', 'Message'].map((h) => el('th', { scope: 'col' }, h)))),
      el('tbody', {}, shown.map((e) => el('tr', {}, el('td', {}, timeOf(e.timestamp)), el('td', {}, e.level), el('td', {}, e.message)))))));
  };
  const load = async () => {
    try { entries = await rows("r.db('rethinkdb').table('logs').orderBy(r.desc('timestamp')).limit(500)"); render(); }
    catch (e) { body.replaceChildren(errorOf(e)); }
  };
  filter.addEventListener('input', render);
  level.addEventListener('change', render);
  root.append(el('h1', {}, 'Logs'), el('form', { class: 'inline', onsubmit: (e) => e.preventDefault() }, filter, level, el('button', { type: 'button', onclick: load }, 'Reload')), body);
  await load();
}

function timeOf(t) {
  if (t && t.$reql_type$ === 'TIME') return new Date(t.epoch_time * 1000).toISOString();
  return String(t);
}
