/**
 * The gate in the field (issue 10), in process: `runAction` with the harness ports against the fake GitHub
 * (every request checked against the OpenAPI description, `violations` must stay empty). Event payloads are
 * shaped as the runner writes them: a pull_request whose GITHUB_SHA is the test merge commit
 * (`refs/pull/N/merge`), merge_group, push, workflow_run. The artifact upload with the real @actions/artifact
 * client runs in test/artifact-service/ (through a bundle of the action).
 */
import assert from 'node:assert/strict';
import { after, afterEach, before, describe, it } from 'node:test';
import { runAction } from '../../src/action/main.ts';
import type { RunContextData } from '../../src/action/context.ts';
import { artifactsUnavailableReason, createArtifactStore, ArtifactsUnavailableError } from '../../src/github/artifacts.ts';
import { createOctokit } from '../../src/github/octokit.ts';
import { resolveCommentAuthor } from '../../src/github/sticky-comment.ts';
import type { Report } from '../../src/report/types.ts';
import { BOT_LOGIN, FakeGitHub } from './fake-github.ts';
import { fixedPipeline, harnessPorts, loadParseReport, makeReport, prContext, pushContext, sha, tempDir } from './harness.ts';

const KEY = 'web';
const MAIN_1 = sha('1');
const MAIN_2 = sha('2');
const MAIN_3 = sha('3');
const HEAD = sha('a');
const MERGE = sha('f');
const ART = `layer-budget-${KEY}`;

let parseReport: (text: string, what: string) => Report;
let tmp: { path: string; remove: () => Promise<void> };
before(async () => {
  parseReport = await loadParseReport();
  tmp = await tempDir();
});
after(() => tmp.remove());

const baseInputs = (extra: Record<string, string> = {}): Record<string, string> => ({ image: 'web:latest', key: KEY, 'github-token': 'gh-token', ...extra });

async function run(
  gh: FakeGitHub,
  context: RunContextData,
  pipeline: ReturnType<typeof fixedPipeline>,
  extra: Record<string, string> = {},
  tweak?: (ports: ReturnType<typeof harnessPorts>['ports']) => void,
): Promise<{ exit: number; rec: ReturnType<typeof harnessPorts>['rec'] }> {
  const { ports, rec } = harnessPorts({ gh, inputs: baseInputs(extra), context, pipeline, parseReport, tempDir: tmp.path });
  tweak?.(ports);
  const exit = await runAction(ports);
  return { exit, rec };
}

/** A push run on main at `headSha` holding a report of `totalBytes`. */
function mainRun(gh: FakeGitHub, headSha: string, totalBytes: number | null, extra: Parameters<FakeGitHub['addRun']>[0] = { headSha }): number {
  const r = gh.addRun({ ...extra, headSha });
  if (totalBytes !== null) gh.addArtifact(r.id, ART, { 'report.json': JSON.stringify(makeReport(totalBytes, { commitSha: headSha })) });
  return r.id;
}

/** The runner's pull_request context with GITHUB_SHA = the test merge commit. */
function mergeCommitPr(gh: FakeGitHub, runId: number, number: number, baseSha: string): RunContextData {
  const c = prContext(gh, runId, { number, headSha: HEAD, baseSha });
  return { ...c, sha: MERGE, ref: `refs/pull/${number}/merge` };
}

