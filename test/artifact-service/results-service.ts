/**
 * A local stand-in of the service @actions/artifact v2+ talks to, on 127.0.0.1, so that the package's real
 * upload code runs in tests. Written from the package's own sources (node_modules/@actions/artifact 6.x):
 *
 * - The results service: Twirp JSON at `ACTIONS_RESULTS_URL`, `POST /twirp/github.actions.results.api.v1.
 *   ArtifactService/<Method>` with `Content-Type: application/json` and `Authorization: Bearer
 *   <ACTIONS_RUNTIME_TOKEN>` (lib/internal/shared/artifact-twirp-client.js). Bodies are the protobuf messages in
 *   lib/generated/results/api/v1/artifact.js encoded by protobuf-ts with `useProtoFieldName` (snake_case keys;
 *   int64 as decimal strings; google.protobuf.Timestamp as an RFC 3339 string; StringValue/Int64Value
 *   wrappers as their bare value). Methods: CreateArtifact, FinalizeArtifact, ListArtifacts,
 *   GetSignedArtifactURL, DeleteArtifact. Errors are Twirp errors: an HTTP status and `{"code","msg"}`.
 * - The runtime token is a JWT whose `scp` claim holds `Actions.Results:<workflowRunBackendId>:<workflowJobRunBackendId>`
 *   (lib/internal/shared/util.js); this stand-in signs it (HS256) and checks the signature and that the ids in
 *   a request are the token's own.
 * - The signed upload URL is an Azure Blob SAS URL; the client uploads with @azure/storage-blob's
 *   `BlockBlobClient.uploadStream`: `PUT ?comp=block&blockid=…` per chunk, then `PUT ?comp=blocklist` with an
 *   XML `<BlockList>` (Azure Blob REST "Put Block" / "Put Block List"). Single-shot "Put Blob" is accepted too.
 *   The SAS `sig` must match and the request must carry no Authorization header.
 *
 * Artifact names are unique within a workflow run and artifacts are immutable (409 `already_exists` on a
 * second CreateArtifact of a name), as DESIGN §8 says. A finalized artifact is also published to the fake
 * GitHub REST API (the run's artifact list and the zip download), as GitHub does.
 *
 * Every protocol violation is recorded in `violations` and answered with a Twirp/Azure error; tests assert it
 * stays empty.
 */
