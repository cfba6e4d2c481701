// Runs ReQL queries with the official RethinkDB JavaScript driver against a server on
// 127.0.0.1:<port> and prints one JSON line per check: {"check": name, "value": ...} or
// {"check": name, "error": {"name": ..., "msg": ...}}. The Java test asserts on these lines.
'use strict';

const r = require('rethinkdb');
const { check, emitError } = require('./checks');

const port = Number(process.argv[2]);
const FEED_TIMEOUT_MS = 20000;
const BOOKS = [
	{ title: 'Dubliners', author: 'Joyce', pages: 152 },
	{ title: 'Ulysses', author: 'Joyce', pages: 730 },
	{ title: 'Finnegans Wake', author: 'Joyce', pages: 628 },
	{ title: 'Mrs Dalloway', author: 'Woolf', pages: 194 },
	{ title: 'To the Lighthouse', author: 'Woolf', pages: 209 },
	{ title: 'The Trial', author: 'Kafka', pages: 255 },
];

function connect() {
	return r.connect({ host: '127.0.0.1', port: port, user: 'admin', password: '' });
}

function books() {
	return r.db('js_e2e').table('books');
}

async function toArray(query, connection, options) {
	const cursor = await query.run(connection, options || {});
	return Array.isArray(cursor) ? cursor : cursor.toArray();
}

