// The browser's query builder against the server's real term table (given in
// QUIRE_TERMS): source text in, wire JSON out, and spans for backtraces.
import assert from 'node:assert/strict';

const { compile, spanOf, reql, ReqlSyntaxError } = await import(process.env.QUIRE_REQL_JS);
const terms = JSON.parse(process.env.QUIRE_TERMS);
const wire = (source) => JSON.stringify(compile(source, terms).term);

assert.equal(wire("r.table('books').filter(r.row('year').gt(1970)).orderBy('title')"),
  '[41,[[39,[[15,["books"]],[69,[[2,[1]],[21,[[170,[[13,[]],"year"]],1970]]]]]],"title"]]');
assert.equal(wire("r.table('books').filter(function(b){ return b('year').gt(1970); })"),
  '[39,[[15,["books"]],[69,[[2,[1]],[21,[[170,[[10,[1]],"year"]],1970]]]]]]');
assert.equal(wire("r.table('books').map(b => ({t: b('title')}))"),
  '[38,[[15,["books"]],[69,[[2,[1]],{"t":[170,[[10,[1]],"title"]]}]]]]');
assert.equal(wire("r.db('test').tableCreate('books', {primaryKey: 'isbn'})"),
  '[60,[[14,["test"]],"books"],{"primary_key":"isbn"}]');
assert.equal(wire("r.table('b').insert({tags: ['x', 'y'], n: -1.5, ok: true, none: null})"),
  '[56,[[15,["b"]],{"tags":[2,["x","y"]],"n":-1.5,"ok":true,"none":null}]]');
assert.equal(wire("r.table('b').orderBy({index: r.desc('title')}).limit(3)"),
  '[71,[[41,[[15,["b"]]],{"index":[74,["title"]]}],3]]');
assert.equal(wire("r.table('b').between(r.minval, 10, {index: 'year'})"),
  '[182,[[15,["b"]],[180,[]],10],{"index":"year"}]');
assert.equal(wire("r.expr([1, 2]).do((a) => a.count())"), '[64,[[69,[[2,[1]],[43,[[10,[1]]]]]],[2,[1,2]]]]');
assert.equal(wire("r.table('b').changes({includeInitial: true})"), '[152,[[15,["b"]]],{"include_initial":true}]');
assert.equal(wire("r.table('b').get('a')('title').upcase()"), '[141,[[170,[[16,[[15,["b"]],"a"]],"title"]]]]');
assert.equal(wire("r.table('b').indexCreate('year', {multi: true})"), '[75,[[15,["b"]],"year"],{"multi":true}]');
assert.equal(wire('r.expr("a\\"b\\n")'), '"a\\"b\\n"');
assert.equal(wire(reql`r.dbCreate(${"it's"})`), '[57,["it\'s"]]');

// a backtrace is underlined where it points, a datum by its argument's span
const source = "r.table('books').map(r.row('title').add(1)).limit(-1)";
const compiled = compile(source, terms);
assert.equal(source.slice(...spanOf(compiled, [0, 1, 1])), "r.row('title').add(1)");
assert.equal(source.slice(...spanOf(compiled, [1])), '-1');
assert.equal(source.slice(...spanOf(compiled, [])), source);

// syntax errors name the place
assert.throws(() => compile("r.table('x'", terms), (e) => e instanceof ReqlSyntaxError && e.start === 11);
assert.throws(() => compile("r.tabel('x')", terms), /Unknown ReQL term `TABEL`/);
assert.throws(() => compile("x.table('x')", terms), /Unknown name `x`/);
assert.throws(() => compile("r.table('x').count", terms), /must be called/);
console.log('reql builder: ok');
