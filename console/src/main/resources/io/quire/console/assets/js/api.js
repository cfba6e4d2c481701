// The console API client: JSON calls with the session's CSRF token, event streams, and
// ReQL queries compiled from RethinkDB's JavaScript syntax.
import { compile } from './reql.js';

let csrfToken = null;
let termTable = null;

export class ApiError extends Error {
  constructor(status, error) { super(error.message); this.status = status; this.error = error; }
}

export function setCsrf(token) { csrfToken = token; }

export async function call(method, path, body) {
  const headers = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['X-Quire-Csrf'] = csrfToken;
  const response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), credentials: 'same-origin' });
  const text = await response.text();
  const json = text ? JSON.parse(text) : null;
  if (!response.ok) {
    const error = (json && json.error) || { message: `HTTP ${response.status}` };
    if (response.status === 401 && path !== '/console/api/session') window.dispatchEvent(new CustomEvent('quire-signed-out', { detail: error.message }));
    throw new ApiError(response.status, error);
  }
  return json;
}

export async function terms() {
  if (!termTable) termTable = await call('GET', '/console/api/terms');
  return termTable;
}

/** Compiles and runs a query; the compiled form is kept on the result for errors. */
export async function run(source, optargs = {}) {
  const compiled = compile(source, await terms());
  try {
    const result = await call('POST', '/console/api/queries', { term: compiled.term, optargs });
    result.compiled = compiled;
    return result;
  } catch (e) { e.compiled = compiled; throw e; }
}

/** All rows of a query: an atom's array, or every batch of a sequence. */
export async function rows(source) {
  const result = await run(source);
  if (result.type === 'SUCCESS_ATOM') return Array.isArray(result.value) ? result.value : [result.value];
  let all = result.results;
  let current = result;
  while (!current.done) {
    current = await call('POST', `/console/api/queries/${current.id}/continue`);
    all = all.concat(current.results);
  }
  return all;
}

export function next(id) { return call('POST', `/console/api/queries/${id}/continue`); }

export function stop(id) { return call('POST', `/console/api/queries/${id}/stop`); }

/** Follows a changefeed; returns a function that stops it. */
export function follow(id, onRows, onEnd) {
  const source = new EventSource(`/console/api/queries/${id}/events`);
  source.addEventListener('batch', (e) => onRows(JSON.parse(e.data)));
  source.addEventListener('done', () => { source.close(); onEnd(null); });
  source.addEventListener('error', (e) => { source.close(); onEnd(e.data ? JSON.parse(e.data).message : null); });
  return async () => { source.close(); try { await stop(id); } catch (e) { /* already over */ } };
}

export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) {
    if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else if (value === true) node.setAttribute(key, '');
    else if (value !== false && value != null) node.setAttribute(key, value);
  }
  for (const child of children.flat()) if (child != null) node.append(child instanceof Node ? child : String(child));
  return node;
}

export function bytes(n) {
  if (n == null || n < 0) return 'unknown';
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let i = 0;
  while (n >= 1024 && i < units.length - 1) { n /= 1024; i++; }
  return `${n.toFixed(i ? 1 : 0)} ${units[i]}`;
}
