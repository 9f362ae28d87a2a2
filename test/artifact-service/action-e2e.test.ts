/**
 * The bundled action as the runner runs it, with @actions/artifact's real code talking to the results-service
 * stand-in and the REST API at the fake GitHub: `INPUT_*` variables, event payload files (push, pull_request
 * with GITHUB_SHA = the test merge commit, workflow_run), GITHUB_RUN_ATTEMPT, ACTIONS_RUNTIME_TOKEN /
 * ACTIONS_RESULTS_URL, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, and a `docker` stand-in on PATH that
 * checks its arguments (`save [--platform P] IMAGE`).
 *
 * The bundle is built from this work tree into a temporary folder with scripts/build.ts (the committed
 * dist/ is not touched); LAYER_BUDGET_E2E_DIST points at another build instead.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, afterEach, before, describe, it } from 'node:test';
import { blobImage } from '../helpers/blob-image.ts';
import { BOT_LOGIN, FakeGitHub } from '../github/fake-github.ts';
import { ResultsService } from './results-service.ts';
import type { ServiceRun } from './results-service.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const nodeBin = join(root, 'node_modules/.bin/node');
const MAIN_1 = '1'.repeat(40);
const MAIN_2 = '2'.repeat(40);
const HEAD = 'a'.repeat(40);
const MERGE = 'f'.repeat(40);

/** A `docker` stand-in: `save [--platform linux/amd64] IMAGE` streams the archive for IMAGE; it logs its arguments. */
function dockerStandIn(dir: string, archives: Record<string, string>): void {
  mkdirSync(dir, { recursive: true });
  const cases = Object.entries(archives)
    .map(([image, file]) => `    ${image}) cat '${file}' ;;`)
    .join('\n');
  writeFileSync(
    join(dir, 'docker'),
    `#!/bin/sh
echo "$*" >> '${join(dir, 'calls.log')}'
[ "$1" = save ] || { echo "docker stand-in: unsupported: $*" >&2; exit 125; }
shift
if [ "$1" = --platform ]; then [ "$2" = linux/amd64 ] || { echo "bad platform $2" >&2; exit 9; }; shift 2; fi
case "$1" in
${cases}
    *) echo "Error response from daemon: reference does not exist: $1" >&2; exit 1 ;;
esac
`,
  );
  chmodSync(join(dir, 'docker'), 0o755);
}

function readOutputs(file: string): Record<string, string> {
  const out: Record<string, string> = {};
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
  for (const m of text.matchAll(/^([^\n<]+)<<(\S+)\n([\s\S]*?)\n\2$/gm)) out[m[1] ?? ''] = m[3] ?? '';
  return out;
}

interface RunResult {
  code: number | null;
  stdout: string;
  outputs: Record<string, string>;
  summary: string;
}

