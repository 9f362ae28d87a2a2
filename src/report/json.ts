/**
 * Report v1 ⇄ JSON text. `toJson` writes a stable text; `fromJson` reads a report that may come from an
 * untrusted run (a baseline artifact) and rejects anything that is not a well-formed, self-consistent v1 report
 * with an InputError that says what is wrong.
 */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { InputError } from '../errors.ts';
import { LIMITS } from './limits.ts';
import schema from './schema.json' with { type: 'json' };
import { WASTE_CAUSES, type Report } from './types.ts';

/** The schema version this build reads and writes. */
export const SCHEMA_VERSION = 1;

/** The JSON Schema (draft-07) of Report v1. */
export const REPORT_SCHEMA: unknown = schema;

type SchemaNode = {
  $ref?: string;
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  anyOf?: SchemaNode[];
};

const definitions = (schema as { definitions: Record<string, SchemaNode> }).definitions;

function resolve(node: SchemaNode): SchemaNode {
  let n = node;
  while (n.$ref !== undefined) n = definitions[n.$ref.slice('#/definitions/'.length)] ?? {};
  return n;
}

/** Copies `value` with object keys in the schema's property order (unknown keys last, sorted). */
function canonical(value: unknown, node: SchemaNode | undefined): unknown {
  if (Array.isArray(value)) {
    const items = node === undefined ? undefined : resolve(node).items;
    return value.map((v) => canonical(v, items));
  }
  if (value === null || typeof value !== 'object') return value;
  let n = node === undefined ? undefined : resolve(node);
  if (n?.anyOf !== undefined) n = n.anyOf.map(resolve).find((a) => a.properties !== undefined);
  const props = n?.properties ?? {};
  const obj = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(props)) if (k in obj && obj[k] !== undefined) out[k] = canonical(obj[k], props[k]);
  for (const k of Object.keys(obj).sort()) if (!(k in props) && obj[k] !== undefined) out[k] = canonical(obj[k], undefined);
  return out;
}

/**
 * Serializes a report: keys in the schema's order (so equal reports give equal text, whatever built them),
 * 2-space indent, no trailing newline. Readable in an artifact and small enough (lists are capped upstream).
 */
export function toJson(report: Report): string {
  return JSON.stringify(canonical(report, schema as SchemaNode), null, 2);
}

let validator: ValidateFunction | null = null;

function validate(): ValidateFunction {
  if (validator === null) {
    const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
    validator = ajv.compile(schema);
  }
  return validator;
}

/** How many schema violations an error message lists. */
const SHOWN_ERRORS = 3;

function describe(e: ErrorObject): string {
  const where = e.instancePath === '' ? '/' : e.instancePath;
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'additionalProperties':
      return `${where}: unknown property ${JSON.stringify(p['additionalProperty'])}`;
    case 'required':
      return `${where}: missing property ${JSON.stringify(p['missingProperty'])}`;
    case 'enum':
      return `${where}: must be one of ${(p['allowedValues'] as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'type':
      return `${where}: must be ${String(p['type']).split(',').join(' or ')}`;
    case 'const':
      return `${where}: must be ${JSON.stringify(p['allowedValue'])}`;
    default:
      return `${where}: ${e.message ?? e.keyword}`;
  }
}

/**
 * Turns ajv's errors into messages, without the noise of `anyOf` (one error per branch plus the anyOf itself):
 * a value that is neither branch's type reads "must be object or null"; a value that failed inside one branch
 * keeps only that branch's deeper errors.
 */
function messages(errors: readonly ErrorObject[]): string[] {
  const anyOf = errors.filter((e) => e.keyword === 'anyOf');
  const out: string[] = [];
  const seen = new Set<string>();
  const push = (m: string): void => {
    if (!seen.has(m)) out.push(m);
    seen.add(m);
  };
  for (const e of errors) {
    const parent = anyOf.find((a) => a !== e && e.schemaPath.startsWith(`${a.schemaPath}/`) && e.instancePath === a.instancePath);
    if (parent === undefined && e.keyword !== 'anyOf') {
      push(describe(e));
      continue;
    }
    if (e.keyword !== 'anyOf') continue;
    const deeper = errors.some((x) => x.instancePath.startsWith(`${e.instancePath}/`) && x.schemaPath.startsWith(`${e.schemaPath}/`));
    if (deeper) continue;
    const types = errors
      .filter((x) => x.keyword === 'type' && x.instancePath === e.instancePath && x.schemaPath.startsWith(`${e.schemaPath}/`))
      .map((x) => String((x.params as { type: unknown }).type));
    push(types.length > 0 ? `${e.instancePath}: must be ${types.join(' or ')}` : describe(e));
  }
  return out;
}

/** Cross-field checks a schema cannot express; returns the first inconsistency, or null. */
function inconsistency(r: Report): string | null {
  const t = r.totals;
  if (t.layerCount !== r.layers.length) return `totals.layerCount is ${t.layerCount} but there are ${r.layers.length} layers`;
  for (let i = 0; i < r.layers.length; i++) {
    const l = r.layers[i] as Report['layers'][number];
    if (l.index !== i) return `/layers/${i}/index is ${l.index}, expected ${i}`;
    for (const h of [...l.hiddenBy, ...l.hides]) {
      if (h.layer >= r.layers.length) return `/layers/${i} refers to layer ${h.layer}, but there are ${r.layers.length} layers`;
    }
    if (l.location && l.location.endLine < l.location.line) return `/layers/${i}/location ends (line ${l.location.endLine}) before it starts (line ${l.location.line})`;
  }
  const content = r.layers.reduce((s, l) => s + l.contentBytes, 0);
  if (content !== t.totalBytes) return `totals.totalBytes is ${t.totalBytes} but the layers' contentBytes add up to ${content}`;
  if (t.visibleBytes > t.totalBytes) return `totals.visibleBytes (${t.visibleBytes}) exceeds totals.totalBytes (${t.totalBytes})`;
  if (t.wastedBytes !== t.totalBytes - t.visibleBytes) {
    return `totals.wastedBytes is ${t.wastedBytes} but totalBytes − visibleBytes is ${t.totalBytes - t.visibleBytes}`;
  }
  const expected = t.totalBytes === 0 ? 1 : t.visibleBytes / t.totalBytes;
  if (Math.abs(t.efficiency - expected) > 1e-9) return `totals.efficiency is ${t.efficiency} but visibleBytes / totalBytes is ${expected}`;
  const byCause = WASTE_CAUSES.reduce((s, c) => s + r.waste.byCause[c], 0);
  if (byCause !== t.wastedBytes) return `waste.byCause adds up to ${byCause} but totals.wastedBytes is ${t.wastedBytes}`;
  const perLayer = r.layers.reduce((s, l) => s + l.wastedBytes, 0);
  if (perLayer !== t.wastedBytes) return `the layers' wastedBytes add up to ${perLayer} but totals.wastedBytes is ${t.wastedBytes}`;
  for (const p of [...r.waste.topPaths, ...r.waste.deletedPaths.map((d) => ({ ...d, hiddenBy: d.layer }))]) {
    if (p.layer >= r.layers.length || p.hiddenBy >= r.layers.length) return `waste path ${JSON.stringify(p.path)} refers to a layer beyond the ${r.layers.length} layers`;
  }
  const d = r.duplicates;
  if (d.groups.length + d.groupsOmitted !== d.groupCount) {
    return `duplicates.groupCount is ${d.groupCount} but ${d.groups.length} groups are listed and ${d.groupsOmitted} omitted`;
  }
  if (r.baseImage.layerCount !== null && r.baseImage.layerCount > r.layers.length) {
    return `baseImage.layerCount is ${r.baseImage.layerCount} but there are ${r.layers.length} layers`;
  }
  return null;
}