function withTimeout(promise, what) {
	let timer;
	const timeout = new Promise((resolve, reject) => {
		timer = setTimeout(() => reject(new Error(what + ' timed out')), FEED_TIMEOUT_MS);
	});
	return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function schema(connection) {
	await check('dbCreate', async () => (await r.dbCreate('js_e2e').run(connection)).dbs_created);
	await check('tableCreate', async () => (await r.db('js_e2e').tableCreate('books').run(connection)).tables_created);
	await check('indexCreate', async () => {
		const author = await books().indexCreate('author').run(connection);
		const pages = await books().indexCreate('pages').run(connection);
		return author.created + pages.created;
	});
	await check('indexWait', async () => {
		const statuses = await books().indexWait('author', 'pages').run(connection);
		return statuses.map((status) => ({ index: status.index, ready: status.ready }))
			.sort((a, b) => a.index.localeCompare(b.index));
	});
}

async function writesAndReads(connection) {
	let keys = [];
	await check('insertGeneratedKeys', async () => {
		const result = await books().insert(BOOKS).run(connection);
		keys = result.generated_keys || [];
		const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
		return { inserted: result.inserted, errors: result.errors, keys: keys.length, distinctKeys: new Set(keys).size,
			uuids: keys.every((key) => uuid.test(key)) };
	});
	await check('get', async () => {
		const book = await books().get(keys[1]).run(connection);
		return { id: book.id === keys[1], title: book.title, pages: book.pages };
	});
	await check('getMissing', () => books().get('no-such-key').run(connection));
	const titles = (query) => toArray(query('title'), connection);
	await check('filterRow', () => titles(books().filter(r.row('pages').gt(200)).orderBy('title')));
	await check('filterFunction', () => titles(books().filter((book) => book('author').eq('Woolf')
		.and(book('pages').lt(200)))));
	await check('orderByIndexDesc', () => titles(books().orderBy({ index: r.desc('pages') })));
	await check('between', () => titles(books().between(194, 255, { index: 'pages' }).orderBy({ index: 'pages' })));
	await check('getAllSecondary', () => titles(books().getAll('Woolf', 'Kafka', { index: 'author' })));
	await check('groupCount', () => books().group('author').count().run(connection));
	await check('mapReduce', () => books().map((book) => book('pages')).reduce((left, right) => left.add(right))
		.run(connection));
	return keys;
}

async function modifications(connection, keys) {
	const markIrish = () => books().filter({ author: 'Joyce' }).update({ irish: true }).run(connection);
	await check('update', async () => summary(await markIrish()));
	await check('updateAgain', async () => summary(await markIrish()));
	await check('replace', async () => {
		const withoutPages = { id: keys[0], title: 'Dubliners', author: 'Joyce' };
		const result = await books().get(keys[0]).replace(withoutPages).run(connection);
		const book = await books().get(keys[0]).run(connection);
		return { summary: summary(result), fields: Object.keys(book).sort() };
	});
	await check('delete', async () => {
		const result = await books().filter({ author: 'Kafka' }).delete().run(connection);
		return { summary: summary(result), count: await books().count().run(connection) };
	});
}

function summary(result) {
	return { replaced: result.replaced, unchanged: result.unchanged, deleted: result.deleted, inserted: result.inserted,
		skipped: result.skipped, errors: result.errors };
}

async function batches(connection) {
	await check('cursorBatches', async () => {
		await r.db('js_e2e').tableCreate('numbers').run(connection);
		const rows = Array.from({ length: 100 }, (unused, id) => ({ id: id, square: id * id }));
		const inserted = (await r.db('js_e2e').table('numbers').insert(rows).run(connection)).inserted;
		const continueQuery = connection._continueQuery;
		let continues = 0;
		connection._continueQuery = function () {
			continues++;
			return continueQuery.apply(this, arguments);
		};
		try {
			const cursor = await r.db('js_e2e').table('numbers').run(connection, { maxBatchRows: 10 });
			const firstBatch = cursor._responses.length > 0 ? cursor._responses[0].r.length : 0;
			const all = await cursor.toArray();
			const ids = all.map((row) => row.id).sort((a, b) => a - b);
			return { inserted: inserted, firstBatch: firstBatch, rows: all.length, continues: continues,
				ids: ids.every((id, index) => id === index), squares: all.every((row) => row.square === row.id * row.id) };
		}
		finally {
			connection._continueQuery = continueQuery;
		}
	});
}

async function pseudoTypes(connection) {
	const values = () => r.db('js_e2e').table('values');
	const moment = new Date(Date.UTC(2021, 6, 4, 12, 30, 15, 250));
	const bytes = Buffer.from([0, 1, 2, 127, 128, 254, 255]);
	await check('now', async () => {
		const now = await r.now().run(connection);
		return { isDate: now instanceof Date, skewMillis: Math.abs(now.getTime() - Date.now()) };
	});
	await check('timeRoundTrip', async () => {
		await r.db('js_e2e').tableCreate('values').run(connection);
		await values().insert({ id: 'moment', at: moment, stored: r.now() }).run(connection);
		const row = await values().get('moment').run(connection);
		return { isDate: row.at instanceof Date, sameInstant: row.at.getTime() === moment.getTime(),
			storedIsDate: row.stored instanceof Date,
			iso: await values().get('moment')('at').toISO8601().run(connection),
			year: await values().get('moment')('at').year().run(connection) };
	});
	await check('binaryRoundTrip', async () => {
		await values().insert({ id: 'blob', data: bytes }).run(connection);
		const row = await values().get('blob').run(connection);
		const direct = await r.binary(bytes).run(connection);
		return { isBuffer: Buffer.isBuffer(row.data), bytes: Array.from(row.data), directEqual: bytes.equals(direct),
			serverCount: await values().get('blob')('data').count().run(connection) };
	});
}

async function changefeed(connection, keys) {
	await check('changefeed', async () => {
		const other = await connect();
		const feed = await books().changes().run(connection);
		try {
			await books().get(keys[1]).update({ pages: 731 }).run(other);
			const change = await withTimeout(feed.next(), 'changefeed');
			return { title: change.new_val.title, oldPages: change.old_val.pages, newPages: change.new_val.pages };
		}
		finally {
			await feed.close();
			await other.close();
		}
	});
}

async function errors(connection) {
	await check('missingTable', () => r.table('missing').run(connection));
	await malformedPseudoTypes(connection);
}

// Pseudo-types the server must refuse: echoed back, a BINARY without data crashed this driver.
async function malformedPseudoTypes(connection) {
	await check('binaryWithoutData', () => r.expr({ $reql_type$: 'BINARY' }).run(connection));
	await check('insertBinaryWithoutData',
		() => r.db('js_e2e').table('values').insert({ id: 'bad', data: { $reql_type$: 'BINARY' } }).run(connection));
	await check('timeWithoutEpochTime', () => r.expr({ $reql_type$: 'TIME', timezone: '+00:00' }).run(connection));
	await check('unknownPseudoType', () => r.expr({ $reql_type$: 'FOO' }).run(connection));
	await check('afterMalformedPseudoTypes', async () => ({
		badStored: await r.db('js_e2e').table('values').get('bad').run(connection),
		sum: await r.expr(1).add(1).run(connection),
	}));
}

async function main() {
	const connection = await connect();
	await check('connect', async () => ({ open: connection.isOpen(), dbs: await r.dbList().run(connection) }));
	await schema(connection);
	const keys = await writesAndReads(connection);
	await modifications(connection, keys);
	await batches(connection);
	await pseudoTypes(connection);
	await changefeed(connection, keys);
	await errors(connection);
	await connection.close();
}

main().then(() => process.exit(0), (error) => {
	emitError('main', error);
	process.exit(1);
});
