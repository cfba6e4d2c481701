// The line format every checking script prints, one JSON line per check:
// {"check": name, "value": ...} or {"check": name, "error": {"name", "msg"}}.
'use strict';

function emit(line) {
	process.stdout.write(JSON.stringify(line) + '\n');
}

function emitError(name, error) {
	emit({ check: name, error: { name: error.name, msg: error.msg || String(error) } });
}

/** Runs one check and prints its line; resolves to whether it succeeded. */
async function check(name, body) {
	try {
		emit({ check: name, value: await body() });
		return true;
	}
	catch (error) {
		emitError(name, error);
		return false;
	}
}

module.exports = { check, emitError };
