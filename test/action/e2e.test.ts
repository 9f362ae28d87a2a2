/**
 * End to end: runs the bundled action (dist/index.js) the way the runner does: `INPUT_*` variables, a
 * `GITHUB_EVENT_PATH` payload, temporary GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files, the REST API at the fake
 * GitHub server (GITHUB_API_URL), and a `docker` stand-in on PATH that streams a docker-archive for
 * `docker save` (and a second one that dies midway).
 *
 * dist/index.js is built with `npm run build` only when it is missing; LAYER_BUDGET_E2E_DIST points at another
 * bundle (e.g. `node scripts/build.ts --outdir /tmp/lb-dist` of a branch whose dist/ is not rebuilt yet). The
 * images are small legacy docker-archives written in memory, so this test needs no test bed.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { blobImage } from '../helpers/blob-image.ts';
import { BOT_LOGIN, FakeGitHub } from '../github/fake-github.ts';
import { AWS_SECRET, PEM_BODY, writeSecretFilesImage } from '../core/images.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** the bundle under test (default: dist/index.js; LAYER_BUDGET_E2E_DIST points at another build) */
const dist = process.env['LAYER_BUDGET_E2E_DIST'] ?? join(root, 'dist/index.js');
const nodeBin = join(root, 'node_modules/.bin/node');
const SHA_MAIN = '1'.repeat(40);
const SHA_HEAD = 'a'.repeat(40);

/** Writes a `docker` stand-in: `save` streams the archive (or half of it, then dies). */
function dockerStandIn(dir: string, archive: string, dies: boolean): void {
  mkdirSync(dir, { recursive: true });
  const size = readFileSync(archive).length;
  const save = dies
    ? `head -c ${Math.floor(size / 2)} '${archive}'; echo 'Error response from daemon: write /var/lib/docker/tmp: no space left on device' >&2; exit 1`
    : `cat '${archive}'`;
  const script = `#!/bin/sh
case "$1" in
  save) ${save} ;;
  version) echo '27.0.0' ;;
  image|inspect) echo '[{"Id":"sha256:${'0'.repeat(64)}","RepoTags":["web:latest"],"Size":${size}}]' ;;
  *) echo "docker stand-in: unsupported: $*" >&2; exit 125 ;;
esac
`;
  writeFileSync(join(dir, 'docker'), script);
  chmodSync(join(dir, 'docker'), 0o755);
}

