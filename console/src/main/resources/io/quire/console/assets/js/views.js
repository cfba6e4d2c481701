// Result views (tree, table, raw JSON) and the display of a ReQL error.
import { el } from './api.js';
import { spanOf } from './reql.js';

export function tree(value, key) {
  const label = key === undefined ? [] : [el('span', { class: 'key' }, key), ': '];
  if (value !== null && typeof value === 'object') {
    const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v]) : Object.entries(value);
    const kind = Array.isArray(value) ? `array (${entries.length})` : `object (${entries.length} fields)`;
    return el('details', { open: key === undefined || entries.length < 8 },
      el('summary', {}, ...label, el('span', { class: 'muted' }, kind)),
      entries.map(([k, v]) => tree(v, k)));
  }
  return el('div', { class: 'leaf' }, ...label, JSON.stringify(value));
}

export function treeOf(rows) {
  return el('div', { class: 'tree', 'data-view': 'tree' }, rows.map((row, i) => tree(row, `${i}`)));
}

export function tableOf(rows) {
  const columns = [];
  for (const row of rows) {
    if (row && typeof row === 'object' && !Array.isArray(row)) for (const k of Object.keys(row)) if (!columns.includes(k)) columns.push(k);
  }
  if (!columns.length) columns.push('value');
  const cell = (row, c) => {
    const v = row && typeof row === 'object' && !Array.isArray(row) ? row[c] : (c === 'value' ? row : undefined);
    return el('td', {}, v === undefined ? '' : (typeof v === 'object' ? JSON.stringify(v) : String(v)));
  };
  return el('div', { class: 'scroll', 'data-view': 'table' }, el('table', { class: 'grid' },
    el('thead', {}, el('tr', {}, columns.map((c) => el('th', { scope: 'col' }, c)))),
    el('tbody', {}, rows.map((row) => el('tr', {}, columns.map((c) => cell(row, c)))))));
}

export function rawOf(rows) {
  return el('pre', { 'data-view': 'raw' }, JSON.stringify(rows, null, 2));
}

/** Tabs over the three views; the chosen one is kept while rows are appended. */
export function resultViews(getRows, initial = 'tree') {
  const views = { tree: treeOf, table: tableOf, raw: rawOf };
  let current = initial;
  const body = el('div', { class: 'view' });
  const buttons = Object.keys(views).map((name) => el('button', {
    type: 'button', role: 'tab', 'data-tab': name, 'aria-selected': String(name === current),
    onclick: () => { current = name; render(); }
  }, { tree: 'Tree', table: 'Table', raw: 'Raw JSON' }[name]));
  function render() {
    buttons.forEach((b) => b.setAttribute('aria-selected', String(b.dataset.tab === current)));
    body.replaceChildren(views[current](getRows()));
  }
  render();
  return { node: el('div', {}, el('div', { class: 'tabs', role: 'tablist' }, buttons), body), render };
}

/** An error with RethinkDB's message, the failing part of the source underlined and marked with carets. */
export function errorOf(error, source, compiled) {
  const info = error.error || { message: error.message };
  const kind = info.errorType || info.type || 'Error';
  const parts = [el('p', {}, el('strong', {}, `Error (${kind}): `), info.message)];
  let span = null;
  if (error.start !== undefined) span = [error.start, error.end];
  else if (compiled && info.backtrace) span = spanOf(compiled, info.backtrace);
  if (span && source) parts.push(underlined(source, span));
  return el('div', { class: 'error', role: 'alert', 'data-error': kind }, parts);
}

function underlined(source, [start, end]) {
  const lineStart = source.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = source.indexOf('\n', start) === -1 ? source.length : source.indexOf('\n', start);
  const carets = ' '.repeat(start - lineStart) + '^'.repeat(Math.max(1, Math.min(end, lineEnd) - start));
  const lineBreak = Math.max(end, lineEnd);
  return el('pre', { class: 'source' },
    source.slice(0, start), el('u', { 'data-failing': 'true' }, source.slice(start, end)), source.slice(end, lineBreak),
    '\n', el('span', { class: 'carets' }, carets), source.slice(lineBreak));
}
