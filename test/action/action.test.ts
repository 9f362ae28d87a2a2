/**
 * The action program end to end against the fake GitHub server: the ten scenarios of issue 5. Every request
 * and response is checked against GitHub's OpenAPI description; `violations` must stay empty.
 */
import assert from 'node:assert/strict';
import { after, afterEach, before, describe, it } from 'node:test';
import { runAction } from '../../src/action/main.ts';
import { findBaseline } from '../../src/github/baseline.ts';
import { createOctokit } from '../../src/github/octokit.ts';
import type { RunContextData } from '../../src/action/context.ts';
import type { Report } from '../../src/report/types.ts';
import { BOT_LOGIN, FakeGitHub } from '../github/fake-github.ts';
import { fixedPipeline, harnessPorts, loadParseReport, makeReport, prContext, pushContext, sha, tempDir } from '../github/harness.ts';

const KEY = 'web';
const MAIN_1 = sha('1');
const MAIN_2 = sha('2');
const HEAD_A = sha('a');
const HEAD_B = sha('b');
const inputs = (extra: Record<string, string> = {}): Record<string, string> => ({
  image: 'web:latest',
  key: KEY,
  'github-token': 'rw-token',
  mode: 'auto',
  comment: 'true',
  'artifact-retention-days': '30',
  ...extra,
});

let parseReport: (text: string, what: string) => Report;
let tmp: { path: string; remove: () => Promise<void> };
before(async () => {
  parseReport = await loadParseReport();
  tmp = await tempDir();
});
after(() => tmp.remove());

async function run(
  gh: FakeGitHub,
  context: RunContextData,
  pipeline: ReturnType<typeof fixedPipeline>,
  extraInputs: Record<string, string> = {},
): Promise<{ exit: number; rec: ReturnType<typeof harnessPorts>['rec'] }> {
  const { ports, rec } = harnessPorts({ gh, inputs: inputs(extraInputs), context, pipeline, parseReport, tempDir: tmp.path });
  const exit = await runAction(ports);
  return { exit, rec };
}

const botComments = (gh: FakeGitHub, n: number) => gh.comments.filter((c) => c.issueNumber === n && c.login === BOT_LOGIN);

