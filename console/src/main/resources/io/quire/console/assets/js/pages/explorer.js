import { run, next, follow, stop, el } from '../api.js';
import { resultViews, errorOf } from '../views.js';

const HISTORY_KEY = 'quire.explorer.history';

function history() {
  try { return JSON.parse(localStorage.getItem(HISTORY_KEY)) || []; } catch (e) { return []; }
}

function remember(source) {
  const list = [source, ...history().filter((q) => q !== source)].slice(0, 50);
  localStorage.setItem(HISTORY_KEY, JSON.stringify(list));
}

export async function explorer(root) {
  const editor = el('textarea', { id: 'query', 'aria-label': 'ReQL query', spellcheck: 'false',
    placeholder: "r.table('books').filter(r.row('year').gt(1970)).orderBy('title')" });
  const profile = el('input', { type: 'checkbox', id: 'profile' });
  const output = el('div', { id: 'result', 'aria-live': 'polite' });
  const historyList = el('ol', { class: 'history', id: 'history' });
  let rows = [];
  let current = null;
  let stopFeed = null;
  const end = () => { if (stopFeed) { stopFeed(); stopFeed = null; } };

  const showHistory = () => historyList.replaceChildren(...history().map((q) =>
    el('li', {}, el('button', { type: 'button', onclick: () => { editor.value = q; editor.focus(); } }, q))));

  const execute = async () => {
    end();
    const source = editor.value.trim();
    if (!source) return;
    remember(source); showHistory();
    output.replaceChildren(el('p', {}, 'Running…'));
    const began = performance.now();
    try {
      current = await run(source, profile.checked ? { profile: true } : {});
    } catch (e) { output.replaceChildren(errorOf(e, source, e.compiled)); return; }
    rows = current.type === 'SUCCESS_ATOM' ? (Array.isArray(current.value) ? current.value : [current.value]) : current.results;
    render(performance.now() - began);
  };

  const render = (elapsed) => {
    const views = resultViews(() => rows);
    const meta = el('p', { id: 'result-meta' }, `${rows.length} row${rows.length === 1 ? '' : 's'}; server ${current.durationMs.toFixed(1)} ms, round trip ${elapsed.toFixed(0)} ms`);
    const controls = el('p', {});
    if (current.feed) {
      const state = el('span', { id: 'feed-state' }, ' Changefeed open: changes appear as they happen. ');
      controls.append(state, el('button', { type: 'button', id: 'stop-feed', onclick: () => { end(); state.textContent = ' Changefeed stopped. '; } }, 'Stop changefeed'));
      stopFeed = follow(current.id, (batch) => { rows = rows.concat(batch); meta.textContent = `${rows.length} changes so far`; views.render(); },
        (message) => { state.textContent = message ? ` Changefeed failed: ${message} ` : ' Changefeed ended. '; stopFeed = null; });
    } else if (!current.done && current.id) {
      const id = current.id;
      controls.append(el('button', { type: 'button', id: 'more', onclick: async (e) => {
        const batch = await next(id);
        rows = rows.concat(batch.results); views.render();
        meta.textContent = `${rows.length} rows${batch.done ? '' : ' so far'}`;
        if (batch.done) e.target.remove();
      } }, 'More results'), ' ', el('button', { type: 'button', onclick: async (e) => { await stop(id); e.target.parentNode.replaceChildren('Cursor closed.'); } }, 'Close cursor'));
    }
    const parts = [meta, controls, views.node];
    if (current.profile) parts.push(el('details', { id: 'profile-output' }, el('summary', {}, 'Profile'), el('pre', {}, JSON.stringify(current.profile, null, 2))));
    output.replaceChildren(...parts);
  };

  editor.addEventListener('keydown', (e) => { if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) { e.preventDefault(); execute(); } });
  root.append(el('h1', {}, 'Data explorer'),
    el('p', { class: 'muted' }, 'ReQL in RethinkDB\'s JavaScript syntax; Ctrl+Enter runs. Functions (function(x){ return … } or x => …), r.row and option objects work as in the JavaScript driver.'),
    editor,
    el('p', {}, el('button', { type: 'button', id: 'run', onclick: execute }, 'Run'), ' ', el('label', {}, profile, 'Profile')),
    output, el('h2', {}, 'History'), historyList);
  showHistory();
  editor.focus();
  return end;
}
