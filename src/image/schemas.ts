/**
 * JSON Schemas of the image documents we read (image config, image manifest, image index), checked with ajv at
 * the edge, before any code reads a field. The documents are the image author's (or a registry's): a wrongly
 * typed field is bad input (an InputError naming the field), never an internal error further on. Only the
 * fields we read are constrained; unknown fields are allowed, as the OCI image spec requires.
 */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { InputError, untrusted } from '../errors.ts';

const str = { type: 'string' } as const;
const strOrNull = { type: ['string', 'null'] } as const;
const strList = { type: ['array', 'null'], items: str } as const;
const strMap = { type: ['object', 'null'], additionalProperties: str } as const;
const digest = { type: 'string', maxLength: 256, pattern: '^[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$' } as const;

const platform = {
  type: 'object',
  required: ['os', 'architecture'],
  properties: { os: str, architecture: str, variant: str, 'os.version': str, 'os.features': { type: 'array', items: str }, features: { type: 'array', items: str } },
} as const;

const descriptor = {
  type: 'object',
  required: ['digest'],
  properties: {
    mediaType: str,
    digest: { type: 'string', maxLength: 256 },
    size: { type: 'integer', minimum: 0 },
    platform,
    annotations: { type: 'object', additionalProperties: str },
    urls: { type: 'array', items: str },
  },
} as const;

/** The image config: the fields layer-budget reads. */
export const CONFIG_SCHEMA = {
  type: 'object',
  required: ['rootfs'],
  properties: {
    architecture: str,
    os: str,
    variant: str,
    created: strOrNull,
    author: strOrNull,
    config: {
      type: ['object', 'null'],
      properties: { Labels: strMap, Env: strList, Cmd: strList, Entrypoint: strList, User: str, WorkingDir: str },
    },
    rootfs: {
      type: 'object',
      required: ['diff_ids'],
      properties: { type: str, diff_ids: { type: 'array', items: digest } },
    },
    history: {
      type: 'array',
      items: {
        type: 'object',
        properties: { created: strOrNull, created_by: str, author: str, comment: str, empty_layer: { type: 'boolean' } },
      },
    },
  },
} as const;

/** An image manifest (OCI or Docker v2 schema 2). */
export const MANIFEST_SCHEMA = {
  type: 'object',
  required: ['config', 'layers'],
  properties: {
    schemaVersion: { type: 'integer' },
    mediaType: str,
    config: descriptor,
    layers: { type: 'array', items: descriptor },
    annotations: { type: 'object', additionalProperties: str },
  },
} as const;

/** An image index (OCI) or manifest list (Docker), also an OCI layout's index.json. */
export const INDEX_SCHEMA = {
  type: 'object',
  required: ['manifests'],
  properties: {
    schemaVersion: { type: 'integer' },
    mediaType: str,
    manifests: { type: 'array', items: descriptor },
    annotations: { type: 'object', additionalProperties: str },
  },
} as const;

const validators = new Map<object, ValidateFunction>();
let ajv: Ajv | null = null;

function compiled(schema: object): ValidateFunction {
  let v = validators.get(schema);
  if (v === undefined) {
    // validateSchema off: these schemas are constants of this file (strict mode still checks them when compiled);
    // checking them against the JSON Schema meta-schema cost ~60 ms of every start
    ajv ??= new Ajv({ allErrors: false, strict: true, allowUnionTypes: true, validateSchema: false });
    v = ajv.compile(schema);
    validators.set(schema, v);
  }
  return v;
}

function describe(e: ErrorObject): string {
  const where = e.instancePath === '' ? 'the document' : untrusted(e.instancePath, 120);
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'required':
      return `${where} lacks ${untrusted(String(p['missingProperty']), 60)}`;
    case 'type':
      return `${where} must be ${String(p['type']).replace(',', ' or ')}`;
    case 'pattern':
      return `${where} is not a digest (alg:hex)`;
    default:
      return `${where} ${e.message ?? 'is invalid'}`;
  }
}

/**
 * Checks `doc` against `schema`; InputError `${what}: /history/0/created_by must be string` (the first
 * violation) with `hint` otherwise.
 */
export function validateDocument<T>(doc: unknown, schema: object, what: string, hint: string): T {
  const v = compiled(schema);
  if (!v(doc)) {
    const first = v.errors?.[0];
    throw new InputError(`${what}: ${first ? describe(first) : 'invalid'}`, { hint });
  }
  return doc as T;
}