/** Parses GITHUB_OUTPUT (`name<<DELIM\nvalue\nDELIM`). */
function readOutputs(file: string): Record<string, string> {
  const out: Record<string, string> = {};
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const re = /^([^\n<]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (const m of text.matchAll(re)) out[m[1] ?? ''] = m[3] ?? '';
  return out;
}

interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

describe('dist/index.js end to end', () => {
  let gh: FakeGitHub;
  let tmp: string;
  let ready = '';
  let secretComment = '';

  before(async () => {
    if (!existsSync(dist)) {
      const b = spawnSync('npm', ['run', 'build'], { cwd: root, encoding: 'utf8', env: { ...process.env, PATH: `${join(root, 'node_modules/.bin')}:${process.env['PATH']}` } });
      if (b.status !== 0 || !existsSync(dist)) ready = `npm run build failed: ${b.stderr || b.stdout}`;
    }
    tmp = mkdtempSync(join(tmpdir(), 'layer-budget-e2e-'));
    writeFileSync(join(tmp, 'image.tar'), blobImage());
    dockerStandIn(join(tmp, 'bin-ok'), join(tmp, 'image.tar'), false);
    dockerStandIn(join(tmp, 'bin-dies'), join(tmp, 'image.tar'), true);
    writeSecretFilesImage(join(tmp, 'secret.tar'));
    dockerStandIn(join(tmp, 'bin-secret'), join(tmp, 'secret.tar'), false);
    gh = await FakeGitHub.start();
  });
  after(async () => {
    await gh?.close();
    rmSync(tmp, { recursive: true, force: true });
  });

  async function runDist(name: string, opts: { bin: string; event: string; payload: unknown; runId: number; inputs?: Record<string, string>; files?: Record<string, string> }): Promise<ActionRun> {
    const dir = join(tmp, name);
    mkdirSync(join(dir, 'runner-temp'), { recursive: true });
    // files of the checkout (the step's working directory)
    for (const [f, text] of Object.entries(opts.files ?? {})) writeFileSync(join(dir, f), text);
    const eventPath = join(dir, 'event.json');
    writeFileSync(eventPath, JSON.stringify(opts.payload));
    const output = join(dir, 'output');
    const summary = join(dir, 'summary.md');
    writeFileSync(output, '');
    writeFileSync(summary, '');
    const inputs: Record<string, string> = {
      image: 'web:latest', engine: 'docker', source: '', platform: '', config: '', key: 'web', 'github-token': 'e2e-token',
      mode: 'auto', 'baseline-report': '', comment: 'true', 'artifact-retention-days': '90', 'waiver-label': '', ...opts.inputs,
    };
    const env: Record<string, string> = {
      PATH: `${join(tmp, opts.bin)}:${process.env['PATH'] ?? ''}`,
      HOME: dir,
      GITHUB_ACTIONS: 'true',
      GITHUB_EVENT_NAME: opts.event,
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_REPOSITORY: gh.fullName,
      GITHUB_SHA: SHA_MAIN,
      GITHUB_REF: 'refs/heads/main',
      GITHUB_RUN_ID: String(opts.runId),
      GITHUB_WORKFLOW_REF: `${gh.fullName}/.github/workflows/ci.yml@refs/heads/main`,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_API_URL: gh.url,
      GITHUB_OUTPUT: output,
      GITHUB_STEP_SUMMARY: summary,
      RUNNER_TEMP: join(dir, 'runner-temp'),
    };
    for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
    const child = spawn(nodeBin, [dist], { env, cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const code = await new Promise<number | null>((res) => child.on('close', res));
    if (process.env["E2E_DEBUG"]) process.stderr.write(`--- ${name}\n${stdout}\n${stderr}\n`);
    return { code, stdout, stderr, outputs: readOutputs(output), summary: readFileSync(summary, 'utf8') };
  }

  it('a push analyzes the streamed `docker save`, writes outputs and the summary (upload fails outside a runner: a warning)', async (t) => {
    if (ready) return t.skip(ready);
    const run = gh.addRun({ headSha: SHA_MAIN });
    const r = await runDist('push', { bin: 'bin-ok', event: 'push', payload: { ref: 'refs/heads/main', repository: { default_branch: 'main' } }, runId: run.id });
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.equal(r.outputs['status'], 'no-baseline');
    assert.equal(r.outputs['total-bytes'], '10000');
    assert.ok(r.outputs['report-path'] && existsSync(r.outputs['report-path']));
    assert.ok(r.summary.length > 0);
    assert.match(r.stdout, /::warning::(uploading the report artifact layer-budget-web failed|the report can't be uploaded as an artifact: the runner gives this step no ACTIONS_RUNTIME_TOKEN)/);
    // make this run's report the baseline of the next scenario
    gh.addArtifact(run.id, 'layer-budget-web', { 'report.json': readFileSync(r.outputs['report-path'] ?? '') });
    assert.deepEqual(gh.violations, []);
  });

  it('a pull request finds the baseline and comments once', async (t) => {
    if (ready) return t.skip(ready);
    gh.addPull({ number: 4, headSha: SHA_HEAD, baseSha: SHA_MAIN });
    const run = gh.addRun({ headSha: SHA_HEAD, event: 'pull_request', headBranch: 'feature-4' });
    const payload = {
      number: 4,
      pull_request: {
        number: 4,
        head: { sha: SHA_HEAD, ref: 'feature-4', repo: { full_name: gh.fullName } },
        base: { sha: SHA_MAIN, ref: 'main', repo: { full_name: gh.fullName } },
        labels: [],
      },
      repository: { default_branch: 'main' },
    };
    const r = await runDist('pr', { bin: 'bin-ok', event: 'pull_request', payload, runId: run.id });
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.equal(r.outputs['delta-bytes'], '0');
    assert.match(r.outputs['status'] ?? '', /^(pass|warn)$/);
    const mine = gh.comments.filter((c) => c.issueNumber === 4 && c.login === BOT_LOGIN);
    assert.equal(mine.length, 1);
    assert.ok(mine[0]?.body.startsWith('<!-- layer-budget:web -->'));
    assert.ok((mine[0]?.body.length ?? 0) <= 65_536);
    assert.equal(r.outputs['comment-url'], `https://github.com/acme/app/pull/4#issuecomment-${mine[0]?.id}`);
    assert.deepEqual(gh.violations, []);
  });

  it('with no config, a PR whose image ships a private key and a .env with an AWS key fails: exit 1, status fail, the secret in the comment', async (t) => {
    if (ready) return t.skip(ready);
    const head = 'b'.repeat(40);
    gh.addPull({ number: 5, headSha: head, baseSha: SHA_MAIN });
    const run = gh.addRun({ headSha: head, event: 'pull_request', headBranch: 'feature-5' });
    const payload = {
      number: 5,
      pull_request: {
        number: 5,
        head: { sha: head, ref: 'feature-5', repo: { full_name: gh.fullName } },
        base: { sha: SHA_MAIN, ref: 'main', repo: { full_name: gh.fullName } },
        labels: [],
      },
      repository: { default_branch: 'main' },
    };
    const r = await runDist('secret', { bin: 'bin-secret', event: 'pull_request', payload, runId: run.id });
    assert.equal(r.code, 1, r.stdout + r.stderr);
    assert.equal(r.outputs['status'], 'fail');
    assert.match(r.stdout, /::error::over budget: hints: 1 hint at or above error/);
    const body = gh.comments.find((c) => c.issueNumber === 5 && c.login === BOT_LOGIN)?.body ?? '';
    assert.match(body, /### ❌ .* is over budget/);
    const hints = body.slice(body.indexOf('💡'));
    assert.match(hints, /`secrets` \(error\)/);
    const report = JSON.parse(readFileSync(r.outputs['report-path'] ?? '', 'utf8')) as { hints: Array<{ rule: string }> };
    assert.equal(report.hints[0]?.rule, 'secrets', 'the report lists the secret first');
    for (const s of [AWS_SECRET, PEM_BODY]) assert.ok(!(body + r.stdout + r.summary).includes(s));
    assert.deepEqual(gh.violations, []);
    secretComment = body;
  });

  it('… and the secret is the first hint of that comment', () => {
    const first = /^1\. \*\*.*· `([a-z-]+)` \(/m.exec(secretComment.slice(secretComment.indexOf('💡')));
    assert.equal(first?.[1], 'secrets');
  });

  it('the dockerfile input (auto: ./Dockerfile of the checkout): the secret is an error annotation on its COPY line, linked in the summary', async (t) => {
    if (ready) return t.skip(ready);
    const run = gh.addRun({ headSha: SHA_MAIN });
    const dockerfile = 'FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y curl\nCOPY . /app\n';
    const r = await runDist('dockerfile', { bin: 'bin-secret', event: 'push', payload: {}, runId: run.id, inputs: { dockerfile: 'auto', annotations: 'true' }, files: { Dockerfile: dockerfile } });
    assert.equal(r.code, 1, r.stdout + r.stderr);
    assert.match(r.stdout, /^::error title=secrets,file=Dockerfile,line=3,endLine=3::/m);
    assert.ok(r.summary.includes(`[Dockerfile:3](https://github.com/${gh.fullName}/blob/${SHA_MAIN}/Dockerfile#L3)`), r.summary);
    const report = JSON.parse(readFileSync(r.outputs['report-path'] ?? '', 'utf8')) as { layers: Array<{ location?: { line: number } | null }> };
    assert.equal(report.layers[2]?.location?.line, 3);
    for (const s of [AWS_SECRET, PEM_BODY]) assert.ok(!(r.stdout + r.summary).includes(s));
    assert.deepEqual(gh.violations, []);
  });

  it('an export that dies midway is a tool error (status error, not exit 1) that shows the engine’s stderr', async (t) => {
    if (ready) return t.skip(ready);
    const run = gh.addRun({ headSha: SHA_MAIN });
    const r = await runDist('dies', { bin: 'bin-dies', event: 'push', payload: {}, runId: run.id });
    assert.ok(r.code === 2 || r.code === 3, `exit ${r.code}`);
    assert.notEqual(r.code, 1);
    assert.equal(r.outputs['status'], 'error');
    assert.match(r.stdout, /::error::.*no space left on device/);
    assert.match(r.summary, /layer-budget: (internal )?error/);
  });
});