import { createHash, createHmac, randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { FakeGitHub } from '../github/fake-github.ts';
import { close, listen, readBody } from '../helpers/http.ts';

const SERVICE = 'github.actions.results.api.v1.ArtifactService';

type Obj = Record<string, unknown>;
type FieldKind = 'string' | 'int32' | 'int64' | 'bool' | 'timestamp' | 'StringValue' | 'Int64Value';

/** Request messages: field name → kind (from lib/generated/results/api/v1/artifact.js). */
const REQUESTS: Record<string, Record<string, FieldKind>> = {
  CreateArtifact: { workflow_run_backend_id: 'string', workflow_job_run_backend_id: 'string', name: 'string', expires_at: 'timestamp', version: 'int32', mime_type: 'StringValue' },
  FinalizeArtifact: { workflow_run_backend_id: 'string', workflow_job_run_backend_id: 'string', name: 'string', size: 'int64', hash: 'StringValue' },
  ListArtifacts: { workflow_run_backend_id: 'string', workflow_job_run_backend_id: 'string', name_filter: 'StringValue', id_filter: 'Int64Value' },
  GetSignedArtifactURL: { workflow_run_backend_id: 'string', workflow_job_run_backend_id: 'string', name: 'string' },
  DeleteArtifact: { workflow_run_backend_id: 'string', workflow_job_run_backend_id: 'string', name: 'string' },
};

/** Twirp error codes used here and their HTTP statuses (twirp spec, "Error codes"). */
const TWIRP_STATUS: Record<string, number> = {
  invalid_argument: 400,
  malformed: 400,
  unauthenticated: 401,
  permission_denied: 403,
  not_found: 404,
  already_exists: 409,
  failed_precondition: 412,
  internal: 500,
};

export interface ServiceArtifact {
  /** the database id (the REST artifact id once finalized) */
  id: number | null;
  runBackendId: string;
  jobBackendId: string;
  name: string;
  mimeType: string | null;
  version: number;
  expiresAt: Date | null;
  createdAt: Date;
  /** the blob path under the blob server */
  blobPath: string;
  sig: string;
  finalized: boolean;
  size: number;
  digest: string | null;
}

interface Blob {
  blocks: Map<string, Buffer>;
  committed: Buffer | null;
  contentType: string | null;
}

export interface RpcLogEntry {
  method: string;
  status: number;
  body: unknown;
}

/** A workflow run as the service knows it: its backend id and the GitHub run id its artifacts belong to. */
export interface ServiceRun {
  runBackendId: string;
  githubRunId: number;
}

export class ResultsService {
  /** protocol violations seen; tests assert it stays empty */
  readonly violations: string[] = [];
  readonly rpcs: RpcLogEntry[] = [];
  readonly artifacts: ServiceArtifact[] = [];
  readonly blobRequests: Array<{ method: string; path: string; comp: string | null }> = [];
  readonly #runs = new Map<string, ServiceRun>();
  readonly #blobs = new Map<string, Blob>();
  readonly #secret = randomUUID();
  readonly #gh: FakeGitHub | null;
  #nextId = 1;
  #api: Server;
  #blob: Server;
  url = '';
  blobUrl = '';
  /** the repository's artifact retention limit in days (GitHub caps expires_at to it; default 90) */
  maxRetentionDays = 90;

  private constructor(gh: FakeGitHub | null) {
    this.#gh = gh;
    this.#api = createServer((req, res) => void this.#handle(req, res));
    this.#blob = createServer((req, res) => void this.#handleBlob(req, res));
  }

  /** Starts the results service and its blob storage on free ports of 127.0.0.1; `gh` receives finalized artifacts. */
  static async start(opts: { gh?: FakeGitHub } = {}): Promise<ResultsService> {
    const s = new ResultsService(opts.gh ?? null);
    s.url = await listen(s.#api);
    s.blobUrl = await listen(s.#blob);
    return s;
  }

  async close(): Promise<void> {
    await Promise.all([close(this.#api), close(this.#blob)]);
  }

  /** Registers a workflow run (GitHub run id) and returns its backend id. */
  addRun(githubRunId: number): ServiceRun {
    const run = { runBackendId: randomUUID(), githubRunId };
    this.#runs.set(run.runBackendId, run);
    return run;
  }

  /** An ACTIONS_RUNTIME_TOKEN for one job of a run (each job, and each attempt of a job, has its own job backend id). */
  runtimeToken(run: ServiceRun, jobBackendId: string = randomUUID()): string {
    const b64 = (o: unknown): string => Buffer.from(JSON.stringify(o)).toString('base64url');
    const now = Math.floor(Date.now() / 1000);
    const head = b64({ typ: 'JWT', alg: 'HS256' });
    const body = b64({ scp: `Actions.GenericRead:00000000-0000-0000-0000-000000000000 Actions.Results:${run.runBackendId}:${jobBackendId}`, nbf: now - 60, exp: now + 3600 });
    const sig = createHmac('sha256', this.#secret).update(`${head}.${body}`).digest('base64url');
    return `${head}.${body}.${sig}`;
  }

  /** Finalized artifacts of a GitHub run. */
  finalized(githubRunId: number): ServiceArtifact[] {
    return this.artifacts.filter((a) => a.finalized && this.#runs.get(a.runBackendId)?.githubRunId === githubRunId);
  }

  // --- Twirp ------------------------------------------------------------------------------------------------

  async #handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = await readBody(req);
    const url = new URL(req.url ?? '/', this.url);
    const m = new RegExp(`^/twirp/${SERVICE.replace(/\./g, '\\.')}/(\\w+)$`).exec(url.pathname);
    const entry: RpcLogEntry = { method: m?.[1] ?? url.pathname, status: 0, body: undefined };
    this.rpcs.push(entry);
    const fail = (code: string, msg: string, violation = true): void => {
      if (violation) this.violations.push(`${entry.method}: ${msg}`);
      entry.status = TWIRP_STATUS[code] ?? 500;
      res.writeHead(entry.status, { 'content-type': 'application/json' }).end(JSON.stringify({ code, msg }));
    };
    const ok = (body: Obj): void => {
      entry.status = 200;
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    };
    if (req.method !== 'POST') return fail('bad_route', `method ${req.method} (Twirp takes POST)`);
    if (!m || !REQUESTS[m[1]!]) return fail('bad_route', `no such route ${url.pathname}`);
    if (!/^application\/json\b/.test(String(req.headers['content-type'] ?? ''))) return fail('malformed', `content-type ${String(req.headers['content-type'])}`);
    const scope = this.#auth(req.headers['authorization']);
    if (!scope) return fail('unauthenticated', 'missing or invalid runtime token');
    let body: Obj;
    try {
      body = JSON.parse(raw.toString('utf8')) as Obj;
    } catch {
      return fail('malformed', 'body is not JSON');
    }
    entry.body = body;
    const problems = checkMessage(body, REQUESTS[m[1]!]!);
    if (problems.length > 0) return fail('invalid_argument', problems.join('; '));
    const run = this.#runs.get(String(body['workflow_run_backend_id'] ?? ''));
    if (!run || body['workflow_run_backend_id'] !== scope.run) return fail('permission_denied', 'workflow_run_backend_id is not the token’s run');
    const method = m[1]!;
    if (method !== 'DeleteArtifact' && body['workflow_job_run_backend_id'] !== scope.job) return fail('permission_denied', 'workflow_job_run_backend_id is not the token’s job');
    const inRun = this.artifacts.filter((a) => a.runBackendId === run.runBackendId);
    switch (method) {
      case 'CreateArtifact': {
        const name = String(body['name'] ?? '');
        if (!name) return fail('invalid_argument', 'name is empty');
        if (body['version'] !== 7) return fail('invalid_argument', `version ${String(body['version'])} (the v4 backend takes 7)`);
        if (inRun.some((a) => a.name === name)) {
          return fail('already_exists', 'an artifact with this name already exists on the workflow run', false);
        }
        let expiresAt: Date | null = null;
        if (body['expires_at'] !== undefined) {
          expiresAt = new Date(String(body['expires_at']));
          const days = (expiresAt.getTime() - Date.now()) / 86_400_000;
          if (days <= 0) return fail('invalid_argument', 'expires_at is in the past');
          if (days > this.maxRetentionDays + 1) expiresAt = new Date(Date.now() + this.maxRetentionDays * 86_400_000);
        }
        const blobPath = `/devstoreaccount1/actions-results/${run.runBackendId}/workflow-job-run-${scope.job}/artifacts/${randomUUID()}.zip`;
        const a: ServiceArtifact = {
          id: null,
          runBackendId: run.runBackendId,
          jobBackendId: scope.job,
          name,
          mimeType: typeof body['mime_type'] === 'string' ? body['mime_type'] : null,
          version: 7,
          expiresAt,
          createdAt: new Date(),
          blobPath,
          sig: createHmac('sha256', this.#secret).update(blobPath).digest('base64'),
          finalized: false,
          size: 0,
          digest: null,
        };
        this.artifacts.push(a);
        this.#blobs.set(blobPath, { blocks: new Map(), committed: null, contentType: null });
        return ok({ ok: true, signed_upload_url: this.#sas(a, 'cw') });
      }
      case 'FinalizeArtifact': {
        const a = inRun.find((x) => x.name === body['name'] && !x.finalized);
        if (!a) return fail('not_found', `no pending artifact ${String(body['name'])}`);
        if (a.jobBackendId !== scope.job) return fail('permission_denied', 'another job created this artifact');
        const blob = this.#blobs.get(a.blobPath);
        if (!blob?.committed) return fail('failed_precondition', 'the blob was never committed (Put Block List)');
        if (String(body['size']) !== String(blob.committed.length)) return fail('invalid_argument', `size ${String(body['size'])} but the blob holds ${blob.committed.length} bytes`);
        const digest = `sha256:${createHash('sha256').update(blob.committed).digest('hex')}`;
        if (body['hash'] !== undefined && body['hash'] !== digest) return fail('invalid_argument', `hash ${String(body['hash'])} but the blob is ${digest}`);
        a.finalized = true;
        a.size = blob.committed.length;
        a.digest = digest;
        a.id = this.#gh ? this.#gh.addArtifact(run.githubRunId, a.name, new Uint8Array(blob.committed)).id : this.#nextId++;
        return ok({ ok: true, artifact_id: String(a.id) });
      }
      case 'ListArtifacts': {
        let list = inRun.filter((a) => a.finalized);
        if (body['name_filter'] !== undefined) list = list.filter((a) => a.name === body['name_filter']);
        if (body['id_filter'] !== undefined) list = list.filter((a) => String(a.id) === String(body['id_filter']));
        return ok({
          artifacts: list.map((a) => ({
            workflow_run_backend_id: a.runBackendId,
            workflow_job_run_backend_id: a.jobBackendId,
            database_id: String(a.id),
            name: a.name,
            size: String(a.size),
            created_at: a.createdAt.toISOString(),
            ...(a.digest ? { digest: a.digest } : {}),
          })),
        });
      }
      case 'GetSignedArtifactURL': {
        const a = inRun.find((x) => x.name === body['name'] && x.finalized);
        if (!a) return fail('not_found', `no artifact ${String(body['name'])}`, false);
        return ok({ signed_url: this.#sas(a, 'r') });
      }
      case 'DeleteArtifact': {
        const a = inRun.find((x) => x.name === body['name'] && x.finalized && x.jobBackendId === body['workflow_job_run_backend_id']);
        if (!a) return fail('not_found', `no artifact ${String(body['name'])}`, false);
        this.artifacts.splice(this.artifacts.indexOf(a), 1);
        this.#blobs.delete(a.blobPath);
        if (this.#gh) {
          const i = this.#gh.artifacts.findIndex((x) => x.id === a.id);
          if (i >= 0) this.#gh.artifacts.splice(i, 1);
        }
        return ok({ ok: true, artifact_id: String(a.id) });
      }
    }
    return fail('bad_route', `unhandled ${method}`);
  }

  /** The token's run and job backend ids, or null when the token is missing, forged or expired. */
  #auth(header: string | string[] | undefined): { run: string; job: string } | null {
    const m = typeof header === 'string' ? /^Bearer ([\w-]+)\.([\w-]+)\.([\w-]+)$/.exec(header) : null;
    if (!m) return null;
    const sig = createHmac('sha256', this.#secret).update(`${m[1]}.${m[2]}`).digest('base64url');
    if (sig !== m[3]) return null;
    const claims = JSON.parse(Buffer.from(m[2]!, 'base64url').toString('utf8')) as { scp?: string; exp?: number };
    if (!claims.exp || claims.exp * 1000 < Date.now()) return null;
    for (const s of (claims.scp ?? '').split(' ')) {
      const p = s.split(':');
      if (p[0] === 'Actions.Results' && p.length === 3) return { run: p[1]!, job: p[2]! };
    }
    return null;
  }

  #sas(a: ServiceArtifact, permissions: string): string {
    const se = new Date(Date.now() + 3_600_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
    const q = new URLSearchParams({ sv: '2023-11-03', se, sr: 'b', sp: permissions, sig: a.sig });
    return `${this.blobUrl}${a.blobPath}?${q.toString()}`;
  }

  // --- Azure Blob storage (SAS) ------------------------------------------------------------------------------

  async #handleBlob(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = await readBody(req);
    const url = new URL(req.url ?? '/', this.blobUrl);
    const comp = url.searchParams.get('comp');
    this.blobRequests.push({ method: req.method ?? '', path: url.pathname, comp });
    const azureError = (status: number, code: string, violation: string | null): void => {
      if (violation) this.violations.push(`blob ${req.method} ${url.pathname}: ${violation}`);
      res.writeHead(status, { 'content-type': 'application/xml', 'x-ms-error-code': code }).end(`<?xml version="1.0" encoding="utf-8"?><Error><Code>${code}</Code><Message>${code}</Message></Error>`);
    };
    const blob = this.#blobs.get(url.pathname);
    const a = this.artifacts.find((x) => x.blobPath === url.pathname);
    if (req.headers['authorization']) return azureError(400, 'InvalidAuthenticationInfo', 'an Authorization header was sent to blob storage');
    if (!blob || !a || url.searchParams.get('sig') !== a.sig) return azureError(403, 'AuthenticationFailed', 'bad SAS signature');
    const se = Date.parse(url.searchParams.get('se') ?? '');
    if (!(se > Date.now())) return azureError(403, 'AuthenticationFailed', 'SAS expired');
    const sp = url.searchParams.get('sp') ?? '';
    const done = (status: number, extra: Record<string, string> = {}, body?: Buffer): void => {
      res.writeHead(status, {
        'x-ms-request-id': randomUUID(),
        'x-ms-version': '2023-11-03',
        date: new Date().toUTCString(),
        ...extra,
      });
      res.end(body);
    };
    if (req.method === 'PUT') {
      if (!sp.includes('w')) return azureError(403, 'AuthorizationPermissionMismatch', 'write with a read-only SAS');
      if (a.finalized) return azureError(409, 'BlobImmutable', 'write to a finalized artifact');
      if (comp === 'block') {
        const id = url.searchParams.get('blockid');
        if (!id) return azureError(400, 'InvalidQueryParameterValue', 'Put Block without blockid');
        blob.blocks.set(id, raw);
        return done(201, { 'x-ms-request-server-encrypted': 'true', 'content-md5': createHash('md5').update(raw).digest('base64') });
      }
      if (comp === 'blocklist') {
        const ids = [...raw.toString('utf8').matchAll(/<(Latest|Uncommitted|Committed)>([^<]*)<\/\1>/g)].map((x) => x[2]!);
        if (!/^(<\?xml[^>]*\?>)?\s*<BlockList>/.test(raw.toString('utf8'))) return azureError(400, 'InvalidXmlDocument', 'Put Block List body is not a <BlockList>');
        const parts: Buffer[] = [];
        for (const id of ids) {
          const b = blob.blocks.get(id);
          if (!b) return azureError(400, 'InvalidBlockList', `unknown block ${id}`);
          parts.push(b);
        }
        blob.committed = Buffer.concat(parts);
        blob.contentType = typeof req.headers['x-ms-blob-content-type'] === 'string' ? req.headers['x-ms-blob-content-type'] : null;
        return done(201, { etag: `"0x${Date.now().toString(16)}"`, 'last-modified': new Date().toUTCString(), 'x-ms-request-server-encrypted': 'true' });
      }
      if (comp === null && req.headers['x-ms-blob-type'] === 'BlockBlob') {
        blob.committed = raw;
        return done(201, { etag: `"0x${Date.now().toString(16)}"`, 'last-modified': new Date().toUTCString() });
      }
      return azureError(400, 'UnsupportedQueryParameter', `PUT comp=${comp}`);
    }
    if (req.method === 'GET' && comp === null) {
      if (!sp.includes('r')) return azureError(403, 'AuthorizationPermissionMismatch', 'read with a write-only SAS');
      if (!blob.committed) return azureError(404, 'BlobNotFound', null);
      return done(200, { 'content-type': blob.contentType ?? 'application/octet-stream', 'content-length': String(blob.committed.length) }, blob.committed);
    }
    return azureError(405, 'UnsupportedHttpVerb', `${req.method} comp=${comp}`);
  }
}

/** Checks a JSON-encoded protobuf message: known fields only, each of the right JSON type. */
function checkMessage(body: Obj, fields: Record<string, FieldKind>): string[] {
  const problems: string[] = [];
  for (const [k, v] of Object.entries(body)) {
    const kind = fields[k];
    if (!kind) {
      problems.push(`unknown field ${k}`);
      continue;
    }
    const good =
      kind === 'string' || kind === 'StringValue'
        ? typeof v === 'string'
        : kind === 'int32'
          ? Number.isInteger(v)
          : kind === 'int64' || kind === 'Int64Value'
            ? (typeof v === 'string' && /^-?\d+$/.test(v)) || Number.isInteger(v)
            : kind === 'bool'
              ? typeof v === 'boolean'
              : typeof v === 'string' && /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/.test(v);
    if (!good) problems.push(`field ${k}: not a JSON ${kind}: ${JSON.stringify(v)}`);
  }
  return problems;
}

