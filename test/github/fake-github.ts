/**
 * A fake GitHub REST API on 127.0.0.1 for tests. Every request (method + path template, path and query
 * parameters, JSON body) and every response it sends (status + JSON body) is checked against GitHub's
 * official OpenAPI description; a mismatch is recorded in `violations` and answered with a 4xx/500, so the
 * test fails loudly. Hand Octokit `server.url` as `baseUrl`.
 *
 * State: issue comments, workflow runs, artifacts (zip bytes served through a 302 to a second local
 * "blob storage" server, as GitHub does), pull requests, commits (parents). Failures can be injected per operation.
 *
 * Token kinds answer "who am I" as GitHub does (sources: docs.github.com "Get the authenticated user" lists no
 * GitHub App installation or GITHUB_TOKEN access, and both get 403 "Resource not accessible by integration",
 * e.g. actions/create-github-app-token#258; GraphQL `viewer { login }` answers all kinds, e.g.
 * actions/github-script#39 for GITHUB_TOKEN and fullsend-ai/fullsend#1953 for App tokens, `<slug>[bot]`):
 * - the workflow's GITHUB_TOKEN (every token not registered otherwise): `github-actions[bot]`, `GET /user` 403;
 * - a GitHub App installation token (`appTokens`): `<slug>[bot]`, `GET /user` 403, comments by a Bot with
 *   `performed_via_github_app`;
 * - a personal access token (`tokenLogins`): the user, `GET /user` 200.
 * `POST /graphql` (not part of the REST description) answers only the `viewer { login }` query.
 */
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { OpenApiValidator } from './openapi.ts';
import type { Operation } from './openapi.ts';
import { writeZip } from './zip-writer.ts';
import { close, listen, readBody } from '../helpers/http.ts';

type Obj = Record<string, unknown>;

/** The bot the default GITHUB_TOKEN acts as. */
export const BOT_LOGIN = 'github-actions[bot]';

export interface FakeComment {
  id: number;
  issueNumber: number;
  body: string;
  login: string;
  userType: 'Bot' | 'User';
  /** the GitHub App it was made through (`github-actions` for GITHUB_TOKEN), null for users */
  app?: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface FakeRun {
  id: number;
  /** workflow file path, e.g. `.github/workflows/ci.yml` */
  path: string;
  workflowId: number;
  headSha: string;
  headBranch: string;
  event: string;
  status: 'queued' | 'in_progress' | 'completed';
  conclusion: 'success' | 'failure' | 'cancelled' | 'skipped' | null;
  /** `owner/name` of the repository the head commit lives in (a fork for fork PRs) */
  headRepository: string;
  /** PR numbers GitHub attaches (empty for fork PRs, as on GitHub) */
  pullRequests: number[];
  createdAt: string;
}

export interface FakeArtifact {
  id: number;
  runId: number;
  name: string;
  zip: Uint8Array;
  expired: boolean;
  createdAt: string;
}

export interface FakePull {
  number: number;
  headSha: string;
  headRef: string;
  /** `owner/name` of the head repository */
  headRepository: string;
  baseSha: string;
  baseRef: string;
  labels: string[];
  state: 'open' | 'closed';
}

export interface InjectedFailure {
  /** operationId (e.g. `issues/create-comment`) or `*` */
  operationId: string;
  status: number;
  remaining: number;
  message: string;
  headers: Record<string, string>;
}

export interface RequestLogEntry {
  method: string;
  path: string;
  operationId: string | null;
  status: number;
  body: unknown;
}

let validatorSingleton: OpenApiValidator | undefined;
function validator(): OpenApiValidator {
  validatorSingleton ??= new OpenApiValidator();
  return validatorSingleton;
}

const DOCS = 'https://docs.github.com/rest';

/** A running fake. Create with `FakeGitHub.start()`; always `close()` it. */
export class FakeGitHub {
  readonly owner: string;
  readonly repo: string;
  readonly defaultBranch: string;
  /** every contract violation seen; assert it is empty */
  readonly violations: string[] = [];
  /** every request answered, in order */
  readonly log: RequestLogEntry[] = [];
  readonly comments: FakeComment[] = [];
  readonly runs: FakeRun[] = [];
  readonly artifacts: FakeArtifact[] = [];
  readonly pulls: FakePull[] = [];
  readonly failures: InjectedFailure[] = [];
  /** tokens that can only read (a fork PR's GITHUB_TOKEN): writes answer 403 */
  readonly readOnlyTokens = new Set<string>();
  /** tokens that act as a user (a PAT): token → login; every other token acts as `github-actions[bot]` */
  readonly tokenLogins = new Map<string, string>();
  /** GitHub App installation tokens: token → app slug (comments as `<slug>[bot]`) */
  readonly appTokens = new Map<string, string>();
  /** commits: sha → parent shas (for `GET /repos/{o}/{r}/commits/{ref}`) */
  readonly commits = new Map<string, string[]>();
  #nextId = 1000;
  #clock = Date.parse('2026-01-01T00:00:00Z');
  #api: Server;
  #blobs: Server;
  url = '';
  blobUrl = '';

