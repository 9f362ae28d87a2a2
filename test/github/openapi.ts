/**
 * GitHub's official OpenAPI description (`@octokit/openapi`, api.github.com, OpenAPI 3.0.3) turned into a
 * request/response validator on top of ajv: path template matching, path and query parameters, JSON request
 * bodies, response status and JSON response bodies. Also synthesizes minimal valid instances of its schemas,
 * so that fixtures are as complete as GitHub's own answers.
 *
 * Only the schemas an operation reaches are compiled (the whole document is 13 MB), once per operation.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv } from 'ajv';
import type { ValidateFunction } from 'ajv';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Obj = { [k: string]: Json };

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: Obj;
}

/** One operation of the description, with its path template. */
export interface Operation {
  method: string;
  template: string;
  operationId: string;
  /** path parameters parsed from the URL (raw strings) */
  params: Record<string, string>;
}

let cachedDoc: Obj | undefined;
/** The parsed api.github.com description (read once per process). */
export function githubOpenApi(): Obj {
  if (cachedDoc) return cachedDoc;
  const require = createRequire(import.meta.url);
  const file = require.resolve('@octokit/openapi/generated/api.github.com.json');
  cachedDoc = JSON.parse(readFileSync(file, 'utf8')) as Obj;
  return cachedDoc;
}

function isObj(v: Json | undefined): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

interface Route {
  template: string;
  regex: RegExp;
  names: string[];
  literals: number;
}

/** Validates requests and responses against the description. Errors are returned as strings (empty: valid). */
export class OpenApiValidator {
  readonly doc: Obj;
  readonly #routes: Route[];
  readonly #ajv: Ajv;
  readonly #compiled = new Map<string, ValidateFunction>();
  readonly #examples = new Map<string, Obj>();

