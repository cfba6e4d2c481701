// Turns ReQL in RethinkDB's JavaScript syntax into the wire-protocol JSON term, without
// eval: a small parser for the subset queries use (calls, member access, literals,
// functions and arrows), driven by the server's term table (name -> number). Every term
// built remembers the span of source it came from, so an error's backtrace can be
// underlined in the text the user typed.

const OPTARG_POSITIONALS = {
  table: 1, tableCreate: 1, insert: 1, update: 1, replace: 1, delete: 0, filter: 1, orderBy: 0,
  between: 2, getAll: 1, indexCreate: 1, changes: 0, eqJoin: 2, distinct: 0, during: 2, slice: 1,
  http: 1, js: 1, indexRename: 2, reconfigure: 0, max: 0, min: 0, group: 0, iso8601: 1, random: 0,
  circle: 2, getIntersecting: 1, getNearest: 1, union: 1, fold: 2, distance: 1, tableDrop: 1,
  indexStatus: 0, indexWait: 0, wait: 0, epochTime: 1, time: 3, sum: 0, avg: 0
};

const ALIASES = { do: 'FUNCALL', js: 'JAVASCRIPT', toJSON: 'TO_JSON_STRING', toJsonString: 'TO_JSON_STRING',
  toISO8601: 'TO_ISO8601', toGeoJSON: 'TO_GEOJSON', geoJSON: 'GEOJSON', row: 'IMPLICIT_VAR' };

export class ReqlSyntaxError extends Error {
  constructor(message, start, end) { super(message); this.start = start; this.end = end; }
}

export function termName(method) {
  return ALIASES[method] || method.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();
}

function snake(key) { return key.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase(); }

// ---- tokens ----
const PUNCT = ['=>', '(', ')', '[', ']', '{', '}', ',', ':', '.', ';', '-'];

function tokenize(src) {
  const tokens = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    if (/\s/.test(c)) { i++; continue; }
    if (src.startsWith('//', i)) { while (i < src.length && src[i] !== '\n') i++; continue; }
    const start = i;
    if (/[0-9]/.test(c)) {
      const m = /^[0-9]+(\.[0-9]+)?([eE][+-]?[0-9]+)?/.exec(src.slice(i));
      tokens.push({ type: 'num', value: Number(m[0]), start, end: i += m[0].length });
    } else if (c === '"' || c === "'" || c === '`') {
      tokens.push(readString(src, i));
      i = tokens[tokens.length - 1].end;
    } else if (/[A-Za-z_$]/.test(c)) {
      const m = /^[A-Za-z_$][A-Za-z0-9_$]*/.exec(src.slice(i));
      tokens.push({ type: 'id', value: m[0], start, end: i += m[0].length });
    } else {
      const p = PUNCT.find((p) => src.startsWith(p, i));
      if (!p) throw new ReqlSyntaxError(`Unexpected character \`${c}\``, i, i + 1);
      tokens.push({ type: p, start, end: i += p.length });
    }
  }
  tokens.push({ type: 'eof', start: src.length, end: src.length });
  return tokens;
}

function readString(src, i) {
  const quote = src[i];
  let value = '';
  let j = i + 1;
  while (j < src.length && src[j] !== quote) {
    if (src[j] === '\\') {
      const n = src[++j];
      const escapes = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', 0: '\0' };
      if (n === 'u') { value += String.fromCharCode(parseInt(src.substr(j + 1, 4), 16)); j += 4; }
      else value += escapes[n] ?? n;
    } else value += src[j];
    j++;
  }
  if (j >= src.length) throw new ReqlSyntaxError('Unterminated string', i, src.length);
  return { type: 'str', value, start: i, end: j + 1 };
}

