// Connects with the official RethinkDB JavaScript driver to a server on 127.0.0.1:<port> whose
// admin password is <password>, with the right, a wrong and an empty password, and prints one
// JSON line per check: {"check": name, "value": ...} or {"check": name, "error": {"name", "msg"}}.
'use strict';

const r = require('rethinkdb');
const { check, emitError } = require('./checks');

const port = Number(process.argv[2]);
const password = process.argv[3];

async function connectAndList(user, userPassword) {
	const connection = await r.connect({ host: '127.0.0.1', port: port, user: user, password: userPassword });
	try {
		return await r.dbList().run(connection);
	}
	finally {
		await connection.close();
	}
}

async function withConnection(user, userPassword, body) {
	const connection = await r.connect({ host: '127.0.0.1', port: port, user: user, password: userPassword });
	try {
		return await body(connection);
	}
	finally {
		await connection.close();
	}
}

// As admin: a database with one row and a user that may only read it.
async function createReader(admin) {
	await r.dbCreate('js_perm').run(admin);
	await r.db('js_perm').tableCreate('notes').run(admin);
	await r.db('js_perm').table('notes').insert({ id: 1 }).run(admin);
	await r.db('rethinkdb').table('users').insert({ id: 'js_reader', password: 'reader pw' }).run(admin);
	return r.db('js_perm').grant('js_reader', { read: true }).run(admin);
}

async function main() {
	await check('rightPassword', () => connectAndList('admin', password));
	await check('wrongPassword', () => connectAndList('admin', password + '-wrong'));
	await check('emptyPassword', () => connectAndList('admin', ''));
	await check('unknownUser', () => connectAndList('nobody', password));
	await check('grantRead', () => withConnection('admin', password, createReader));
	await check('readerCount', () => withConnection('js_reader', 'reader pw',
		(c) => r.db('js_perm').table('notes').count().run(c)));
	await check('readerInsert', () => withConnection('js_reader', 'reader pw',
		(c) => r.db('js_perm').table('notes').insert({ id: 2 }).run(c)));
	await check('readerWrongPassword', () => connectAndList('js_reader', 'nope'));
}

main().then(() => process.exit(0), (error) => {
	emitError('main', error);
	process.exit(1);
});