  constructor(doc: Obj = githubOpenApi()) {
    this.doc = doc;
    const paths = doc['paths'];
    if (!isObj(paths)) throw new Error('openapi: no paths');
    this.#routes = Object.keys(paths).map((template) => {
      const names: string[] = [];
      const segs = template.split('/').map((seg) => {
        const m = /^\{([^}]+)\}$/.exec(seg);
        if (m) {
          names.push(m[1] ?? '');
          return '([^/]+)';
        }
        return seg.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      });
      return { template, regex: new RegExp(`^${segs.join('/')}$`), names, literals: segs.length - names.length };
    });
    // most literal segments first, so /issues/comments/{id} wins over /issues/{number}/comments
    this.#routes.sort((a, b) => b.literals - a.literals);
    this.#ajv = new Ajv({ strict: false, allErrors: true, validateFormats: true });
    const re = (r: RegExp) => (s: string) => r.test(s);
    this.#ajv.addFormat('date-time', re(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/));
    this.#ajv.addFormat('date', re(/^\d{4}-\d{2}-\d{2}$/));
    this.#ajv.addFormat('uri', (s: string) => URL.canParse(s));
    this.#ajv.addFormat('uri-template', true);
    this.#ajv.addFormat('email', re(/^[^@\s]+@[^@\s]+$/));
    for (const f of ['int64', 'int32', 'double', 'repo.nwo', 'binary', 'timestamp']) this.#ajv.addFormat(f, true);
  }

  /** Matches a method + URL path to an operation, or null when the description has no such route. */
  match(method: string, pathname: string): Operation | null {
    const m = method.toLowerCase();
    for (const r of this.#routes) {
      const hit = r.regex.exec(pathname);
      if (!hit) continue;
      const op = this.#op(r.template, m);
      if (!op) continue;
      const params: Record<string, string> = {};
      r.names.forEach((n, i) => (params[n] = decodeURIComponent(hit[i + 1] ?? '')));
      return { method: m, template: r.template, operationId: String(op['operationId']), params };
    }
    return null;
  }

  /** Validates path parameters, query parameters (unknown ones are errors) and the JSON body. */
  validateRequest(op: Operation, query: URLSearchParams, body: unknown): string[] {
    const errors: string[] = [];
    const def = this.#op(op.template, op.method);
    if (!def) return [`${op.method} ${op.template}: no such operation`];
    const pathItem = this.#deref((this.doc['paths'] as Obj)[op.template]) as Obj;
    const params = [...this.#params(pathItem['parameters']), ...this.#params(def['parameters'])];
    const known = new Set<string>();
    for (const p of params) {
      if (p.in !== 'path' && p.in !== 'query') continue;
      if (p.in === 'query') known.add(p.name);
      const raw = p.in === 'path' ? op.params[p.name] : (query.getAll(p.name).at(-1) ?? undefined);
      if (raw === undefined) {
        if (p.required || p.in === 'path') errors.push(`${p.in} parameter ${p.name} is required`);
        continue;
      }
      if (!p.schema) continue;
      const v = this.#validator(`param:${op.operationId}:${p.in}:${p.name}`, p.schema);
      const value = coerce(raw, p.schema);
      if (!v(value)) errors.push(`${p.in} parameter ${p.name}=${JSON.stringify(raw)}: ${this.#ajv.errorsText(v.errors)}`);
    }
    for (const name of new Set(query.keys())) if (!known.has(name)) errors.push(`unknown query parameter ${name}`);
    const rb = this.#deref(def['requestBody']);
    if (isObj(rb)) {
      const schema = this.#jsonSchema(rb['content']);
      if (body === undefined) {
        if (rb['required'] === true) errors.push('request body is required');
      } else if (schema) {
        const v = this.#validator(`req:${op.operationId}`, schema);
        if (!v(body)) errors.push(`request body: ${this.#ajv.errorsText(v.errors, { dataVar: 'body' })}`);
      }
    } else if (body !== undefined) {
      errors.push('operation takes no request body');
    }
    return errors;
  }

  /** Whether the operation declares this response status (or a default response). */
  declares(op: Operation, status: number): boolean {
    const def = this.#op(op.template, op.method);
    const responses = def?.['responses'];
    return isObj(responses) && (String(status) in responses || 'default' in responses);
  }

  /** Validates a response: the status must be declared; a JSON body must match its schema. */
  validateResponse(op: Operation, status: number, body: unknown): string[] {
    const def = this.#op(op.template, op.method);
    if (!def) return [`${op.method} ${op.template}: no such operation`];
    const responses = def['responses'] as Obj;
    const declared = responses[String(status)] ?? responses['default'];
    if (declared === undefined) return [`status ${status} is not declared (declared: ${Object.keys(responses).join(', ')})`];
    const resp = this.#deref(declared) as Obj;
    const schema = this.#jsonSchema(resp['content']);
    if (!schema) return body === undefined || body === '' ? [] : [`status ${status} declares no JSON body`];
    const v = this.#validator(`res:${op.operationId}:${status}`, schema);
    return v(body) ? [] : [`response ${status} body: ${this.#ajv.errorsText(v.errors, { dataVar: 'response' })}`];
  }

  /** A named component schema (`#/components/schemas/NAME`), dereferenced one level. */
  schema(name: string): Obj {
    const s = ((this.doc['components'] as Obj)['schemas'] as Obj)[name];
    if (!isObj(s)) throw new Error(`openapi: no schema ${name}`);
    return s;
  }

  /** Checks a value against a named component schema. */
  check(name: string, value: unknown): string[] {
    const v = this.#validator(`schema:${name}`, { $ref: `#/components/schemas/${name}` });
    return v(value) ? [] : [this.#ajv.errorsText(v.errors, { dataVar: name })];
  }

  /**
   * A minimal valid instance of a named schema: required properties only, URLs for `*_url`, `null` for
   * nullable ones, the first enum value, 1 for numbers. Fixtures override what they care about.
   */
  example(name: string): Obj {
    const memo = this.#examples.get(name);
    if (memo) return structuredClone(memo);
    const out = this.#synth({ $ref: `#/components/schemas/${name}` }, name, 0);
    if (!isObj(out)) throw new Error(`openapi: ${name} is not an object schema`);
    this.#examples.set(name, out);
    return structuredClone(out);
  }

  #synth(schema: Json | undefined, key: string, depth: number): Json {
    const s = this.#deref(schema);
    if (!isObj(s)) return null;
    if (depth > 12) return null;
    if (s['nullable'] === true && depth > 0) return null;
    for (const k of ['allOf', 'anyOf', 'oneOf']) {
      const list = s[k];
      if (Array.isArray(list) && list.length > 0) {
        if (k === 'allOf') return Object.assign({}, ...list.map((x) => this.#synth(x, key, depth + 1) ?? {}));
        const pick = list.find((x) => !isObj(this.#deref(x)) || (this.#deref(x) as Obj)['type'] !== 'null') ?? list[0];
        return this.#synth(pick, key, depth + 1);
      }
    }
    if (Array.isArray(s['enum']) && s['enum'].length > 0) return s['enum'][0] ?? null;
    const type = Array.isArray(s['type']) ? s['type'][0] : s['type'];
    switch (type) {
      case 'string': {
        const f = s['format'];
        if (f === 'date-time') return '2026-01-01T00:00:00Z';
        if (f === 'date') return '2026-01-01';
        if (f === 'uri' || key.endsWith('url') || key === 'href') return `https://api.github.com/${key}`;
        if (f === 'email') return 'nobody@example.com';
        return key;
      }
      case 'integer':
      case 'number':
        return 1;
      case 'boolean':
        return false;
      case 'array':
        return [];
      default: {
        const props = isObj(s['properties']) ? s['properties'] : {};
        const out: Obj = {};
        const required = Array.isArray(s['required']) ? (s['required'] as string[]) : [];
        for (const r of required) out[r] = this.#synth(props[r], r, depth + 1);
        return out;
      }
    }
  }

  #op(template: string, method: string): Obj | undefined {
    const item = (this.doc['paths'] as Obj)[template];
    if (!isObj(item) || !METHODS.includes(method)) return undefined;
    const op = item[method];
    return isObj(op) ? op : undefined;
  }

  #params(list: Json | undefined): Parameter[] {
    if (!Array.isArray(list)) return [];
    return list.map((p) => this.#deref(p) as unknown as Parameter);
  }

  #jsonSchema(content: Json | undefined): Obj | undefined {
    if (!isObj(content)) return undefined;
    for (const [type, media] of Object.entries(content)) {
      if (!/json/.test(type) || !isObj(media)) continue;
      const schema = media['schema'];
      if (isObj(schema)) return schema;
    }
    return undefined;
  }

  /** Follows `$ref: '#/…'` pointers inside the document. */
  #deref(v: Json | undefined): Json | undefined {
    let cur = v;
    for (let i = 0; i < 10 && isObj(cur) && typeof cur['$ref'] === 'string'; i++) cur = this.#pointer(cur['$ref']);
    return cur;
  }

  #pointer(ref: string): Json | undefined {
    if (!ref.startsWith('#/')) throw new Error(`openapi: external $ref ${ref}`);
    let cur: Json | undefined = this.doc;
    for (const part of ref.slice(2).split('/')) {
      if (!isObj(cur)) return undefined;
      cur = cur[part.replace(/~1/g, '/').replace(/~0/g, '~')];
    }
    return cur;
  }

  /**
   * Compiles a schema together with the transitive closure of the component schemas it references, converted
   * from OpenAPI 3.0 (`nullable`) to JSON Schema.
   */
  #validator(id: string, schema: Obj): ValidateFunction {
    const hit = this.#compiled.get(id);
    if (hit) return hit;
    const components: Obj = {};
    const queue: string[] = [];
    const collect = (v: Json | undefined): void => {
      if (Array.isArray(v)) v.forEach(collect);
      else if (isObj(v)) {
        const ref = v['$ref'];
        if (typeof ref === 'string') {
          const m = /^#\/components\/schemas\/(.+)$/.exec(ref);
          if (!m) throw new Error(`openapi: unsupported $ref ${ref}`);
          const name = m[1] ?? '';
          if (!(name in components)) {
            components[name] = null;
            queue.push(name);
          }
        }
        for (const x of Object.values(v)) collect(x);
      }
    };
    collect(schema);
    while (queue.length > 0) {
      const name = queue.shift() ?? '';
      const s = this.schema(name);
      components[name] = toJsonSchema(s);
      collect(s);
    }
    const root: Obj = { ...(toJsonSchema(schema) as Obj), components: { schemas: components } };
    const fn = this.#ajv.compile(root);
    this.#compiled.set(id, fn);
    return fn;
  }
}