describe('1. the baseline commit is the merge commit’s first parent', () => {
  let gh: FakeGitHub;
  before(async () => {
    gh = await FakeGitHub.start();
  });
  after(() => gh.close());
  afterEach(() => assert.deepEqual(gh.violations, []));

  it('uses the base branch as merged, not the payload’s older base.sha, and says so', async () => {
    mainRun(gh, MAIN_1, 1000);
    const at2 = mainRun(gh, MAIN_2, 1400);
    gh.addPull({ number: 5, headSha: HEAD, baseSha: MAIN_1 });
    gh.addCommit(MERGE, [MAIN_2, HEAD]);
    const pipeline = fixedPipeline({ totalBytes: 1500 });
    const { exit, rec } = await run(gh, mergeCommitPr(gh, 900, 5, MAIN_1), pipeline);
    assert.equal(exit, 0, rec.logText());
    assert.equal(pipeline.calls[0]?.baseline?.totals.totalBytes, 1400);
    assert.equal(rec.outputs['delta-bytes'], '100');
    assert.equal(gh.calls('repos/get-commit').length, 1);
    const comment = gh.comments.find((c) => c.issueNumber === 5)!;
    assert.match(comment.body, new RegExp(`> Baseline: run ${at2} at \`222222222222\`, the first parent of this PR's merge commit`));
    assert.match(rec.summaries[0]!, /first parent of this PR's merge commit/);
  });

  it('says plainly when it had to walk back', async () => {
    gh.addPull({ number: 6, headSha: HEAD, baseSha: MAIN_1 });
    gh.addCommit(MERGE, [MAIN_3, HEAD]); // main moved on to MAIN_3, whose run has no report (yet)
    mainRun(gh, MAIN_3, null);
    const pipeline = fixedPipeline({ totalBytes: 1500 });
    const { exit, rec } = await run(gh, mergeCommitPr(gh, 901, 6, MAIN_1), pipeline);
    assert.equal(exit, 0, rec.logText());
    assert.equal(pipeline.calls[0]?.baseline?.totals.totalBytes, 1400);
    const comment = gh.comments.find((c) => c.issueNumber === 6)!;
    assert.match(comment.body, /at `222222222222`\. It is \*\*not\*\* the first parent of this PR's merge commit .*\(`333333333333`\), which had no usable report, so the lookup walked back/);
  });

  it('uses base.sha when GITHUB_SHA is not the merge commit (checkout of the head)', async () => {
    gh.addPull({ number: 7, headSha: HEAD, baseSha: MAIN_1 });
    const before = gh.calls('repos/get-commit').length;
    const pipeline = fixedPipeline({ totalBytes: 1500 });
    const c = { ...prContext(gh, 902, { number: 7, headSha: HEAD, baseSha: MAIN_1 }), sha: HEAD };
    const { exit } = await run(gh, c, pipeline);
    assert.equal(exit, 0);
    assert.equal(gh.calls('repos/get-commit').length, before);
    assert.equal(pipeline.calls[0]?.baseline?.totals.totalBytes, 1000);
    assert.match(gh.comments.find((x) => x.issueNumber === 7)!.body, /at `111111111111`, the PR's base commit/);
  });
});

describe('2. merge queues and pushes', () => {
  let gh: FakeGitHub;
  before(async () => {
    gh = await FakeGitHub.start();
    mainRun(gh, MAIN_1, 1000);
    mainRun(gh, MAIN_2, 1400);
    gh.addPull({ number: 5, headSha: HEAD, baseSha: MAIN_1 });
  });
  after(() => gh.close());
  afterEach(() => assert.deepEqual(gh.violations, []));

  const mergeGroup = (runId: number): RunContextData => ({
    eventName: 'merge_group',
    eventPayload: {
      action: 'checks_requested',
      merge_group: {
        head_sha: sha('9'),
        head_ref: 'refs/heads/gh-readonly-queue/main/pr-5-2222222222222222222222222222222222222222',
        base_sha: MAIN_2,
        base_ref: 'refs/heads/main',
        head_commit: { id: sha('9'), message: 'Merge pull request #5' },
      },
      repository: { full_name: gh.fullName, default_branch: 'main' },
    },
    repo: { owner: gh.owner, repo: gh.repo },
    sha: sha('9'),
    ref: 'refs/heads/gh-readonly-queue/main/pr-5-2222222222222222222222222222222222222222',
    runId,
    workflowRef: `${gh.fullName}/.github/workflows/ci.yml@refs/heads/gh-readonly-queue/main/pr-5-2222222222222222222222222222222222222222`,
    serverUrl: 'https://github.com',
    apiUrl: gh.url,
  });

  it('merge_group: the queue head is gated against merge_group.base_sha like a PR, with no comment', async () => {
    const pipeline = fixedPipeline({ totalBytes: 1500, budgetBytes: 1450 });
    const { exit, rec } = await run(gh, mergeGroup(950), pipeline);
    assert.equal(exit, 1, rec.logText());
    assert.equal(rec.outputs['status'], 'fail');
    assert.equal(pipeline.calls[0]?.baseline?.totals.totalBytes, 1400);
    assert.equal(rec.outputs['delta-bytes'], '100');
    assert.equal(gh.comments.length, 0);
    assert.equal(gh.calls('issues/list-comments').length, 0);
    assert.match(rec.summaries[0]!, /the merge queue group's base commit/);
  });

  it('push: without push-baseline nothing is compared; with it, the run for `before` is the baseline', async () => {
    const ctx = pushContext(gh, 960, MAIN_3);
    ctx.eventPayload = { ...(ctx.eventPayload as object), before: MAIN_2 };
    const plain = fixedPipeline({ totalBytes: 1600 });
    const a = await run(gh, ctx, plain);
    assert.equal(a.exit, 0);
    assert.equal(plain.calls[0]?.baseline, null);
    assert.equal(a.rec.outputs['status'], 'no-baseline');
    const withBase = fixedPipeline({ totalBytes: 1600 });
    const b = await run(gh, { ...ctx, runId: 961 }, withBase, { 'push-baseline': 'true' });
    assert.equal(b.exit, 0, b.rec.logText());
    assert.equal(withBase.calls[0]?.baseline?.totals.totalBytes, 1400);
    assert.equal(b.rec.outputs['delta-bytes'], '200');
    assert.match(b.rec.summaries[0]!, /the commit before this push/);
  });

  it('a new branch (before = 0000…) with push-baseline walks back through the branch', async () => {
    const ctx = pushContext(gh, 962, MAIN_3);
    ctx.eventPayload = { ...(ctx.eventPayload as object), before: '0'.repeat(40) };
    const p = fixedPipeline({ totalBytes: 1600 });
    const { exit } = await run(gh, ctx, p, { 'push-baseline': 'true' });
    assert.equal(exit, 0);
    assert.ok(p.calls[0]?.baseline);
  });
});

describe('3. every token kind finds its own comment', () => {
  let gh: FakeGitHub;
  before(async () => {
    gh = await FakeGitHub.start();
    mainRun(gh, MAIN_1, 1000);
    gh.tokenLogins.set('pat-token', 'release-bot-user');
    gh.appTokens.set('app-token', 'acme-layer-bot');
  });
  after(() => gh.close());
  afterEach(() => assert.deepEqual(gh.violations, []));

  it('GET /user answers 403 for GITHUB_TOKEN and App tokens, 200 for a PAT; GraphQL viewer answers all three', async () => {
    const status = async (token: string): Promise<number> => {
      try {
        return (await createOctokit({ token, baseUrl: gh.url, throttle: false, retries: 0 }).rest.users.getAuthenticated()).status;
      } catch (err) {
        return (err as { status: number }).status;
      }
    };
    assert.deepEqual([await status('gh-token'), await status('app-token'), await status('pat-token')], [403, 403, 200]);
    const login = (token: string) => resolveCommentAuthor(createOctokit({ token, baseUrl: gh.url, throttle: false, retries: 0 }));
    assert.deepEqual([await login('gh-token'), await login('app-token'), await login('pat-token')], [BOT_LOGIN, 'acme-layer-bot[bot]', 'release-bot-user']);
  });

  it('when GraphQL is unreachable, a PAT falls back to GET /user, and an integration token to github-actions[bot]', async () => {
    gh.failNext('graphql', 502, 2, 'Bad Gateway');
    const notes: string[] = [];
    const octo = (token: string) => createOctokit({ token, baseUrl: gh.url, throttle: false, retries: 0 });
    assert.equal(await resolveCommentAuthor(octo('pat-token'), (m) => notes.push(m)), 'release-bot-user');
    assert.equal(await resolveCommentAuthor(octo('gh-token'), (m) => notes.push(m)), BOT_LOGIN);
    assert.match(notes.join('\n'), /GraphQL viewer failed/);
    assert.match(notes.join('\n'), /GET \/user failed: .*assuming github-actions\[bot\]/);
  });

  for (const [token, author, n] of [
    ['gh-token', BOT_LOGIN, 11],
    ['app-token', 'acme-layer-bot[bot]', 12],
    ['pat-token', 'release-bot-user', 13],
  ] as const) {
    it(`${token}: one comment by ${author}, updated in place; a pasted marker is never taken over`, async () => {
      gh.addPull({ number: n, headSha: HEAD, baseSha: MAIN_1 });
      gh.addComment(n, `<!-- layer-budget:${KEY} -->\nquoting the bot`, 'mallory');
      for (const [i, total] of [1100, 1200].entries()) {
        const { exit, rec } = await run(gh, prContext(gh, 970 + n * 10 + i, { number: n, headSha: HEAD, baseSha: MAIN_1 }), fixedPipeline({ totalBytes: total }), { 'github-token': token });
        assert.equal(exit, 0, rec.logText());
      }
      const mine = gh.comments.filter((c) => c.issueNumber === n && c.login === author);
      assert.equal(mine.length, 1);
      assert.match(mine[0]!.body, /\*\*1\.2 kB\*\* uncompressed/);
      assert.equal(gh.comments.find((c) => c.issueNumber === n && c.login === 'mallory')!.body, `<!-- layer-budget:${KEY} -->\nquoting the bot`);
      if (token === 'app-token') assert.equal(mine[0]!.app, 'acme-layer-bot');
    });
  }
});

describe('5. comment mode never fails on a race', () => {
  let gh: FakeGitHub;
  before(async () => {
    gh = await FakeGitHub.start();
    mainRun(gh, MAIN_1, 1000);
  });
  after(() => gh.close());
  afterEach(() => assert.deepEqual(gh.violations, []));

  const wr = (run: { id: number; headSha: string; conclusion: string; prs: number[] }, runId: number): RunContextData => ({
    eventName: 'workflow_run',
    eventPayload: {
      action: 'completed',
      workflow_run: {
        id: run.id,
        workflow_id: 77,
        event: 'pull_request',
        conclusion: run.conclusion,
        head_sha: run.headSha,
        head_branch: 'feature',
        head_repository: { full_name: gh.fullName },
        pull_requests: run.prs.map((number) => ({ number })),
      },
      repository: { full_name: gh.fullName, default_branch: 'main' },
    },
    repo: { owner: gh.owner, repo: gh.repo },
    sha: MAIN_1,
    ref: 'refs/heads/main',
    runId,
    workflowRef: `${gh.fullName}/.github/workflows/comment.yml@refs/heads/main`,
    serverUrl: 'https://github.com',
    apiUrl: gh.url,
  });
  const prRun = (headSha: string, conclusion: 'success' | 'failure', withReport: boolean, prs: number[]) => {
    const r = gh.addRun({ headSha, event: 'pull_request', headBranch: 'feature', conclusion, pullRequests: prs });
    if (withReport) gh.addArtifact(r.id, ART, { 'report.json': JSON.stringify(makeReport(1100, { commitSha: headSha })) });
    return r;
  };
  const cases: Array<[string, () => RunContextData, RegExp]> = [
    [
      'the PR was merged before the comment job ran',
      () => {
        gh.addPull({ number: 31, headSha: sha('c'), baseSha: MAIN_1, state: 'closed' });
        const r = prRun(sha('c'), 'success', true, [31]);
        return wr({ id: r.id, headSha: sha('c'), conclusion: 'success', prs: [31] }, 2001);
      },
      /not commenting: pull request #31 was closed or merged before this job ran/,
    ],
    [
      'the PR’s head moved on',
      () => {
        gh.addPull({ number: 32, headSha: sha('e'), baseSha: MAIN_1 });
        const r = prRun(sha('d'), 'success', true, [32]);
        return wr({ id: r.id, headSha: sha('d'), conclusion: 'success', prs: [32] }, 2002);
      },
      /not commenting: pull request #32's head moved on to eeeeeeeeeeee/,
    ],
    [
      'the PR run failed before it uploaded its report',
      () => {
        gh.addPull({ number: 33, headSha: sha('b'), baseSha: MAIN_1 });
        const r = prRun(sha('b'), 'failure', false, [33]);
        return wr({ id: r.id, headSha: sha('b'), conclusion: 'failure', prs: [33] }, 2003);
      },
      /not commenting: run \d+ ended failure before it uploaded layer-budget-web/,
    ],
  ];
  for (const [name, ctx, re] of cases) {
    it(`${name}: a notice and exit 0`, async () => {
      const { exit, rec } = await run(gh, ctx(), fixedPipeline({ totalBytes: 0 }), { image: '', mode: 'comment' });
      assert.equal(exit, 0, rec.logText());
      assert.match(rec.logText('notice'), re);
      assert.equal(rec.logText('error'), '');
      assert.equal(rec.logText('warning'), '');
      assert.equal(gh.comments.length, 0);
      assert.match(rec.summaries[0]!, /Not commented/);
    });
  }
});

describe('8. API limits', () => {
  let gh: FakeGitHub;
  before(async () => {
    gh = await FakeGitHub.start();
    mainRun(gh, MAIN_1, 1000);
    gh.addPull({ number: 5, headSha: HEAD, baseSha: MAIN_1 });
  });
  after(() => gh.close());
  afterEach(() => assert.deepEqual(gh.violations, []));
  const throttled = (ports: ReturnType<typeof harnessPorts>['ports']): void => {
    ports.octokit = (token) => createOctokit({ token, baseUrl: gh.url, throttle: true, retryAfterBaseMs: 1 });
  };
  const primary = (resetInSeconds: number): Record<string, string> => ({
    'x-ratelimit-limit': '1000',
    'x-ratelimit-remaining': '0',
    'x-ratelimit-used': '1000',
    'x-ratelimit-resource': 'core',
    'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + resetInSeconds),
  });

  it('a primary rate limit resetting in an hour fails at once: clear message, status rate-limited, exit 4', async () => {
    gh.failNext('actions/list-workflow-runs', 403, 1, 'API rate limit exceeded for installation ID 1.', primary(3600));
    const t0 = Date.now();
    const { exit, rec } = await run(gh, prContext(gh, 3001, { number: 5, headSha: HEAD, baseSha: MAIN_1 }), fixedPipeline({ totalBytes: 1 }), {}, throttled);
    assert.ok(Date.now() - t0 < 10_000, 'did not wait for the reset');
    assert.equal(exit, 4);
    assert.equal(rec.outputs['status'], 'rate-limited');
    assert.match(rec.logText('error'), /rate limit for this token is used up and resets in 3[56]\d\d s \(about 60 min\); not waiting/);
  });

  it('a secondary rate limit is waited out and retried', async () => {
    gh.failNext('actions/list-workflow-runs', 403, 1, 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.', { 'retry-after': '1' });
    const { exit, rec } = await run(gh, prContext(gh, 3002, { number: 5, headSha: HEAD, baseSha: MAIN_1 }), fixedPipeline({ totalBytes: 1 }), {}, throttled);
    assert.equal(exit, 0, rec.logText());
    assert.notEqual(rec.outputs['status'], 'no-baseline');
  });

  it('a 502 is retried', async () => {
    gh.failNext('actions/list-workflow-run-artifacts', 502, 1);
    const { exit, rec } = await run(gh, prContext(gh, 3003, { number: 5, headSha: HEAD, baseSha: MAIN_1 }), fixedPipeline({ totalBytes: 1 }), {}, throttled);
    assert.equal(exit, 0, rec.logText());
    assert.equal(rec.outputs['delta-bytes'], String(1 - 1000));
  });
});

describe('9. where artifacts cannot serve', () => {
  let gh: FakeGitHub;
  before(async () => {
    gh = await FakeGitHub.start();
  });
  after(() => gh.close());
  afterEach(() => assert.deepEqual(gh.violations, []));

  it('baseline-image: the baseline is analyzed from that source, no artifact lookup', async () => {
    gh.addPull({ number: 5, headSha: HEAD, baseSha: MAIN_1 });
    const pipeline = fixedPipeline({ totalBytes: 1500 });
    const { exit, rec } = await run(gh, prContext(gh, 4001, { number: 5, headSha: HEAD, baseSha: MAIN_1 }), pipeline, { 'baseline-image': 'docker://ghcr.io/acme/app:main' });
    assert.equal(exit, 0, rec.logText());
    assert.equal(pipeline.calls.length, 2);
    assert.equal(pipeline.calls[0]?.source, 'docker://ghcr.io/acme/app:main');
    assert.ok(pipeline.calls[1]?.baseline);
    assert.equal(gh.calls('actions/list-workflow-runs').length, 0);
    assert.match(gh.comments.find((c) => c.issueNumber === 5)!.body, /Baseline: `docker:\/\/ghcr.io\/acme\/app:main` \(the `baseline-image` input\)/);
  });

  it('baseline-workflow and baseline-branch pick another workflow’s runs on another branch', async () => {
    gh.addPull({ number: 6, headSha: HEAD, baseSha: MAIN_1 });
    const r = gh.addRun({ headSha: sha('7'), headBranch: 'release', path: '.github/workflows/build.yml', workflowId: 99 });
    gh.addArtifact(r.id, ART, { 'report.json': JSON.stringify(makeReport(777, { commitSha: sha('7') })) });
    const pipeline = fixedPipeline({ totalBytes: 1000 });
    const { exit, rec } = await run(gh, prContext(gh, 4002, { number: 6, headSha: HEAD, baseSha: MAIN_1 }), pipeline, { 'baseline-workflow': 'build.yml', 'baseline-branch': 'release' });
    assert.equal(exit, 0, rec.logText());
    assert.equal(pipeline.calls[0]?.baseline?.totals.totalBytes, 777);
    assert.ok(gh.calls('actions/list-workflow-runs').every((c) => c.path.includes('/workflows/build.yml/runs')));
    assert.ok(gh.calls('actions/list-workflow-runs').some((c) => c.path.includes('branch=release')));
  });

  it('baseline-max-runs bounds the walk back', async () => {
    const g2 = await FakeGitHub.start();
    try {
      g2.addPull({ number: 5, headSha: HEAD, baseSha: MAIN_1 });
      mainRun(g2, sha('4'), 1000);
      for (const c of ['5', '6', '7']) mainRun(g2, sha(c), null);
      const pipeline = fixedPipeline({ totalBytes: 1000 });
      const { exit, rec } = await run(g2, prContext(g2, 4003, { number: 5, headSha: HEAD, baseSha: MAIN_1 }), pipeline, { 'baseline-max-runs': '2' });
      assert.equal(exit, 0);
      assert.equal(rec.outputs['status'], 'no-baseline');
      assert.match(rec.summaries[0]!, /looked at 2 runs/);
      assert.deepEqual(g2.violations, []);
    } finally {
      await g2.close();
    }
  });

  it('without ACTIONS_RUNTIME_TOKEN, or on GHES, the upload says once why and what to use instead', async () => {
    assert.match(artifactsUnavailableReason({}) ?? '', /no ACTIONS_RUNTIME_TOKEN/);
    assert.match(artifactsUnavailableReason({ GITHUB_SERVER_URL: 'https://ghe.acme.internal', ACTIONS_RUNTIME_TOKEN: 'x', ACTIONS_RESULTS_URL: 'http://x' }) ?? '', /GitHub Enterprise Server \(ghe\.acme\.internal\)/);
    assert.equal(artifactsUnavailableReason({ GITHUB_SERVER_URL: 'https://acme.ghe.com', ACTIONS_RUNTIME_TOKEN: 'x', ACTIONS_RESULTS_URL: 'http://x' }), null);
    await assert.rejects(createArtifactStore({}).upload('layer-budget-web', [], '/tmp', 1), ArtifactsUnavailableError);
    const pipeline = fixedPipeline({ totalBytes: 1000 });
    const { exit, rec } = await run(gh, pushContext(gh, 4004, MAIN_1), pipeline, {}, (p) => {
      p.artifacts = createArtifactStore({ GITHUB_SERVER_URL: 'https://ghe.acme.internal' });
    });
    assert.equal(exit, 0);
    const warnings = rec.log.filter((l) => l.level === 'warning');
    assert.equal(warnings.length, 1);
    assert.match(warnings[0]!.message, /GitHub Enterprise Server.*give them one with `baseline-image`.*or `baseline-report`/);
    assert.equal((rec.summaries[0]!.match(/baseline-image/g) ?? []).length, 1);
  });
});