describe('bundled action + real @actions/artifact against the results service stand-in', () => {
  let gh: FakeGitHub;
  let svc: ResultsService;
  let tmp: string;
  let dist = process.env['LAYER_BUDGET_E2E_DIST'] ?? '';
  let n = 0;

  before(async () => {
    tmp = mkdtempSync(join(tmpdir(), 'layer-budget-artifact-e2e-'));
    if (!dist) {
      const { bundle } = (await import('../../scripts/build.ts')) as { bundle: (outdir: string) => Promise<void> };
      await bundle(join(tmp, 'dist'));
      dist = join(tmp, 'dist/index.js');
    }
    writeFileSync(join(tmp, 'small.tar'), blobImage(10_000));
    writeFileSync(join(tmp, 'big.tar'), blobImage(12_000));
    writeFileSync(join(tmp, 'base.tar'), blobImage(10_000));
    dockerStandIn(join(tmp, 'bin'), { 'web:small': join(tmp, 'small.tar'), 'web:big': join(tmp, 'big.tar'), 'debian:bookworm': join(tmp, 'base.tar') });
    gh = await FakeGitHub.start();
    svc = await ResultsService.start({ gh });
  });
  after(async () => {
    await svc?.close();
    await gh?.close();
    rmSync(tmp, { recursive: true, force: true });
  });
  afterEach(() => {
    assert.deepEqual(svc.violations, []);
    assert.deepEqual(gh.violations, []);
  });

  async function runAction(opts: {
    event: string;
    payload: unknown;
    run: ServiceRun;
    attempt?: number;
    sha?: string;
    ref?: string;
    inputs?: Record<string, string>;
    env?: Record<string, string>;
  }): Promise<RunResult> {
    const dir = join(tmp, `run-${++n}`);
    mkdirSync(join(dir, 'runner-temp'), { recursive: true });
    writeFileSync(join(dir, 'event.json'), JSON.stringify(opts.payload));
    writeFileSync(join(dir, 'output'), '');
    writeFileSync(join(dir, 'summary.md'), '');
    const inputs: Record<string, string> = {
      image: 'web:small', engine: 'docker', source: '', platform: '', config: '', key: 'web', 'github-token': 'e2e-token', mode: 'auto',
      'baseline-report': '', comment: 'true', 'artifact-retention-days': '90', 'waiver-label': '', 'base-image': '', 'push-baseline': 'false',
      'baseline-image': '', 'baseline-workflow': '', 'baseline-branch': '', 'baseline-max-runs': '30', ...opts.inputs,
    };
    const env: Record<string, string> = {
      PATH: `${join(tmp, 'bin')}:${process.env['PATH'] ?? ''}`,
      HOME: dir,
      NO_PROXY: '127.0.0.1,localhost',
      no_proxy: '127.0.0.1,localhost',
      GITHUB_ACTIONS: 'true',
      GITHUB_EVENT_NAME: opts.event,
      GITHUB_EVENT_PATH: join(dir, 'event.json'),
      GITHUB_REPOSITORY: gh.fullName,
      GITHUB_SHA: opts.sha ?? MAIN_1,
      GITHUB_REF: opts.ref ?? 'refs/heads/main',
      GITHUB_RUN_ID: String(opts.run.githubRunId),
      GITHUB_RUN_ATTEMPT: String(opts.attempt ?? 1),
      GITHUB_WORKFLOW_REF: `${gh.fullName}/.github/workflows/ci.yml@${opts.ref ?? 'refs/heads/main'}`,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_API_URL: gh.url,
      GITHUB_OUTPUT: join(dir, 'output'),
      GITHUB_STEP_SUMMARY: join(dir, 'summary.md'),
      GITHUB_WORKSPACE: dir,
      RUNNER_TEMP: join(dir, 'runner-temp'),
      ACTIONS_RUNTIME_TOKEN: svc.runtimeToken(opts.run),
      ACTIONS_RESULTS_URL: `${svc.url}/`,
      ...opts.env,
    };
    for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
    const child = spawn(nodeBin, [dist], { env, cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stdout += c.toString()));
    const code = await new Promise<number | null>((res) => child.on('close', res));
    if (process.env['E2E_DEBUG']) process.stderr.write(`--- run ${n}\n${stdout}\n`);
    return { code, stdout, outputs: readOutputs(join(dir, 'output')), summary: readFileSync(join(dir, 'summary.md'), 'utf8') };
  }

  const pushPayload = (after: string, before: string) => ({ ref: 'refs/heads/main', before, after, repository: { full_name: gh.fullName, default_branch: 'main' } });
  const prPayload = (baseSha: string) => ({
    action: 'synchronize',
    number: 4,
    pull_request: {
      number: 4,
      head: { sha: HEAD, ref: 'feature-4', repo: { full_name: gh.fullName } },
      base: { sha: baseSha, ref: 'main', repo: { full_name: gh.fullName } },
      labels: [],
    },
    repository: { full_name: gh.fullName, default_branch: 'main' },
  });
  let pushRun1: ServiceRun;
  let prRun: ServiceRun;

  it('the bundle keeps the licences of what it bundles (licenses.txt)', (t) => {
    if (process.env['LAYER_BUDGET_E2E_DIST']) return t.skip('prebuilt bundle');
    const text = readFileSync(join(dirname(dist), 'licenses.txt'), 'utf8');
    for (const pkg of ['@actions/artifact', '@actions/core', '@azure/storage-blob', '@octokit/plugin-throttling']) assert.match(text, new RegExp(`^${pkg}@\\d+\\.\\d+\\.\\d+ \\(MIT\\)$`, 'm'));
    assert.match(text, /Permission is hereby granted/);
  });

  it('push: the real client uploads the report (retention capped by the repository setting); platform and base-image saves get --platform', async () => {
    const g = gh.addRun({ headSha: MAIN_1 });
    pushRun1 = svc.addRun(g.id);
    const r = await runAction({
      event: 'push',
      payload: pushPayload(MAIN_1, '0'.repeat(40)),
      run: pushRun1,
      inputs: { platform: 'linux/amd64', 'base-image': 'docker-daemon:debian:bookworm', 'artifact-retention-days': '90' },
      env: { GITHUB_RETENTION_DAYS: '30' },
    });
    assert.equal(r.code, 0, r.stdout);
    assert.equal(r.outputs['status'], 'no-baseline');
    const arts = svc.finalized(g.id);
    // the report, and the explorer page in an artifact of its own (the baseline download stays small)
    assert.deepEqual(arts.map((a) => a.name), ['layer-budget-web', 'layer-budget-web-explorer']);
    assert.ok(arts[1]!.size > arts[0]!.size, 'the page is the larger artifact');
    assert.equal(Math.round((arts[0]!.expiresAt!.getTime() - Date.now()) / 86_400_000), 30);
    assert.match(r.stdout, /Retention days cannot be greater than the maximum allowed retention/);
    assert.equal(gh.artifacts.find((a) => a.runId === g.id)?.id, arts[0]!.id);
    const calls = readFileSync(join(tmp, 'bin/calls.log'), 'utf8').trim().split('\n');
    assert.deepEqual(calls.sort(), ['save --platform linux/amd64 debian:bookworm', 'save --platform linux/amd64 web:small']);
  });

  it('a re-run of the push job (GITHUB_RUN_ATTEMPT 2) replaces its own artifact', async () => {
    const before = svc.finalized(pushRun1.githubRunId).map((a) => a.id);
    const r = await runAction({ event: 'push', payload: pushPayload(MAIN_1, '0'.repeat(40)), run: pushRun1, attempt: 2 });
    assert.equal(r.code, 0, r.stdout);
    const after = svc.finalized(pushRun1.githubRunId);
    assert.deepEqual(after.map((a) => a.name).sort(), ['layer-budget-web', 'layer-budget-web-explorer'], 'one of each, replaced');
    for (const a of after) assert.ok(!before.includes(a.id), `${a.name} was uploaded again`);
    assert.equal(gh.artifacts.filter((a) => a.runId === pushRun1.githubRunId).length, 2);
  });

  it('two matrix legs of one run with the same key: the second fails naming the key', async () => {
    const g = gh.addRun({ headSha: MAIN_1, headBranch: 'other' });
    const run = svc.addRun(g.id);
    const first = await runAction({ event: 'push', payload: pushPayload(MAIN_1, '0'.repeat(40)), run, inputs: { key: 'api' } });
    assert.equal(first.code, 0, first.stdout);
    const second = await runAction({ event: 'push', payload: pushPayload(MAIN_1, '0'.repeat(40)), run, inputs: { key: 'api', image: 'web:big' } });
    assert.equal(second.code, 2, second.stdout);
    assert.equal(second.outputs['status'], 'error');
    assert.match(second.stdout, /::error::layer-budget: another job of this workflow run already uploaded the report artifact layer-budget-api: two jobs use the key `api`/);
    assert.match(second.stdout, /give each matrix leg its own key/);
    // only the first leg's report and page: the second uploaded nothing
    assert.deepEqual(svc.finalized(g.id).map((a) => a.name), ['layer-budget-api', 'layer-budget-api-explorer']);
  });

  it('two legs with the same key at the same time: exactly one uploads, the other fails naming the key (the pre-check, or the service’s 409 when both pass it)', async () => {
    const g = gh.addRun({ headSha: MAIN_1, headBranch: 'other' });
    const run = svc.addRun(g.id);
    const legs = await Promise.all([
      runAction({ event: 'push', payload: pushPayload(MAIN_1, '0'.repeat(40)), run, inputs: { key: 'twin' } }),
      runAction({ event: 'push', payload: pushPayload(MAIN_1, '0'.repeat(40)), run, inputs: { key: 'twin', image: 'web:big' } }),
    ]);
    assert.deepEqual(legs.map((l) => l.code).sort(), [0, 2], legs.map((l) => l.stdout).join('\n----\n'));
    const failed = legs.find((l) => l.code === 2)!;
    assert.match(failed.stdout, /two jobs use the key `twin`/);
    assert.deepEqual(svc.finalized(g.id).map((a) => a.name).sort(), ['layer-budget-twin', 'layer-budget-twin-explorer']);
  });

  it('pull_request with GITHUB_SHA = the merge commit: baseline from its first parent’s run, own report uploaded, one comment', async () => {
    const g2 = gh.addRun({ headSha: MAIN_2 });
    const main2 = svc.addRun(g2.id);
    const p = await runAction({ event: 'push', payload: pushPayload(MAIN_2, MAIN_1), run: main2, inputs: { image: 'web:small' } });
    assert.equal(p.code, 0, p.stdout);
    gh.addPull({ number: 4, headSha: HEAD, baseSha: MAIN_1 });
    gh.addCommit(MERGE, [MAIN_2, HEAD]);
    const g = gh.addRun({ headSha: HEAD, event: 'pull_request', headBranch: 'feature-4', pullRequests: [4] });
    prRun = svc.addRun(g.id);
    const r = await runAction({ event: 'pull_request', payload: prPayload(MAIN_1), run: prRun, sha: MERGE, ref: 'refs/pull/4/merge', inputs: { image: 'web:big', comment: 'false' } });
    assert.equal(r.code, 0, r.stdout);
    assert.equal(r.outputs['delta-bytes'], '2000');
    assert.match(r.summary, new RegExp(`Baseline: run ${g2.id} at \`222222222222\`, the first parent of this PR's merge commit`));
    const arts = svc.finalized(g.id);
    assert.deepEqual(arts.map((a) => a.name), ['layer-budget-web', 'layer-budget-web-explorer']);
    // the summary links the explorer page's artifact
    assert.ok(r.summary.includes(`[explore the image](https://github.com/acme/app/actions/runs/${g.id}/artifacts/${arts[1]!.id})`), r.summary.slice(-400));
  });

  it('workflow_run comment mode downloads the PR run’s artifact (uploaded by the real client) and comments', async () => {
    const me = gh.addRun({ headSha: MAIN_2, event: 'workflow_run', path: '.github/workflows/comment.yml', workflowId: 78 });
    const payload = {
      action: 'completed',
      workflow_run: {
        id: prRun.githubRunId, workflow_id: 77, event: 'pull_request', conclusion: 'success', head_sha: HEAD, head_branch: 'feature-4',
        head_repository: { full_name: gh.fullName }, pull_requests: [{ number: 4 }],
      },
      repository: { full_name: gh.fullName, default_branch: 'main' },
    };
    const r = await runAction({ event: 'workflow_run', payload, run: svc.addRun(me.id), sha: MAIN_2, inputs: { image: '', mode: 'comment' } });
    assert.equal(r.code, 0, r.stdout);
    const mine = gh.comments.filter((c) => c.issueNumber === 4 && c.login === BOT_LOGIN);
    assert.equal(mine.length, 1);
    assert.ok(mine[0]!.body.startsWith('<!-- layer-budget:web -->'));
    assert.equal(r.outputs['total-bytes'], '12000');
    assert.ok(gh.calls('actions/download-artifact').length >= 1);
    assert.equal(gh.calls('graphql').length, 1);
  });

  // The other field points, through the bundle as well (the in-process versions are in test/github/field.test.ts).
  it('merge_group: the queue head is gated against merge_group.base_sha, no comment', async () => {
    const g = gh.addRun({ headSha: '9'.repeat(40), event: 'merge_group', headBranch: 'gh-readonly-queue/main/pr-4-x' });
    const listsBefore = gh.calls('issues/list-comments').length;
    const payload = {
      action: 'checks_requested',
      merge_group: { head_sha: '9'.repeat(40), head_ref: 'refs/heads/gh-readonly-queue/main/pr-4-x', base_sha: MAIN_2, base_ref: 'refs/heads/main' },
      repository: { full_name: gh.fullName, default_branch: 'main' },
    };
    const r = await runAction({ event: 'merge_group', payload, run: svc.addRun(g.id), sha: '9'.repeat(40), ref: 'refs/heads/gh-readonly-queue/main/pr-4-x', inputs: { image: 'web:big' } });
    assert.equal(r.code, 0, r.stdout);
    assert.equal(r.outputs['delta-bytes'], '2000');
    assert.match(r.summary, /the merge queue group's base commit/);
    assert.equal(gh.calls('issues/list-comments').length, listsBefore);
  });

  it('an App installation token finds and updates its own `<slug>[bot]` comment', async () => {
    gh.appTokens.set('app-token', 'acme-sizer');
    gh.addPull({ number: 8, headSha: HEAD, baseSha: MAIN_1 });
    for (const image of ['web:small', 'web:big']) {
      const g = gh.addRun({ headSha: HEAD, event: 'pull_request', headBranch: 'feature-8' });
      const payload = { ...prPayload(MAIN_1), number: 8, pull_request: { ...prPayload(MAIN_1).pull_request, number: 8 } };
      const r = await runAction({ event: 'pull_request', payload, run: svc.addRun(g.id), sha: MERGE, ref: 'refs/pull/8/merge', inputs: { image, 'github-token': 'app-token' } });
      assert.equal(r.code, 0, r.stdout);
    }
    const mine = gh.comments.filter((c) => c.issueNumber === 8);
    assert.deepEqual(mine.map((c) => c.login), ['acme-sizer[bot]']);
  });

  it('comment mode after the PR moved on: a notice, exit 0', async () => {
    gh.addPull({ number: 9, headSha: 'e'.repeat(40), baseSha: MAIN_1 });
    const pr = gh.addRun({ headSha: 'd'.repeat(40), event: 'pull_request', headBranch: 'feature-9', pullRequests: [9] });
    const me = gh.addRun({ headSha: MAIN_2, event: 'workflow_run', workflowId: 78 });
    const payload = {
      action: 'completed',
      workflow_run: { id: pr.id, workflow_id: 77, event: 'pull_request', conclusion: 'success', head_sha: 'd'.repeat(40), head_branch: 'feature-9', head_repository: { full_name: gh.fullName }, pull_requests: [{ number: 9 }] },
      repository: { full_name: gh.fullName, default_branch: 'main' },
    };
    gh.addArtifact(pr.id, 'layer-budget-web', { 'report.json': '{}' });
    const r = await runAction({ event: 'workflow_run', payload, run: svc.addRun(me.id), sha: MAIN_2, inputs: { image: '', mode: 'comment' } });
    assert.equal(r.code, 0, r.stdout);
    assert.match(r.stdout, /::notice::not commenting: pull request #9's head moved on to eeeeeeeeeeee/);
    assert.doesNotMatch(r.stdout, /::(error|warning)::/);
  });

  it('a primary rate limit an hour away: exit 4, status rate-limited, no waiting', async () => {
    const g = gh.addRun({ headSha: HEAD, event: 'pull_request', headBranch: 'feature-4' });
    gh.failNext('actions/list-workflow-runs', 403, 1, 'API rate limit exceeded for installation ID 1.', {
      'x-ratelimit-limit': '1000', 'x-ratelimit-remaining': '0', 'x-ratelimit-used': '1000', 'x-ratelimit-resource': 'core',
      'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
    });
    const t0 = Date.now();
    const r = await runAction({ event: 'pull_request', payload: prPayload(MAIN_1), run: svc.addRun(g.id), sha: HEAD, ref: 'refs/pull/4/merge', inputs: { comment: 'false' } });
    assert.ok(Date.now() - t0 < 30_000);
    assert.equal(r.code, 4, r.stdout);
    assert.equal(r.outputs['status'], 'rate-limited');
    assert.match(r.stdout, /::error::layer-budget: listing workflow runs for the baseline: GitHub's API rate limit for this token is used up and resets in \d+ s/);
  });

  it('baseline-image (any CLI source) is the baseline; on GHES the upload says once why and what to use', async () => {
    const g = gh.addRun({ headSha: HEAD, event: 'pull_request', headBranch: 'feature-4' });
    const r = await runAction({
      event: 'pull_request', payload: prPayload(MAIN_1), run: svc.addRun(g.id), sha: HEAD, ref: 'refs/pull/4/merge',
      inputs: { image: 'web:big', 'baseline-image': 'docker-daemon:web:small', comment: 'false' },
      env: { GITHUB_SERVER_URL: 'https://ghe.acme.internal' },
    });
    assert.equal(r.code, 0, r.stdout);
    assert.equal(r.outputs['delta-bytes'], '2000');
    const warnings = r.stdout.split('\n').filter((l) => l.startsWith('::warning::'));
    assert.equal(warnings.length, 1, warnings.join('\n'));
    assert.match(warnings[0]!, /GitHub Enterprise Server \(ghe\.acme\.internal\).*`baseline-image`/);
    assert.equal(svc.finalized(g.id).length, 0);
  });
});