/**
 * Parses and validates a report. `what` names it in errors (default: 'report'), e.g. 'baseline report'.
 * Throws InputError when the text is not JSON, has another schemaVersion, breaks the schema (the first few
 * violations are listed with their JSON pointer) or is inconsistent (totals that do not add up).
 */
export function fromJson(text: string, what = 'report'): Report {
  if (text.length > LIMITS.reportChars) {
    throw new InputError(`${what} is too large (${text.length} characters; the limit is ${LIMITS.reportChars})`, { hint: 'pass a report written by `layer-budget analyze --json` (or the action\'s report artifact)' });
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new InputError(`${what} is not JSON: ${err instanceof Error ? err.message : String(err)}`, { cause: err, hint: 'pass a report written by `layer-budget analyze --json` (or the action\'s report artifact)' });
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new InputError(`${what} is not a layer-budget report: expected a JSON object, got ${data === null ? 'null' : Array.isArray(data) ? 'an array' : typeof data}`, { hint: 'pass a report written by `layer-budget analyze --json` (or the action\'s report artifact)' });
  }
  const version = (data as Record<string, unknown>)['schemaVersion'];
  if (version === undefined) {
    throw new InputError(`${what} has no schemaVersion; this layer-budget reads ${SCHEMA_VERSION}: is it a layer-budget report?`, { hint: 'pass a report written by `layer-budget analyze --json` (or the action\'s report artifact)' });
  }
  if (version !== SCHEMA_VERSION) {
    const shown = typeof version === 'number' ? String(version) : JSON.stringify(version).slice(0, 40);
    const remedy =
      typeof version === 'number' && version > SCHEMA_VERSION
        ? 'upgrade layer-budget, or re-run the base branch with this version to refresh the baseline'
        : 're-run the base branch to refresh the baseline';
    throw new InputError(`${what} has schemaVersion ${shown}; this layer-budget reads ${SCHEMA_VERSION}: ${remedy}`, { hint: remedy });
  }
  const check = validate();
  if (!check(data)) {
    const errors = messages(check.errors ?? []);
    const shown = errors.slice(0, SHOWN_ERRORS).join('; ');
    const more = errors.length > SHOWN_ERRORS ? ` (and ${errors.length - SHOWN_ERRORS} more)` : '';
    throw new InputError(`${what} does not match the report schema: ${shown}${more}`, { hint: 'the report was edited or comes from an untrusted run; regenerate it with `layer-budget analyze --json`' });
  }
  const report = data as Report;
  const bad = inconsistency(report);
  if (bad !== null) throw new InputError(`${what} is inconsistent: ${bad}`, { hint: 'the report was edited or comes from an untrusted run; regenerate it with `layer-budget analyze --json`' });
  return report;
}