// ---- parser: source -> syntax tree ----
class Parser {
  constructor(src) { this.tokens = tokenize(src); this.pos = 0; }
  peek(o = 0) { return this.tokens[this.pos + o]; }
  next() { return this.tokens[this.pos++]; }
  accept(type, value) {
    const t = this.peek();
    if (t.type === type && (value === undefined || t.value === value)) { this.pos++; return t; }
    return null;
  }
  expect(type, value) {
    const t = this.accept(type, value);
    if (!t) { const u = this.peek(); throw new ReqlSyntaxError(`Expected \`${value || type}\` but found \`${u.value ?? u.type}\``, u.start, u.end); }
    return t;
  }
  program() {
    const e = this.expr();
    this.accept(';');
    if (this.peek().type !== 'eof') { const u = this.peek(); throw new ReqlSyntaxError('Unexpected input after the query', u.start, u.end); }
    return e;
  }
  expr() {
    const arrow = this.tryArrow();
    return arrow || this.postfix();
  }
  tryArrow() {
    const start = this.peek().start;
    if (this.peek().type === 'id' && this.peek(1).type === '=>') {
      const p = this.next(); this.next();
      return this.funcBody([p.value], start);
    }
    if (this.peek().type !== '(') return null;
    let k = 1; const params = [];
    while (this.peek(k).type === 'id') { params.push(this.peek(k).value); k++; if (this.peek(k).type === ',') k++; else break; }
    if (this.peek(k).type !== ')' || this.peek(k + 1).type !== '=>') return null;
    this.pos += k + 2;
    return this.funcBody(params, start);
  }
  funcBody(params, start) {
    let body;
    if (this.accept('{')) {
      this.expect('id', 'return'); body = this.expr(); this.accept(';'); this.expect('}');
    } else body = this.expr();
    return { kind: 'func', params, body, start, end: this.tokens[this.pos - 1].end };
  }
  postfix() {
    let node = this.primary();
    for (;;) {
      if (this.accept('.')) {
        const name = this.expect('id');
        node = { kind: 'member', object: node, name: name.value, start: node.start, end: name.end };
      } else if (this.peek().type === '(') {
        this.next();
        const args = this.list(')');
        node = { kind: 'call', callee: node, args, start: node.start, end: this.tokens[this.pos - 1].end };
      } else if (this.peek().type === '[') {
        this.next(); const key = this.expr(); const close = this.expect(']');
        node = { kind: 'call', callee: node, args: [key], start: node.start, end: close.end };
      } else return node;
    }
  }
  list(close) {
    const items = [];
    while (!this.accept(close)) {
      items.push(this.expr());
      if (!this.accept(',')) { this.expect(close); break; }
    }
    return items;
  }
  primary() {
    const t = this.next();
    switch (t.type) {
      case 'num': case 'str': return { kind: 'lit', value: t.value, start: t.start, end: t.end };
      case '-': { const n = this.expect('num'); return { kind: 'lit', value: -n.value, start: t.start, end: n.end }; }
      case '[': { const items = this.list(']'); return { kind: 'array', items, start: t.start, end: this.tokens[this.pos - 1].end }; }
      case '{': return this.object(t);
      case '(': { const e = this.expr(); this.expect(')'); return e; }
      case 'id': return this.identifier(t);
      default: throw new ReqlSyntaxError(`Unexpected \`${t.value ?? t.type}\``, t.start, t.end);
    }
  }
  identifier(t) {
    const literals = { true: true, false: false, null: null };
    if (t.value in literals) return { kind: 'lit', value: literals[t.value], start: t.start, end: t.end };
    if (t.value === 'function') {
      this.accept('id');
      this.expect('(');
      const params = [];
      while (!this.accept(')')) { params.push(this.expect('id').value); if (!this.accept(',')) { this.expect(')'); break; } }
      this.expect('{'); this.expect('id', 'return'); const body = this.expr(); this.accept(';'); this.expect('}');
      return { kind: 'func', params, body, start: t.start, end: this.tokens[this.pos - 1].end };
    }
    return { kind: 'name', name: t.value, start: t.start, end: t.end };
  }
  object(open) {
    const props = [];
    while (!this.accept('}')) {
      const key = this.next();
      if (key.type !== 'id' && key.type !== 'str' && key.type !== 'num') throw new ReqlSyntaxError('Expected a property name', key.start, key.end);
      this.expect(':');
      props.push([String(key.value), this.expr()]);
      if (!this.accept(',')) { this.expect('}'); break; }
    }
    return { kind: 'object', props, start: open.start, end: this.tokens[this.pos - 1].end };
  }
}

// ---- builder: syntax tree -> wire term ----
export class Builder {
  constructor(terms) { this.terms = terms; this.spans = new Map(); this.argSpans = new Map(); this.nextVar = 1; }

  build(source) {
    const tree = new Parser(source).program();
    return this.value(this.evaluate(tree, new Map()), tree);
  }

  term(name, args, optargs, node) {
    const number = this.terms[name];
    if (number === undefined) throw new ReqlSyntaxError(`Unknown ReQL term \`${name}\``, node.start, node.end);
    const term = optargs && Object.keys(optargs).length ? [number, args, optargs] : [number, args];
    this.spans.set(term, [node.start, node.end]);
    return term;
  }

  evaluate(node, scope) {
    switch (node.kind) {
      case 'lit': return { value: node.value };
      case 'array': {
        const term = this.term('MAKE_ARRAY', node.items.map((i) => this.value(this.evaluate(i, scope), i)), null, node);
        return { value: term };
      }
      case 'object': return { value: this.objectValue(node, scope), object: true };
      case 'func': return { value: this.func(node, scope) };
      case 'name': return this.name(node, scope);
      case 'member': return this.member(node, scope);
      case 'call': return this.call(node, scope);
    }
    throw new ReqlSyntaxError('Unsupported syntax', node.start, node.end);
  }

  objectValue(node, scope) {
    const out = {};
    for (const [key, valueNode] of node.props) out[key] = this.value(this.evaluate(valueNode, scope), valueNode);
    return out;
  }

  func(node, scope) {
    const inner = new Map(scope);
    const ids = node.params.map((p) => { const id = this.nextVar++; inner.set(p, id); return id; });
    const body = this.value(this.evaluate(node.body, inner), node.body);
    return this.term('FUNC', [this.term('MAKE_ARRAY', ids, null, node), body], null, node);
  }