/** OpenAPI 3.0 → JSON Schema: `nullable: true` becomes a `null` type (or an anyOf with null). */
function toJsonSchema(v: Json): Json {
  if (Array.isArray(v)) return v.map(toJsonSchema);
  if (!isObj(v)) return v;
  const out: Obj = {};
  for (const [k, x] of Object.entries(v)) {
    if (k === 'nullable' || k === 'example' || k === 'examples' || k === 'discriminator') continue;
    out[k] = k === 'properties' && isObj(x) ? Object.fromEntries(Object.entries(x).map(([p, s]) => [p, toJsonSchema(s)])) : toJsonSchema(x);
  }
  if (v['nullable'] === true) {
    const t = out['type'];
    if (typeof t === 'string') {
      out['type'] = [t, 'null'];
      if (Array.isArray(out['enum']) && !out['enum'].includes(null)) out['enum'] = [...out['enum'], null];
    } else {
      return { anyOf: [out, { type: 'null' }] };
    }
  }
  return out;
}

/** Query and path values are strings; coerce them to the parameter's schema type before validating. */
function coerce(raw: string, schema: Obj): unknown {
  const t = schema['type'];
  if ((t === 'integer' || t === 'number') && /^-?\d+(\.\d+)?$/.test(raw)) return Number(raw);
  if (t === 'boolean' && (raw === 'true' || raw === 'false')) return raw === 'true';
  return raw;
}
