import { call, el, bytes } from '../api.js';
import uPlot from '/console/vendor/uplot/uPlot.esm.js';

function card(label, id) {
  return el('div', { class: 'card' }, el('dl', {}, el('dt', {}, label), el('dd', { id }, '…')));
}

function uptime(seconds) {
  const d = Math.floor(seconds / 86400), h = Math.floor(seconds / 3600) % 24, m = Math.floor(seconds / 60) % 60;
  return `${d ? d + 'd ' : ''}${h}h ${m}m ${seconds % 60}s`;
}

export async function dashboard(root) {
  const chartBox = el('div', { class: 'chart', id: 'chart', role: 'img', 'aria-label': 'Documents read and written per second, last five minutes' });
  const latest = el('p', { id: 'rates', 'aria-live': 'polite' }, 'Waiting for the first sample…');
  const issues = el('div', { id: 'issues' }, 'Loading…');
  root.append(el('h1', {}, 'Dashboard'),
    el('div', { class: 'cards' }, card('Server', 'server-name'), card('Version', 'version'), card('Role', 'role'),
      card('Uptime', 'uptime'), card('Databases', 'count-dbs'), card('Tables', 'count-tables'),
      card('Documents', 'count-docs'), card('Disk used', 'disk'), card('Driver connections', 'connections')),
    el('p', {}, 'Data directory: ', el('code', { id: 'data-dir' }, '…')),
    el('h2', {}, 'Reads and writes per second'), latest, chartBox,
    el('h2', {}, 'Current issues'), issues);
  const refresh = async () => {
    const o = await call('GET', '/console/api/overview');
    const set = (id, v) => { document.getElementById(id).textContent = v; };
    set('server-name', o.serverName); set('version', o.version); set('role', o.role); set('uptime', uptime(o.uptimeSeconds));
    set('count-dbs', o.databaseCount); set('count-tables', o.tableCount); set('count-docs', o.documentCount);
    set('disk', o.diskUsedBytes === undefined ? 'in memory' : `${bytes(o.diskUsedBytes)} (${bytes(o.diskFreeBytes)} free)`);
    set('connections', o.connections); set('data-dir', o.dataDirectory);
  };
  // the stats stream sends the issues at once and again whenever they change
  const showIssues = (update) => {
    if (update.error !== undefined) { issues.replaceChildren(el('p', {}, `Issues not shown: ${update.error}`)); return; }
    const list = update.issues;
    issues.replaceChildren(list.length ? el('ul', {}, list.map((i) => el('li', {}, `${i.type} (${i.critical ? 'critical' : 'warning'}): ${i.description}`))) : el('p', {}, 'No issues.'));
  };
  await refresh();
  const data = [[], [], []];
  const width = () => Math.max(280, root.clientWidth - 20);
  const plot = new uPlot({ width: width(), height: 220, scales: { x: { time: true } },
    series: [{}, { label: 'reads/s', stroke: '#0b5cad', width: 2 }, { label: 'writes/s', stroke: '#a40e26', width: 2, dash: [6, 4] }],
    axes: [{}, { label: 'docs/s' }] }, data, chartBox);
  const add = (s) => {
    data[0].push(s.time); data[1].push(s.readsPerSecond); data[2].push(s.writesPerSecond);
    if (data[0].length > 300) data.forEach((d) => d.shift());
  };
  const stream = new EventSource('/console/api/stats');
  stream.addEventListener('issues', (e) => showIssues(JSON.parse(e.data)));
  stream.addEventListener('history', (e) => { JSON.parse(e.data).forEach(add); plot.setData(data); });
  stream.addEventListener('sample', (e) => {
    const s = JSON.parse(e.data); add(s); plot.setData(data);
    latest.textContent = `Last second: ${s.readsPerSecond.toFixed(1)} reads/s, ${s.writesPerSecond.toFixed(1)} writes/s`;
    latest.dataset.reads = s.readsPerSecond; latest.dataset.writes = s.writesPerSecond;
    chartBox.dataset.samples = data[0].length;
  });
  const timer = setInterval(() => refresh().catch(() => {}), 3000);
  const resize = () => plot.setSize({ width: width(), height: 220 });
  window.addEventListener('resize', resize);
  return () => { stream.close(); clearInterval(timer); window.removeEventListener('resize', resize); plot.destroy(); };
}