  private constructor(opts: { owner: string; repo: string; defaultBranch: string }) {
    this.owner = opts.owner;
    this.repo = opts.repo;
    this.defaultBranch = opts.defaultBranch;
    this.#api = createServer((req, res) => void this.#handle(req, res));
    this.#blobs = createServer((req, res) => this.#blob(req, res));
  }

  /** Starts both servers on free ports of 127.0.0.1. */
  static async start(opts: { owner?: string; repo?: string; defaultBranch?: string } = {}): Promise<FakeGitHub> {
    const gh = new FakeGitHub({ owner: opts.owner ?? 'acme', repo: opts.repo ?? 'app', defaultBranch: opts.defaultBranch ?? 'main' });
    gh.url = await listen(gh.#api);
    gh.blobUrl = await listen(gh.#blobs);
    return gh;
  }

  async close(): Promise<void> {
    await Promise.all([close(this.#api), close(this.#blobs)]);
  }

  get fullName(): string {
    return `${this.owner}/${this.repo}`;
  }

  /** Requests answered for one operationId. */
  calls(operationId: string): RequestLogEntry[] {
    return this.log.filter((e) => e.operationId === operationId);
  }

  /** The next `count` calls to `operationId` (or `*`) answer `status` with a GitHub-shaped error body. */
  failNext(operationId: string, status: number, count = 1, message?: string, headers: Record<string, string> = {}): void {
    this.failures.push({ operationId, status, remaining: count, message: message ?? defaultMessage(status), headers });
  }

  #tick(): string {
    this.#clock += 60_000;
    return new Date(this.#clock).toISOString().replace(/\.\d{3}Z$/, 'Z');
  }

  addComment(issueNumber: number, body: string, login = 'octocat'): FakeComment {
    const at = this.#tick();
    const c: FakeComment = {
      id: this.#nextId++,
      issueNumber,
      body,
      login,
      userType: login.endsWith('[bot]') ? 'Bot' : 'User',
      createdAt: at,
      updatedAt: at,
    };
    this.comments.push(c);
    return c;
  }

  addRun(r: Partial<FakeRun> & { headSha: string }): FakeRun {
    const run: FakeRun = {
      id: this.#nextId++,
      path: '.github/workflows/ci.yml',
      workflowId: 77,
      headBranch: this.defaultBranch,
      event: 'push',
      status: 'completed',
      conclusion: 'success',
      headRepository: this.fullName,
      pullRequests: [],
      createdAt: this.#tick(),
      ...r,
    };
    this.runs.push(run);
    return run;
  }

  /** Adds an artifact to a run; `files` are zipped (or pass raw `zip` bytes). */
  addArtifact(runId: number, name: string, files: Record<string, Uint8Array | string> | Uint8Array, opts: { expired?: boolean } = {}): FakeArtifact {
    const a: FakeArtifact = {
      id: this.#nextId++,
      runId,
      name,
      zip: files instanceof Uint8Array ? files : writeZip(files, { dataDescriptor: true }),
      expired: opts.expired ?? false,
      createdAt: this.#tick(),
    };
    this.artifacts.push(a);
    return a;
  }

  addPull(p: Partial<FakePull> & { number: number; headSha: string; baseSha: string }): FakePull {
    const pull: FakePull = {
      headRef: `feature-${p.number}`,
      headRepository: this.fullName,
      baseRef: this.defaultBranch,
      labels: [],
      state: 'open',
      ...p,
    };
    this.pulls.push(pull);
    return pull;
  }

  // ---------------------------------------------------------------------------------------------------------

  /** Records a commit and its parents (a PR's merge commit: `[baseAsMerged, prHead]`). */
  addCommit(sha: string, parents: string[]): void {
    this.commits.set(sha, parents);
  }

  /** The login a token acts as, and whether it is an integration (GITHUB_TOKEN or App: `GET /user` is 403). */
  #identity(token: string): { login: string; integration: boolean; app: string | null } {
    const slug = this.appTokens.get(token);
    if (slug) return { login: `${slug}[bot]`, integration: true, app: slug };
    const user = this.tokenLogins.get(token);
    if (user) return { login: user, integration: false, app: null };
    return { login: BOT_LOGIN, integration: true, app: 'github-actions' };
  }

  /** GraphQL: only `viewer { login }` (what the action asks), answered for every token kind. */
  #graphql(req: IncomingMessage, res: ServerResponse, raw: Buffer, entry: RequestLogEntry): void {
    const reply = (status: number, body: unknown): void => {
      entry.status = status;
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(body));
    };
    const auth = req.headers['authorization'];
    if (typeof auth !== 'string' || !/^(token|bearer) \S+$/i.test(auth)) {
      return reply(401, { message: 'This endpoint requires you to be authenticated.', documentation_url: 'https://docs.github.com/graphql/guides/forming-calls-with-graphql#authenticating-with-graphql' });
    }
    let body: Obj;
    try {
      body = JSON.parse(raw.toString('utf8')) as Obj;
    } catch {
      this.#violation('POST /graphql: body is not JSON');
      return reply(400, { message: 'Problems parsing JSON' });
    }
    entry.body = body;
    const query = typeof body['query'] === 'string' ? body['query'].replace(/\s+/g, ' ').trim() : '';
    if (!/^(query\s*(\w+\s*)?)?\{ ?viewer ?\{ ?login ?\} ?\}$/.test(query)) {
      this.#violation(`POST /graphql: the fake answers only viewer { login }, got ${JSON.stringify(query)}`);
      return reply(200, { errors: [{ message: 'fake: unsupported query' }] });
    }
    const failure = this.failures.find((f) => f.remaining > 0 && f.operationId === 'graphql');
    if (failure) {
      failure.remaining--;
      return reply(failure.status, { message: failure.message });
    }
    return reply(200, { data: { viewer: { login: this.#identity(auth.split(' ')[1] ?? '').login } } });
  }

  async #handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.url);
    const method = req.method ?? 'GET';
    const raw = await readBody(req);
    const entry: RequestLogEntry = { method, path: url.pathname + url.search, operationId: null, status: 0, body: undefined };
    this.log.push(entry);
    if (url.pathname === '/graphql' && method === 'POST') {
      entry.operationId = 'graphql';
      return this.#graphql(req, res, raw, entry);
    }
    // `validate: false` marks answers GitHub's infrastructure gives outside the description (a 502 from the
    // gateway, a 403 for a read-only token on an operation that declares none): they are still checked
    // whenever the operation does declare that status.
    const send = (status: number, body: unknown, headers: Record<string, string> = {}, validate = true): void => {
      entry.status = status;
      const matched = entry.operationId ? validator().match(method, url.pathname) : null;
      if (matched && (validate || validator().declares(matched, status))) {
        for (const e of validator().validateResponse(matched, status, body)) this.#violation(`${method} ${url.pathname}: ${e}`);
      }
      const text = body === undefined ? '' : JSON.stringify(body);
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'x-github-api-version-selected': '2022-11-28', ...headers });
      res.end(text);
    };
    const op = validator().match(method, url.pathname);
    if (!op) {
      this.#violation(`${method} ${url.pathname}: no such route in the OpenAPI description`);
      return send(404, { message: 'Not Found', documentation_url: DOCS }, {}, false);
    }
    entry.operationId = op.operationId;
    let body: unknown;
    if (raw.length > 0) {
      try {
        body = JSON.parse(raw.toString('utf8'));
      } catch {
        this.#violation(`${method} ${url.pathname}: request body is not JSON`);
        return send(400, { message: 'Problems parsing JSON', documentation_url: DOCS }, {}, false);
      }
    }
    entry.body = body;
    const errors = validator().validateRequest(op, url.searchParams, body);
    if (errors.length > 0) {
      for (const e of errors) this.#violation(`${method} ${url.pathname}${url.search}: ${e}`);
      return send(422, { message: `Validation Failed: ${errors.join('; ')}`, documentation_url: DOCS, status: '422' }, {}, false);
    }
    const auth = req.headers['authorization'];
    if (typeof auth !== 'string' || !/^(token|bearer) \S+$/i.test(auth)) {
      return send(401, { message: 'Requires authentication', documentation_url: DOCS, status: '401' }, {}, false);
    }
    const failure = this.failures.find((f) => f.remaining > 0 && (f.operationId === op.operationId || f.operationId === '*'));
    if (failure) {
      failure.remaining--;
      return send(failure.status, { message: failure.message, documentation_url: DOCS, status: String(failure.status) }, failure.headers, false);
    }
    const token = auth.split(' ')[1] ?? '';
    if (method !== 'GET' && this.readOnlyTokens.has(token)) {
      return send(403, { message: 'Resource not accessible by integration', documentation_url: DOCS, status: '403' }, {}, false);
    }
    if (op.template.startsWith('/repos/') && (op.params['owner'] !== this.owner || op.params['repo'] !== this.repo)) {
      return send(404, { message: 'Not Found', documentation_url: DOCS, status: '404' });
    }
    try {
      this.#route(op, url, body, send, this.#identity(token));
    } catch (err) {
      this.#violation(`${method} ${url.pathname}: fake failed: ${(err as Error).stack ?? String(err)}`);
      send(500, { message: 'fake error' }, {}, false);
    }
  }

  #route(
    op: Operation,
    url: URL,
    body: unknown,
    send: (s: number, b: unknown, h?: Record<string, string>, v?: boolean) => void,
    who: { login: string; integration: boolean; app: string | null },
  ): void {
    const login = who.login;
    const q = url.searchParams;
    const p = op.params;
    const notFound = (): void => send(404, { message: 'Not Found', documentation_url: DOCS, status: '404' });
    switch (op.operationId) {
      case 'issues/list-comments': {
        const n = Number(p['issue_number']);
        if (!this.pulls.some((x) => x.number === n)) return notFound();
        const list = this.comments.filter((c) => c.issueNumber === n).sort((a, b) => a.id - b.id);
        const page = this.#page(url, list);
        return send(200, page.items.map((c) => this.#comment(c)), page.headers);
      }
      case 'issues/create-comment': {
        const n = Number(p['issue_number']);
        if (!this.pulls.some((x) => x.number === n)) return notFound();
        const c = this.addComment(n, String((body as Obj)['body']), login);
        c.app = who.app;
        return send(201, this.#comment(c), { location: this.#comment(c)['url'] as string });
      }
      case 'issues/update-comment': {
        const c = this.comments.find((x) => x.id === Number(p['comment_id']));
        if (!c) return notFound();
        if (c.login !== login) return send(403, { message: 'Resource not accessible by integration', documentation_url: DOCS, status: '403' }, {}, false);
        c.body = String((body as Obj)['body']);
        c.updatedAt = this.#tick();
        return send(200, this.#comment(c));
      }
      case 'actions/list-workflow-runs':
      case 'actions/list-workflow-runs-for-repo': {
        let list = [...this.runs];
        const wf = p['workflow_id'];
        if (wf !== undefined) list = list.filter((r) => String(r.workflowId) === wf || r.path.split('/').at(-1) === wf);
        const branch = q.get('branch');
        if (branch) list = list.filter((r) => r.headBranch === branch);
        const event = q.get('event');
        if (event) list = list.filter((r) => r.event === event);
        const status = q.get('status');
        if (status) list = list.filter((r) => r.status === status || r.conclusion === status);
        const sha = q.get('head_sha');
        if (sha) list = list.filter((r) => r.headSha === sha);
        list.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id - a.id);
        const page = this.#page(url, list);
        return send(200, { total_count: list.length, workflow_runs: page.items.map((r) => this.#run(r)) }, page.headers);
      }
      case 'actions/get-workflow-run': {
        const r = this.runs.find((x) => x.id === Number(p['run_id']));
        return r ? send(200, this.#run(r)) : notFound();
      }
      case 'actions/list-workflow-run-artifacts': {
        const runId = Number(p['run_id']);
        if (!this.runs.some((r) => r.id === runId)) return notFound();
        let list = this.artifacts.filter((a) => a.runId === runId);
        const name = q.get('name');
        if (name) list = list.filter((a) => a.name === name);
        list.sort((a, b) => (q.get('direction') === 'asc' ? a.id - b.id : b.id - a.id));
        const page = this.#page(url, list);
        return send(200, { total_count: list.length, artifacts: page.items.map((a) => this.#artifact(a)) }, page.headers);
      }
      case 'actions/download-artifact': {
        const a = this.artifacts.find((x) => x.id === Number(p['artifact_id']));
        if (!a) return send(404, { message: 'Not Found', documentation_url: DOCS, status: '404' }, {}, false);
        if (p['archive_format'] !== 'zip') return send(404, { message: 'Not Found', documentation_url: DOCS }, {}, false);
        if (a.expired) return send(410, { message: 'Artifact has expired', documentation_url: DOCS, status: '410' });
        return send(302, undefined, { location: `${this.blobUrl}/artifacts/${a.id}.zip?sig=${a.id}x` });
      }
      case 'pulls/get': {
        const pr = this.pulls.find((x) => x.number === Number(p['pull_number']));
        return pr ? send(200, this.#pull(pr, 'pull-request')) : notFound();
      }
      case 'pulls/list': {
        let list = this.pulls.filter((x) => (q.get('state') ?? 'open') === 'all' || x.state === (q.get('state') ?? 'open'));
        const head = q.get('head');
        if (head) list = list.filter((x) => `${x.headRepository.split('/')[0]}:${x.headRef}` === head);
        const page = this.#page(url, list);
        return send(200, page.items.map((x) => this.#pull(x, 'pull-request-simple')), page.headers);
      }
      case 'repos/list-pull-requests-associated-with-commit': {
        // As on GitHub: a fork's commit is not associated with PRs when asked on the base repository.
        const list = this.pulls.filter((x) => x.headSha === p['commit_sha'] && x.headRepository === this.fullName);
        const page = this.#page(url, list);
        return send(200, page.items.map((x) => this.#pull(x, 'pull-request-simple')), page.headers);
      }
      case 'users/get-authenticated': {
        if (who.integration) return send(403, { message: 'Resource not accessible by integration', documentation_url: DOCS, status: '403' }, {}, false);
        return send(200, { ...validator().example('public-user'), ...this.#user(login, 'User'), user_view_type: 'public' });
      }
      case 'repos/get-commit': {
        const ref = String(p['ref']);
        const parents = this.commits.get(ref);
        if (!parents) return send(422, { message: `No commit found for SHA: ${ref}`, documentation_url: DOCS, status: '422' });
        const api = `${this.url}/repos/${this.fullName}`;
        return send(200, {
          ...validator().example('commit'),
          sha: ref,
          node_id: `C_${ref.slice(0, 8)}`,
          url: `${api}/commits/${ref}`,
          html_url: `https://github.com/${this.fullName}/commit/${ref}`,
          comments_url: `${api}/commits/${ref}/comments`,
          parents: parents.map((sha) => ({ sha, url: `${api}/commits/${sha}`, html_url: `https://github.com/${this.fullName}/commit/${sha}` })),
        });
      }
      case 'repos/get': {
        return send(200, this.#repository(this.fullName, 'full-repository'));
      }
      default:
        this.#violation(`${op.method.toUpperCase()} ${op.template}: the fake does not implement ${op.operationId}`);
        return send(501, { message: `fake: ${op.operationId} not implemented` }, {}, false);
    }
  }

  /** Pages a list by `page`/`per_page` (default 30, max 100) with a real `Link` header. */
  #page<T>(url: URL, list: T[]): { items: T[]; headers: Record<string, string> } {
    const perPage = Math.min(100, Math.max(1, Number(url.searchParams.get('per_page') ?? 30)));
    const page = Math.max(1, Number(url.searchParams.get('page') ?? 1));
    const last = Math.max(1, Math.ceil(list.length / perPage));
    const link = (n: number, rel: string): string => {
      const u = new URL(url.pathname + url.search, this.url);
      u.searchParams.set('per_page', String(perPage));
      u.searchParams.set('page', String(n));
      return `<${u.href}>; rel="${rel}"`;
    };
    const links: string[] = [];
    if (page > 1) links.push(link(page - 1, 'prev'));
    if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'));
    if (page > 1) links.push(link(1, 'first'));
    return { items: list.slice((page - 1) * perPage, page * perPage), headers: links.length > 0 ? { link: links.join(', ') } : {} };
  }

  #user(login: string, type: 'Bot' | 'User'): Obj {
    const id = login === BOT_LOGIN ? 41898282 : 583231;
    return {
      ...validator().example('simple-user'),
      login,
      id,
      node_id: `U_${id}`,
      type,
      url: `${this.url}/users/${encodeURIComponent(login)}`,
      html_url: `https://github.com/${login}`,
    };
  }

  #comment(c: FakeComment): Obj {
    const api = `${this.url}/repos/${this.fullName}`;
    return {
      ...validator().example('issue-comment'),
      id: c.id,
      node_id: `IC_${c.id}`,
      url: `${api}/issues/comments/${c.id}`,
      html_url: `https://github.com/${this.fullName}/pull/${c.issueNumber}#issuecomment-${c.id}`,
      issue_url: `${api}/issues/${c.issueNumber}`,
      body: c.body,
      user: this.#user(c.login, c.userType),
      created_at: c.createdAt,
      updated_at: c.updatedAt,
      author_association: c.userType === 'Bot' ? 'NONE' : 'CONTRIBUTOR',
      performed_via_github_app: c.app
        ? { ...validator().example('integration'), id: c.app === 'github-actions' ? 15368 : 900001, slug: c.app, node_id: `A_${c.app}`, name: c.app, owner: this.#user(this.owner, 'User') }
        : null,
    };
  }

  #repository(fullName: string, schema: string): Obj {
    const [owner = '', name = ''] = fullName.split('/');
    const id = fullName === this.fullName ? 1 : 2;
    const r: Obj = {
      ...validator().example(schema),
      id,
      node_id: `R_${id}`,
      name,
      full_name: fullName,
      owner: this.#user(owner, 'User'),
      fork: fullName !== this.fullName,
      private: false,
      html_url: `https://github.com/${fullName}`,
      url: `${this.url}/repos/${fullName}`,
    };
    if ('default_branch' in r) r['default_branch'] = this.defaultBranch;
    return r;
  }

  #run(r: FakeRun): Obj {
    const api = `${this.url}/repos/${this.fullName}/actions/runs/${r.id}`;
    return {
      ...validator().example('workflow-run'),
      id: r.id,
      node_id: `WFR_${r.id}`,
      name: 'ci',
      run_number: r.id,
      run_attempt: 1,
      display_title: `run ${r.id}`,
      head_branch: r.headBranch,
      head_sha: r.headSha,
      path: r.path,
      workflow_id: r.workflowId,
      event: r.event,
      status: r.status,
      conclusion: r.conclusion,
      url: api,
      html_url: `https://github.com/${this.fullName}/actions/runs/${r.id}`,
      artifacts_url: `${api}/artifacts`,
      created_at: r.createdAt,
      updated_at: r.createdAt,
      head_commit: null,
      repository: this.#repository(this.fullName, 'minimal-repository'),
      head_repository: this.#repository(r.headRepository, 'minimal-repository'),
      pull_requests: r.pullRequests.map((n) => {
        const pr = this.pulls.find((x) => x.number === n);
        return {
          id: n,
          number: n,
          url: `${this.url}/repos/${this.fullName}/pulls/${n}`,
          head: { ref: pr?.headRef ?? 'x', sha: pr?.headSha ?? r.headSha, repo: { id: 1, url: `${this.url}/repos/${this.fullName}`, name: this.repo } },
          base: { ref: pr?.baseRef ?? this.defaultBranch, sha: pr?.baseSha ?? r.headSha, repo: { id: 1, url: `${this.url}/repos/${this.fullName}`, name: this.repo } },
        };
      }),
    };
  }

  #artifact(a: FakeArtifact): Obj {
    const run = this.runs.find((r) => r.id === a.runId);
    const api = `${this.url}/repos/${this.fullName}/actions/artifacts/${a.id}`;
    return {
      id: a.id,
      node_id: `MDg6QXJ0aWZhY3Q${a.id}`,
      name: a.name,
      size_in_bytes: a.zip.length,
      url: api,
      archive_download_url: `${api}/zip`,
      expired: a.expired,
      created_at: a.createdAt,
      updated_at: a.createdAt,
      expires_at: a.createdAt,
      digest: null,
      workflow_run: run
        ? { id: run.id, repository_id: 1, head_repository_id: run.headRepository === this.fullName ? 1 : 2, head_branch: run.headBranch, head_sha: run.headSha }
        : null,
    };
  }

  #pull(pr: FakePull, schema: 'pull-request' | 'pull-request-simple'): Obj {
    const api = `${this.url}/repos/${this.fullName}/pulls/${pr.number}`;
    const base = validator().example(schema);
    const branch = (ref: string, sha: string, repo: string): Obj => ({
      ...(base['head'] as Obj),
      label: `${repo.split('/')[0]}:${ref}`,
      ref,
      sha,
      repo: this.#repository(repo, 'repository'),
      user: this.#user(repo.split('/')[0] ?? '', 'User'),
    });
    return {
      ...base,
      id: pr.number + 500,
      node_id: `PR_${pr.number}`,
      number: pr.number,
      state: pr.state,
      title: `PR ${pr.number}`,
      url: api,
      html_url: `https://github.com/${this.fullName}/pull/${pr.number}`,
      user: this.#user('contributor', 'User'),
      // a label's description: nullable in `pull-request`, a string in `pull-request-simple` (GitHub's OpenAPI description)
      labels: pr.labels.map((name, i) => ({ id: i + 1, node_id: `LA_${i}`, url: `${this.url}/repos/${this.fullName}/labels/${encodeURIComponent(name)}`, name, description: schema === 'pull-request' ? null : '', color: 'ededed', default: false })),
      head: branch(pr.headRef, pr.headSha, pr.headRepository),
      base: branch(pr.baseRef, pr.baseSha, this.fullName),
    };
  }

  /** The "blob storage" the artifact download redirects to: serves the zip bytes, never the token. */
  #blob(req: IncomingMessage, res: ServerResponse): void {
    const url = new URL(req.url ?? '/', this.blobUrl);
    const m = /^\/artifacts\/(\d+)\.zip$/.exec(url.pathname);
    const a = m ? this.artifacts.find((x) => x.id === Number(m[1])) : undefined;
    if (req.headers['authorization']) this.#violation('blob download: the API token was sent to blob storage');
    if (!a || url.searchParams.get('sig') !== `${a.id}x`) {
      res.writeHead(403, { 'content-type': 'application/xml' }).end('<Error><Code>AuthenticationFailed</Code></Error>');
      return;
    }
    res.writeHead(200, { 'content-type': 'application/zip', 'content-length': String(a.zip.length) }).end(a.zip);
  }

  #violation(msg: string): void {
    this.violations.push(msg);
  }
}

function defaultMessage(status: number): string {
  if (status === 403) return 'Resource not accessible by integration';
  if (status === 404) return 'Not Found';
  if (status === 502) return 'Server Error';
  if (status === 503) return 'Service Unavailable';
  return 'Error';
}