describe('action: push then pull request (one repository history)', () => {
  let gh: FakeGitHub;
  before(async () => {
    gh = await FakeGitHub.start();
    gh.addPull({ number: 5, headSha: HEAD_A, baseSha: MAIN_1 });
  });
  after(() => gh.close());
  afterEach(() => assert.deepEqual(gh.violations, []));

  it('1. first push, no baseline: uploads the report artifact, status no-baseline, exit 0', async () => {
    const pushRun = gh.addRun({ headSha: MAIN_1, event: 'push' });
    const { exit, rec } = await run(gh, pushContext(gh, pushRun.id, MAIN_1), fixedPipeline({ totalBytes: 100_000_000, budgetBytes: 500_000_000 }));
    assert.equal(exit, 0);
    assert.equal(rec.outputs['status'], 'no-baseline');
    assert.equal(rec.outputs['total-bytes'], '100000000');
    assert.equal(rec.outputs['delta-bytes'], '');
    assert.match(rec.outputs['report-path'] ?? '', /layer-budget-web\/report\.json$/);
    assert.deepEqual(rec.uploads.map((u) => [u.name, u.retentionDays]), [['layer-budget-web', 30]]);
    assert.equal(gh.artifacts.filter((a) => a.runId === pushRun.id && a.name === 'layer-budget-web').length, 1);
    assert.equal(rec.summaries.length, 1);
    assert.match(rec.logText('notice'), /no baseline/);
    assert.equal(gh.calls('issues/create-comment').length, 0);
  });

  it('2. a PR with a baseline gets exactly one comment', async () => {
    const prRun = gh.addRun({ headSha: HEAD_A, event: 'pull_request', headBranch: 'feature-5' });
    const pipeline = fixedPipeline({ totalBytes: 120_000_000, budgetBytes: 500_000_000 });
    const { exit, rec } = await run(gh, prContext(gh, prRun.id, { number: 5, headSha: HEAD_A, baseSha: MAIN_1 }), pipeline);
    assert.equal(exit, 0);
    assert.equal(pipeline.calls[0]?.baseline?.totals.totalBytes, 100_000_000, 'the push run’s report is the baseline');
    assert.equal(rec.outputs['status'], 'pass');
    assert.equal(rec.outputs['delta-bytes'], '20000000');
    const mine = botComments(gh, 5);
    assert.equal(mine.length, 1);
    assert.ok(mine[0]?.body.startsWith('<!-- layer-budget:web -->'));
    assert.equal(rec.outputs['comment-url'], `https://github.com/acme/app/pull/5#issuecomment-${mine[0]?.id}`);
    assert.equal(rec.summaries.length, 1);
  });

  let rerunId = 0;
  it('3. a rerun with a new result leaves exactly one comment, updated', async () => {
    const prRun = gh.addRun({ headSha: HEAD_A, event: 'pull_request', headBranch: 'feature-5' });
    rerunId = prRun.id;
    const { exit } = await run(gh, prContext(gh, prRun.id, { number: 5, headSha: HEAD_A, baseSha: MAIN_1 }), fixedPipeline({ totalBytes: 130_000_000 }));
    assert.equal(exit, 0);
    const mine = botComments(gh, 5);
    assert.equal(mine.length, 1);
    assert.match(mine[0]?.body ?? '', /\*\*130\.0 MB\*\* uncompressed \(\*\*\+30\.0 MB\*\*/);
    assert.equal(gh.calls('issues/update-comment').length, 1);
    assert.equal(gh.calls('issues/create-comment').length, 1);
  });

  it('4. an unchanged body (a re-run attempt of the same run) makes no update call', async () => {
    const { exit, rec } = await run(gh, prContext(gh, rerunId, { number: 5, headSha: HEAD_A, baseSha: MAIN_1 }), fixedPipeline({ totalBytes: 130_000_000 }));
    assert.equal(exit, 0);
    assert.equal(gh.calls('issues/update-comment').length, 1, 'still only the update of scenario 3');
    assert.equal(botComments(gh, 5).length, 1);
    assert.match(rec.logText('info'), /comment unchanged/);
    assert.ok(rec.outputs['comment-url']);
  });

  it('5. a fork PR: no comment call, the summary is written, the gate still fails over budget', async () => {
    gh.addPull({ number: 6, headSha: HEAD_B, baseSha: MAIN_1, headRepository: 'mallory/app', headRef: 'main' });
    gh.readOnlyTokens.add('ro-token');
    const prRun = gh.addRun({ headSha: HEAD_B, event: 'pull_request', headBranch: 'main', headRepository: 'mallory/app' });
    const before = gh.log.length;
    const { exit, rec } = await run(
      gh,
      prContext(gh, prRun.id, { number: 6, headSha: HEAD_B, baseSha: MAIN_1, headRepository: 'mallory/app', headRef: 'main' }),
      fixedPipeline({ totalBytes: 900_000_000, budgetBytes: 500_000_000 }),
      { 'github-token': 'ro-token' },
    );
    assert.equal(exit, 1);
    assert.equal(rec.outputs['status'], 'fail');
    const calls = gh.log.slice(before).map((e) => e.operationId);
    assert.ok(!calls.includes('issues/create-comment') && !calls.includes('issues/update-comment') && !calls.includes('issues/list-comments'), calls.join(','));
    assert.equal(rec.summaries.length, 1);
    assert.match(rec.summaries[0] ?? '', /read-only token/);
    assert.match(rec.logText('warning'), /pull requests from forks get a read-only token/);
    assert.match(rec.logText('error'), /over budget: total: total 900\.0 MB is over the limit 500\.0 MB/);
    assert.equal(rec.uploads.length, 1, 'the report is still uploaded for the workflow_run comment workflow');
  });

  it('a waiver label turns the failing budget into a warning', async () => {
    gh.addPull({ number: 7, headSha: sha('c'), baseSha: MAIN_1, labels: ['size-ok'] });
    const prRun = gh.addRun({ headSha: sha('c'), event: 'pull_request', headBranch: 'feature-7' });
    const pipeline = fixedPipeline({ totalBytes: 900_000_000, budgetBytes: 500_000_000 });
    const { exit, rec } = await run(gh, prContext(gh, prRun.id, { number: 7, headSha: sha('c'), baseSha: MAIN_1 }), pipeline, { 'waiver-label': 'size-ok' });
    assert.equal(exit, 0);
    assert.equal(pipeline.calls[0]?.waived, true);
    assert.equal(rec.outputs['status'], 'warn');
  });

  it('7. a huge comment (600 changed layers, 3,000 directories) stays under 65,536 characters, pointing to the summary', async () => {
    gh.addPull({ number: 14, headSha: sha('7'), baseSha: MAIN_1 });
    const prRun = gh.addRun({ headSha: sha('7'), event: 'pull_request', headBranch: 'feature-14' });
    const big = (salt: number): Report => {
      const r = makeReport(1000);
      const layer = r.layers[0]!;
      r.layers = Array.from({ length: 600 }, (_, i) => ({
        ...layer,
        index: i,
        diffId: `sha256:${(salt * 1000 + i).toString(16).padStart(64, '0')}`,
        instruction: `RUN step ${i} | <b>@team</b> \`${'x'.repeat(150)}\``,
        normalizedInstruction: `RUN step ${i} | <b>@team</b> \`${'x'.repeat(150)}\``,
        contentBytes: (i + 1) * 1000 * salt,
      }));
      r.totals.layerCount = 600;
      r.totals.totalBytes = r.layers.reduce((a, l) => a + l.contentBytes, 0);
      r.directories = Array.from({ length: 3000 }, (_, i) => ({ path: `/app/node_modules/pkg-${i}/some/long/path/segment`, sizeBytes: i * salt * 100, fileCount: 1 }));
      return r;
    };
    const head = big(2);
    const pipeline = fixedPipeline({ totalBytes: 1, report: head });
    const { exit } = await run(gh, prContext(gh, prRun.id, { number: 14, headSha: sha('7'), baseSha: MAIN_1 }), pipeline);
    assert.equal(exit, 0);
    assert.ok(pipeline.calls[0]?.baseline, 'diffed against the baseline');
    const [c] = botComments(gh, 14);
    assert.ok(c && c.body.length <= 65_536 && c.body.length > 10_000, `length ${c?.body.length}`);
    assert.ok(c.body.startsWith('<!-- layer-budget:web -->'));
    assert.match(c.body, /job summary/);
    const raw = c.body.split('\n').filter((l) => l.includes('@team') && !/``.*@team.*``/.test(l));
    assert.deepEqual(raw, [], 'image strings only appear inside code spans');
  });

  it('8. a user comment carrying our marker is not taken over', async () => {
    gh.addPull({ number: 10, headSha: sha('e'), baseSha: MAIN_1 });
    const forged = gh.addComment(10, '<!-- layer-budget:web -->\nI pasted your marker', 'mallory');
    const prRun = gh.addRun({ headSha: sha('e'), event: 'pull_request', headBranch: 'feature-10' });
    const updates = gh.calls('issues/update-comment').length;
    const { exit } = await run(gh, prContext(gh, prRun.id, { number: 10, headSha: sha('e'), baseSha: MAIN_1 }), fixedPipeline({ totalBytes: 5 }));
    assert.equal(exit, 0);
    assert.equal(gh.calls('issues/update-comment').length, updates);
    assert.equal(forged.body, '<!-- layer-budget:web -->\nI pasted your marker');
    assert.equal(botComments(gh, 10).length, 1);
    assert.equal(gh.comments.filter((c) => c.issueNumber === 10).length, 2);
  });

  it('finds our comment past the first page of comments (pagination)', async () => {
    gh.addPull({ number: 11, headSha: sha('f'), baseSha: MAIN_1 });
    for (let i = 0; i < 150; i++) gh.addComment(11, `chatter ${i}`);
    const ours = gh.addComment(11, '<!-- layer-budget:web -->\nold', BOT_LOGIN);
    const prRun = gh.addRun({ headSha: sha('f'), event: 'pull_request', headBranch: 'feature-11' });
    const { exit } = await run(gh, prContext(gh, prRun.id, { number: 11, headSha: sha('f'), baseSha: MAIN_1 }), fixedPipeline({ totalBytes: 5 }));
    assert.equal(exit, 0);
    assert.equal(botComments(gh, 11).length, 1);
    assert.match(ours.body, /\*\*5 B\*\* uncompressed/);
    assert.ok(gh.calls('issues/list-comments').some((c) => /page=2/.test(c.path)));
  });

  it('9. a 502 followed by success is retried (listing runs and creating the comment)', async () => {
    gh.addPull({ number: 12, headSha: sha('9'), baseSha: MAIN_1 });
    const prRun = gh.addRun({ headSha: sha('9'), event: 'pull_request', headBranch: 'feature-12' });
    gh.failNext('actions/list-workflow-runs', 502);
    gh.failNext('issues/create-comment', 502);
    const pipeline = fixedPipeline({ totalBytes: 7 });
    const { exit, rec } = await run(gh, prContext(gh, prRun.id, { number: 12, headSha: sha('9'), baseSha: MAIN_1 }), pipeline);
    assert.equal(exit, 0);
    assert.ok(pipeline.calls[0]?.baseline, 'baseline found after the retried 502');
    assert.deepEqual(gh.calls('issues/create-comment').slice(-2).map((c) => c.status), [502, 201]);
    assert.equal(botComments(gh, 12).length, 1);
    assert.ok(rec.outputs['comment-url']);
  });

  it('with a personal access token, the comment is found by the token user, not the bot', async () => {
    gh.addPull({ number: 15, headSha: sha('6'), baseSha: MAIN_1 });
    gh.tokenLogins.set('pat-token', 'release-bot');
    const prRun = gh.addRun({ headSha: sha('6'), event: 'pull_request', headBranch: 'feature-15' });
    const ctx = prContext(gh, prRun.id, { number: 15, headSha: sha('6'), baseSha: MAIN_1 });
    await run(gh, ctx, fixedPipeline({ totalBytes: 1 }), { 'github-token': 'pat-token' });
    await run(gh, ctx, fixedPipeline({ totalBytes: 2 }), { 'github-token': 'pat-token' });
    const all = gh.comments.filter((c) => c.issueNumber === 15);
    assert.equal(all.length, 1);
    assert.equal(all[0]?.login, 'release-bot');
    assert.match(all[0]?.body ?? '', /\*\*2 B\*\* uncompressed/);
  });

  it('a 403 on the comment warns, writes the summary and keeps the gate', async () => {
    gh.addPull({ number: 13, headSha: sha('8'), baseSha: MAIN_1 });
    const prRun = gh.addRun({ headSha: sha('8'), event: 'pull_request', headBranch: 'feature-13' });
    gh.failNext('issues/create-comment', 403);
    const { exit, rec } = await run(gh, prContext(gh, prRun.id, { number: 13, headSha: sha('8'), baseSha: MAIN_1 }), fixedPipeline({ totalBytes: 9e8, budgetBytes: 1 }));
    assert.equal(exit, 1);
    assert.match(rec.logText('warning'), /HTTP 403 .*pull requests from forks get a read-only token; see README § Forks.*pull-requests: write/);
    assert.equal(rec.outputs['comment-url'], '');
    assert.match(rec.summaries[0] ?? '', /could not be written/);
  });
});

describe('baseline lookup', () => {
  let gh: FakeGitHub;
  before(async () => {
    gh = await FakeGitHub.start();
  });
  after(() => gh.close());
  afterEach(() => assert.deepEqual(gh.violations, []));
  const report = (bytes: number) => ({ 'report.json': JSON.stringify(makeReport(bytes)) });

  it('6. the newest baseline expired: walks back past it (and past a fork run on a branch named main)', async () => {
    const r1 = gh.addRun({ headSha: sha('1') });
    gh.addArtifact(r1.id, 'layer-budget-web', report(111));
    const r2 = gh.addRun({ headSha: sha('2') });
    gh.addArtifact(r2.id, 'layer-budget-web', report(222), { expired: true });
    const fork = gh.addRun({ headSha: sha('3'), headRepository: 'mallory/app', event: 'push' });
    gh.addArtifact(fork.id, 'layer-budget-web', report(666));
    const r3 = gh.addRun({ headSha: sha('4') });
    gh.addArtifact(r3.id, 'layer-budget-other', report(333));
    const octokit = createOctokit({ token: 't', baseUrl: gh.url, throttle: false });
    const notes: string[] = [];
    const found = await findBaseline({
      octokit, owner: 'acme', repo: 'app', workflowId: 'ci.yml', baseRef: 'main', baseSha: sha('5'), key: 'web', parse: parseReport, log: (m) => notes.push(m),
    });
    assert.ok('report' in found, JSON.stringify(found));
    assert.equal(found.runId, r1.id);
    assert.equal(found.report.totals.totalBytes, 111);
    assert.match(notes.join('\n'), /expired/);
    assert.match(notes.join('\n'), /another repository/);
  });

  it('prefers the run of the PR’s base SHA over newer runs', async () => {
    const octokit = createOctokit({ token: 't', baseUrl: gh.url, throttle: false });
    const found = await findBaseline({ octokit, owner: 'acme', repo: 'app', baseRef: 'main', baseSha: sha('1'), key: 'web', parse: parseReport });
    assert.ok('report' in found);
    assert.equal(found.headSha, sha('1'));
    const newer = gh.addRun({ headSha: sha('6') });
    gh.addArtifact(newer.id, 'layer-budget-web', report(444));
    const again = await findBaseline({ octokit, owner: 'acme', repo: 'app', baseRef: 'main', baseSha: sha('1'), key: 'web', parse: parseReport });
    assert.ok('report' in again && again.headSha === sha('1'));
  });

  it('skips an invalid report and a zip-slip artifact, and reports why nothing was found', async () => {
    const g2 = await FakeGitHub.start();
    try {
      const bad = g2.addRun({ headSha: sha('1') });
      g2.addArtifact(bad.id, 'layer-budget-web', { 'report.json': '{"schemaVersion": 99}' });
      const slip = g2.addRun({ headSha: sha('2') });
      g2.addArtifact(slip.id, 'layer-budget-web', { '../../report.json': '{}', 'report.json': JSON.stringify(makeReport(1)) });
      const octokit = createOctokit({ token: 't', baseUrl: g2.url, throttle: false });
      const found = await findBaseline({ octokit, owner: 'acme', repo: 'app', baseRef: 'main', baseSha: sha('9'), key: 'web', parse: parseReport });
      assert.ok('missing' in found);
      assert.match(found.missing, /looked at 2 runs, 2 invalid/);
      assert.deepEqual(g2.violations, []);
    } finally {
      await g2.close();
    }
  });

  it('explains a 403 on listing runs (missing actions: read)', async () => {
    gh.failNext('actions/list-workflow-runs-for-repo', 403, 1, 'Resource not accessible by integration');
    const octokit = createOctokit({ token: 't', baseUrl: gh.url, throttle: false });
    await assert.rejects(
      findBaseline({ octokit, owner: 'acme', repo: 'app', baseRef: 'main', baseSha: sha('1'), key: 'web', parse: parseReport }),
      /listing workflow runs for the baseline: HTTP 403 .*actions: read/,
    );
  });
});

describe('action: mode comment (workflow_run, fork-safe)', () => {
  let gh: FakeGitHub;
  before(async () => {
    gh = await FakeGitHub.start();
    const base = gh.addRun({ headSha: MAIN_2 });
    gh.addArtifact(base.id, 'layer-budget-web', { 'report.json': JSON.stringify(makeReport(1000)) });
  });
  after(() => gh.close());
  afterEach(() => assert.deepEqual(gh.violations, []));

  const workflowRunContext = (run: { id: number; headSha: string; headBranch: string; headRepository: string }, runId: number): RunContextData => ({
    eventName: 'workflow_run',
    eventPayload: {
      action: 'completed',
      workflow_run: {
        id: run.id,
        workflow_id: 77,
        event: 'pull_request',
        conclusion: 'failure',
        head_sha: run.headSha,
        head_branch: run.headBranch,
        head_repository: { full_name: run.headRepository },
        pull_requests: [],
      },
      repository: { full_name: gh.fullName, default_branch: 'main' },
    },
    repo: { owner: gh.owner, repo: gh.repo },
    sha: MAIN_2,
    ref: 'refs/heads/main',
    runId,
    workflowRef: `${gh.fullName}/.github/workflows/layer-budget-comment.yml@refs/heads/main`,
    serverUrl: 'https://github.com',
    apiUrl: gh.url,
  });

  it('10a. posts the comment on the PR whose head the run built', async () => {
    gh.addPull({ number: 21, headSha: HEAD_A, baseSha: MAIN_2, headRepository: 'mallory/app', headRef: 'patch-1' });
    const prRun = gh.addRun({ headSha: HEAD_A, event: 'pull_request', headBranch: 'patch-1', headRepository: 'mallory/app' });
    gh.addArtifact(prRun.id, 'layer-budget-web', { 'report.json': JSON.stringify(makeReport(1500, { commitSha: HEAD_A })) });
    const me = gh.addRun({ headSha: MAIN_2, event: 'workflow_run', path: '.github/workflows/layer-budget-comment.yml', workflowId: 78 });
    const pipeline = fixedPipeline({ totalBytes: 0, budgetBytes: 1200 });
    const { exit, rec } = await run(gh, workflowRunContext({ id: prRun.id, headSha: HEAD_A, headBranch: 'patch-1', headRepository: 'mallory/app' }, me.id), pipeline, { image: '' });
    assert.equal(exit, 0, rec.logText());
    assert.equal(pipeline.calls[0]?.baseline?.totals.totalBytes, 1000);
    assert.equal(rec.outputs['status'], 'fail');
    assert.equal(rec.outputs['delta-bytes'], '500');
    const mine = botComments(gh, 21);
    assert.equal(mine.length, 1);
    assert.match(mine[0]?.body ?? '', /\*\*1\.5 kB\*\* uncompressed \(\*\*\+500 B\*\*/);
    assert.equal(rec.uploads.length, 0);
    assert.equal(rec.summaries.length, 1);
  });

  it('10b. does not comment when the PR’s head moved past the run’s head SHA: a notice, exit 0', async () => {
    gh.addPull({ number: 22, headSha: sha('7'), baseSha: MAIN_2, headRepository: 'mallory/app', headRef: 'patch-2' });
    const prRun = gh.addRun({ headSha: HEAD_B, event: 'pull_request', headBranch: 'patch-2', headRepository: 'mallory/app' });
    gh.addArtifact(prRun.id, 'layer-budget-web', { 'report.json': JSON.stringify(makeReport(1500, { commitSha: HEAD_B })) });
    const me = gh.addRun({ headSha: MAIN_2, event: 'workflow_run', workflowId: 78 });
    const { exit, rec } = await run(gh, workflowRunContext({ id: prRun.id, headSha: HEAD_B, headBranch: 'patch-2', headRepository: 'mallory/app' }, me.id), fixedPipeline({ totalBytes: 0 }), { image: '' });
    assert.equal(exit, 0);
    assert.equal(rec.outputs['status'], '');
    assert.match(rec.logText('notice'), /not commenting: pull request #22's head moved on to 777777777777 after run \d+ built bbbbbbbbbbbb/);
    assert.equal(rec.logText('error'), '');
    assert.equal(gh.comments.filter((c) => c.issueNumber === 22).length, 0);
    assert.equal(rec.summaries.length, 1);
  });

  it('refuses a report artifact built for another commit', async () => {
    gh.addPull({ number: 23, headSha: sha('6'), baseSha: MAIN_2, headRepository: 'mallory/app', headRef: 'patch-3' });
    const prRun = gh.addRun({ headSha: sha('6'), event: 'pull_request', headBranch: 'patch-3', headRepository: 'mallory/app' });
    gh.addArtifact(prRun.id, 'layer-budget-web', { 'report.json': JSON.stringify(makeReport(1, { commitSha: sha('5') })) });
    const me = gh.addRun({ headSha: MAIN_2, event: 'workflow_run', workflowId: 78 });
    const { exit, rec } = await run(gh, workflowRunContext({ id: prRun.id, headSha: sha('6'), headBranch: 'patch-3', headRepository: 'mallory/app' }, me.id), fixedPipeline({ totalBytes: 0 }), { image: '' });
    assert.equal(exit, 2);
    assert.match(rec.logText('error'), /report artifact of run \d+ is for 555555555555/);
    assert.equal(gh.comments.filter((c) => c.issueNumber === 23).length, 0);
  });
});

describe('action: errors', () => {
  let gh: FakeGitHub;
  before(async () => {
    gh = await FakeGitHub.start();
  });
  after(() => gh.close());

  it('a bad input is exit 2 with status error and a summary', async () => {
    const { exit, rec } = await run(gh, pushContext(gh, 1, MAIN_1), fixedPipeline({ totalBytes: 1 }), { mode: 'sideways' });
    assert.equal(exit, 2);
    assert.equal(rec.outputs['status'], 'error');
    assert.match(rec.logText('error'), /input mode: expected auto, analyze or comment/);
    assert.match(rec.summaries[0] ?? '', /## layer-budget: error/);
  });

  it('a crash in the pipeline is exit 3 (internal), distinct from over budget', async () => {
    const pipeline = fixedPipeline({ totalBytes: 1 });
    pipeline.run = async () => {
      throw new TypeError('cannot read properties of undefined');
    };
    const pushRun = gh.addRun({ headSha: MAIN_1 });
    const { exit, rec } = await run(gh, pushContext(gh, pushRun.id, MAIN_1), pipeline);
    assert.equal(exit, 3);
    assert.equal(rec.outputs['status'], 'error');
    assert.match(rec.logText('error'), /internal error/);
    assert.equal(rec.summaries.length, 1);
    assert.deepEqual(gh.violations, []);
  });
});

describe('action: other modes and inputs', () => {
  let gh: FakeGitHub;
  before(async () => {
    gh = await FakeGitHub.start();
    gh.addPull({ number: 31, headSha: HEAD_A, baseSha: MAIN_1 });
  });
  after(() => gh.close());
  afterEach(() => assert.deepEqual(gh.violations, []));

  it('mode analyze on a PR: uploads, never looks up a baseline or comments', async () => {
    const prRun = gh.addRun({ headSha: HEAD_A, event: 'pull_request', headBranch: 'feature-31' });
    const pipeline = fixedPipeline({ totalBytes: 10 });
    const { exit, rec } = await run(gh, prContext(gh, prRun.id, { number: 31, headSha: HEAD_A, baseSha: MAIN_1 }), pipeline, { mode: 'analyze' });
    assert.equal(exit, 0);
    assert.equal(rec.outputs['status'], 'no-baseline');
    assert.equal(rec.uploads.length, 1);
    assert.equal(gh.calls('actions/list-workflow-runs').length, 0);
    assert.equal(gh.calls('issues/list-comments').length, 0);
  });

  it('baseline-report overrides the artifact lookup; source wins over image', async () => {
    const file = `${tmp.path}/base-report.json`;
    const { writeFile } = await import('node:fs/promises');
    await writeFile(file, JSON.stringify(makeReport(4)));
    const pushRun = gh.addRun({ headSha: MAIN_1 });
    const pipeline = fixedPipeline({ totalBytes: 10 });
    const { exit, rec } = await run(gh, pushContext(gh, pushRun.id, MAIN_1), pipeline, { 'baseline-report': file, source: 'oci-archive:/tmp/x.tar' });
    assert.equal(exit, 0);
    assert.equal(pipeline.calls[0]?.source, 'oci-archive:/tmp/x.tar');
    assert.equal(rec.outputs['status'], 'pass');
    assert.equal(rec.outputs['delta-bytes'], '6');
    const bad = await run(gh, pushContext(gh, pushRun.id, MAIN_1), pipeline, { 'baseline-report': `${tmp.path}/missing.json` });
    assert.equal(bad.exit, 2);
    assert.match(bad.rec.logText('error'), /reading baseline-report .*missing\.json/);
  });

  it('engine podman streams `podman:IMAGE`; no image and no source is an input error', async () => {
    const pushRun = gh.addRun({ headSha: MAIN_1 });
    const pipeline = fixedPipeline({ totalBytes: 10 });
    await run(gh, pushContext(gh, pushRun.id, MAIN_1), pipeline, { engine: 'podman' });
    assert.equal(pipeline.calls[0]?.source, 'podman:web:latest');
    const none = await run(gh, pushContext(gh, pushRun.id, MAIN_1), pipeline, { image: '' });
    assert.equal(none.exit, 2);
    assert.match(none.rec.logText('error'), /nothing to analyze/);
  });

  it('mode comment after a push run has nothing to do; outside workflow_run it is an input error', async () => {
    const pushRun = gh.addRun({ headSha: MAIN_1 });
    const ctx: RunContextData = {
      ...pushContext(gh, 1, MAIN_1),
      eventName: 'workflow_run',
      eventPayload: { workflow_run: { id: pushRun.id, workflow_id: 77, event: 'push', conclusion: 'success', head_sha: MAIN_1, head_branch: 'main', head_repository: { full_name: gh.fullName }, pull_requests: [] } },
    };
    const { exit, rec } = await run(gh, ctx, fixedPipeline({ totalBytes: 1 }), { mode: 'comment' });
    assert.equal(exit, 0);
    assert.match(rec.logText('notice'), /nothing to comment/);
    const wrong = await run(gh, pushContext(gh, 1, MAIN_1), fixedPipeline({ totalBytes: 1 }), { mode: 'comment' });
    assert.equal(wrong.exit, 2);
    assert.match(wrong.rec.logText('error'), /mode comment needs a workflow_run event/);
  });

  it('mode comment finds a same-repo PR through the commit when the run lists none', async () => {
    gh.addPull({ number: 32, headSha: HEAD_B, baseSha: MAIN_1, headRef: 'feature-32' });
    const prRun = gh.addRun({ headSha: HEAD_B, event: 'pull_request', headBranch: 'renamed-since' });
    gh.addArtifact(prRun.id, 'layer-budget-web', { 'report.json': JSON.stringify(makeReport(3, { commitSha: HEAD_B })) });
    const ctx: RunContextData = {
      ...pushContext(gh, 1, MAIN_1),
      eventName: 'workflow_run',
      eventPayload: { workflow_run: { id: prRun.id, workflow_id: 77, event: 'pull_request', conclusion: 'success', head_sha: HEAD_B, head_branch: 'renamed-since', head_repository: { full_name: gh.fullName }, pull_requests: [] } },
    };
    const { exit, rec } = await run(gh, ctx, fixedPipeline({ totalBytes: 1 }), { mode: 'comment' });
    assert.equal(exit, 0, rec.logText());
    assert.equal(gh.calls('repos/list-pull-requests-associated-with-commit').length, 1);
    assert.equal(botComments(gh, 32).length, 1);
  });
});