  name(node, scope) {
    if (node.name === 'r') return { r: true };
    if (scope.has(node.name)) return { value: this.term('VAR', [scope.get(node.name)], null, node) };
    throw new ReqlSyntaxError(`Unknown name \`${node.name}\` (queries start with r)`, node.start, node.end);
  }

  member(node, scope) {
    const object = this.evaluate(node.object, scope);
    if (object.r) return { rMethod: node.name, node };
    return { method: node.name, receiver: this.value(object, node.object), node };
  }

  call(node, scope) {
    const callee = this.evaluate(node.callee, scope);
    const argNodes = node.args;
    const evaluated = argNodes.map((a) => this.evaluate(a, scope));
    if (callee.rMethod === 'expr') return { value: this.value(evaluated[0], argNodes[0]) };
    if ((callee.rMethod && callee.rMethod !== 'row') || callee.method) {
      const method = callee.rMethod || callee.method;
      const receiver = callee.method ? [{ value: callee.receiver }] : [];
      const nodes = callee.method ? [node.callee.object, ...argNodes] : argNodes;
      return { value: this.methodTerm(method, receiver.concat(evaluated), nodes, node) };
    }
    // x('field') reads a field or an element, as r.row('year') does
    const target = this.value(callee, node.callee);
    const term = this.term('BRACKET', [target, this.value(evaluated[0], argNodes[0])], null, node);
    this.argSpans.set(term, [node.callee, argNodes[0]].map((n) => [n.start, n.end]));
    return { value: term };
  }

  // evaluated and nodes include the receiver first for a method call
  methodTerm(method, evaluated, nodes, node) {
    let optargs = null;
    const positionals = OPTARG_POSITIONALS[method];
    const last = evaluated[evaluated.length - 1];
    const hasReceiver = nodes.length > 0 && nodes[0] !== node.args[0];
    const given = evaluated.length - (hasReceiver ? 1 : 0);
    if (positionals !== undefined && last && last.object && given > positionals) {
      optargs = {};
      for (const [key, value] of Object.entries(last.value)) optargs[snake(key)] = value;
      evaluated = evaluated.slice(0, -1);
      nodes = nodes.slice(0, -1);
    }
    let args = evaluated.map((e, i) => this.wrapImplicit(this.value(e, nodes[i]), nodes[i], hasReceiver && i === 0));
    if (method === 'do') { args = [args[args.length - 1], ...args.slice(0, -1)]; nodes = [nodes[nodes.length - 1], ...nodes.slice(0, -1)]; }
    const term = this.term(termName(method), args, optargs, node);
    this.argSpans.set(term, nodes.map((n) => [n.start, n.end]));
    return term;
  }

  // As the JavaScript driver does, an argument that uses r.row becomes a one-argument
  // function, which is what r.row stands for on the server.
  wrapImplicit(arg, node, isReceiver) {
    if (isReceiver || !this.usesRow(arg)) return arg;
    const id = this.nextVar++;
    return this.term('FUNC', [this.term('MAKE_ARRAY', [id], null, node), arg], null, node);
  }

  usesRow(value) {
    if (Array.isArray(value)) {
      if (value[0] === this.terms.IMPLICIT_VAR) return true;
      if (value[0] === this.terms.FUNC) return false;
      return (value[1] || []).some((v) => this.usesRow(v)) || this.usesRow(value[2] || null);
    }
    return value !== null && typeof value === 'object' && Object.values(value).some((v) => this.usesRow(v));
  }

  // A value used as an argument: a pending r.minval or r.row becomes its term.
  value(evaluated, node) {
    if ('value' in evaluated) return evaluated.value;
    if (evaluated.rMethod) return this.term(termName(evaluated.rMethod), [], null, node);
    if (evaluated.r) throw new ReqlSyntaxError('`r` alone is not a query', node.start, node.end);
    throw new ReqlSyntaxError(`\`.${evaluated.method}\` must be called`, node.start, node.end);
  }
}

/** Compiles source text: the wire term and the source span of every term in it. */
export function compile(source, terms) {
  const builder = new Builder(terms);
  const term = builder.build(source);
  return { term, spans: builder.spans, argSpans: builder.argSpans };
}

/**
 * The source span a backtrace points at: the frames are walked down the built term
 * (argument positions, optarg names), keeping the deepest term whose span is known.
 */
export function spanOf(compiled, backtrace) {
  const { term, spans, argSpans } = compiled;
  let current = term;
  let span = spans.get(term) || null;
  for (const frame of backtrace || []) {
    const parent = current;
    if (Array.isArray(current) && typeof current[0] === 'number') {
      current = typeof frame === 'number' ? (current[1] || [])[frame] : (current[2] || {})[frame];
    } else if (current && typeof current === 'object') {
      current = current[frame];
    } else break;
    if (current !== null && typeof current === 'object' && spans.has(current)) span = spans.get(current);
    else if (typeof frame === 'number' && argSpans.has(parent) && argSpans.get(parent)[frame]) span = argSpans.get(parent)[frame];
  }
  return span;
}

/** A tagged template that quotes each value as a JSON literal, for queries the pages build. */
export function reql(strings, ...values) {
  return strings.reduce((text, s, i) => text + s + (i < values.length ? JSON.stringify(values[i]) : ''), '');
}
