/**
 * The action over the real core, in process: `runAction` with the harness's ports (fake GitHub server, recorded
 * outputs) and `ports.run` = the core's `run` reading real docker-archives. A shipped secret fails the step by
 * default, credentials never reach the comment, the summary, the report artifact or the log, the report file is
 * the canonical `toJson`, and comment mode honours the config's waiver label.
 */
import assert from 'node:assert/strict';
import { writeFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { after, afterEach, before, describe, it } from 'node:test';
import { runAction } from '../../src/action/main.ts';
import type { RunContextData } from '../../src/action/context.ts';
import type { RunCore } from '../../src/action/ports.ts';
import { run as runCore } from '../../src/core/run.ts';
import { fromJson, toJson } from '../../src/report/json.ts';
import type { Report } from '../../src/report/types.ts';
import { BOT_LOGIN, FakeGitHub } from '../github/fake-github.ts';
import { harnessPorts, loadParseReport, makeReport, prContext, pushContext, sha, tempDir } from '../github/harness.ts';
import { AWS_SECRET, GHP, NPM, PEM_BODY, writeSecretFilesImage, writeSecretHistoryImage } from '../core/images.ts';

const SECRETS = [GHP.slice(4), NPM.slice(4), AWS_SECRET, PEM_BODY];
const core: RunCore = (request) => runCore(request, { env: {}, stdin: Readable.from([]) });

let parseReport: (text: string, what: string) => Report;
let tmp: { path: string; remove: () => Promise<void> };
let files = '';
let history = '';
let historyBefore = '';
before(async () => {
  parseReport = await loadParseReport();
  tmp = await tempDir();
  files = join(tmp.path, 'secret-files.tar');
  history = join(tmp.path, 'secret-history.tar');
  historyBefore = join(tmp.path, 'secret-history-before.tar');
  writeSecretFilesImage(files);
  writeSecretHistoryImage(history, 'after');
  writeSecretHistoryImage(historyBefore, 'before');
});
after(() => tmp.remove());

function inputs(extra: Record<string, string>): Record<string, string> {
  return { key: 'web', 'github-token': 'rw-token', mode: 'auto', comment: 'true', 'artifact-retention-days': '30', ...extra };
}

async function act(gh: FakeGitHub, context: RunContextData, extra: Record<string, string>, pipeline: { run: RunCore } = { run: core }) {
  const { ports, rec } = harnessPorts({ gh, inputs: inputs(extra), context, pipeline, parseReport, tempDir: tmp.path });
  const exit = await runAction(ports);
  const reportPath = rec.outputs['report-path'];
  const reportText = reportPath ? await readFile(reportPath, 'utf8') : '';
  return { exit, rec, reportText };
}

const bodyOf = (gh: FakeGitHub, n: number): string => gh.comments.find((c) => c.issueNumber === n && c.login === BOT_LOGIN)?.body ?? '';

describe('action over the real core', () => {
  let gh: FakeGitHub;
  before(async () => {
    gh = await FakeGitHub.start();
  });
  after(() => gh.close());
  afterEach(() => assert.deepEqual(gh.violations, []));

  it('a PR whose image ships a private key and a .env with an AWS key fails the step with no config (exit 1, status fail)', async () => {
    gh.addPull({ number: 41, headSha: sha('a'), baseSha: sha('1') });
    const prRun = gh.addRun({ headSha: sha('a'), event: 'pull_request', headBranch: 'feature-41' });
    const { exit, rec, reportText } = await act(gh, prContext(gh, prRun.id, { number: 41, headSha: sha('a'), baseSha: sha('1') }), { source: `docker-archive:${files}` });
    assert.equal(exit, 1, rec.logText());
    assert.equal(rec.outputs['status'], 'fail');
    assert.match(rec.logText('error'), /over budget: hints: 1 hint at or above error/);
    const body = bodyOf(gh, 41);
    assert.match(body, /### ❌ .* is over budget/);
    assert.match(body, /`secrets` \(error\)/);
    // the report file (and artifact) is the canonical toJson of the outcome's report, errors first
    const report = fromJson(reportText, 'report.json');
    assert.equal(reportText, `${toJson(report)}\n`);
    assert.equal(report.hints[0]?.rule, 'secrets');
    assert.deepEqual(report.verdicts.map((v) => [v.rule, v.status]), [['hints', 'fail']]);
    assert.equal(report.provenance?.commitSha, sha('a'));
    // the report's artifact, and the explorer page's
    assert.deepEqual(rec.uploads.map((u) => u.name.replace(/^layer-budget-[^-]+/, 'layer-budget-KEY')), ['layer-budget-KEY', 'layer-budget-KEY-explorer']);
    const page = await readFile(rec.uploads[1]!.files[0]!, 'utf8');
    assert.match(page, /^<!doctype html>/);
    for (const s of SECRETS) assert.ok(!(body + reportText + page + rec.summaries.join('') + rec.logText()).includes(s));
  });

  it('the secret is the first hint of the comment', async () => {
    const body = bodyOf(gh, 41);
    const first = /^1\. \*\*.*· `([a-z-]+)` \(/m.exec(body.slice(body.indexOf('💡')));
    assert.equal(first?.[1], 'secrets');
  });

  it('credentials in the history, Env and labels reach neither the comment, the summary, the artifact nor the log', async () => {
    const pushRun = gh.addRun({ headSha: sha('2'), event: 'push' });
    const push = await act(gh, pushContext(gh, pushRun.id, sha('2')), { source: `docker-archive:${historyBefore}` });
    assert.equal(push.exit, 1, 'the secrets fail the push run too');
    gh.addPull({ number: 42, headSha: sha('b'), baseSha: sha('2') });
    const prRun = gh.addRun({ headSha: sha('b'), event: 'pull_request', headBranch: 'feature-42' });
    const pr = await act(gh, prContext(gh, prRun.id, { number: 42, headSha: sha('b'), baseSha: sha('2') }), { source: `docker-archive:${history}` });
    assert.equal(pr.exit, 1);
    assert.match(pr.rec.outputs['delta-bytes'] ?? '', /^100000$/, 'diffed against the push run’s report');
    const body = bodyOf(gh, 42);
    const everything = [body, pr.rec.summaries.join('\n'), pr.reportText, push.reportText, pr.rec.logText(), push.rec.logText(), ...gh.artifacts.map((a) => Buffer.from(a.zip).toString('latin1'))].join('\n');
    for (const s of SECRETS) assert.ok(!everything.includes(s), `leaks ${s.slice(0, 6)}…`);
    assert.match(body, /`RUN GITHUB_TOKEN=\*\*\* npm install`/);
    assert.match(pr.rec.summaries[0] ?? '', /`RUN GITHUB_TOKEN=\*\*\* npm install`/);
    const report = fromJson(pr.reportText, 'report.json');
    assert.equal(report.layers[2]?.instruction, 'RUN |1 NPM_TOKEN=*** /bin/sh -c GITHUB_TOKEN=*** npm install # buildkit');
  });
});

describe('comment mode over the real core', () => {
  let gh: FakeGitHub;
  let configPath = '';
  before(async () => {
    gh = await FakeGitHub.start();
    const base = gh.addRun({ headSha: sha('3') });
    gh.addArtifact(base.id, 'layer-budget-web', { 'report.json': JSON.stringify(makeReport(1000)) });
    configPath = join(tmp.path, 'layer-budget.yml');
    await writeFile(configPath, 'budgets:\n  total: 1.2kB\nwaiver:\n  label: size-ok\n');
  });
  after(() => gh.close());
  afterEach(() => assert.deepEqual(gh.violations, []));

  function workflowRun(run: { id: number; headSha: string }, me: number): RunContextData {
    return {
      eventName: 'workflow_run',
      eventPayload: {
        action: 'completed',
        workflow_run: { id: run.id, workflow_id: 77, event: 'pull_request', conclusion: 'failure', head_sha: run.headSha, head_branch: 'patch', head_repository: { full_name: 'mallory/app' }, pull_requests: [] },
        repository: { full_name: gh.fullName, default_branch: 'main' },
      },
      repo: { owner: gh.owner, repo: gh.repo },
      sha: sha('3'),
      ref: 'refs/heads/main',
      runId: me,
      workflowRef: `${gh.fullName}/.github/workflows/layer-budget-comment.yml@refs/heads/main`,
      serverUrl: 'https://github.com',
      apiUrl: gh.url,
    };
  }

  for (const [n, labels, status] of [[51, ['size-ok'], 'warn'], [52, [], 'fail']] as const) {
    it(`the config's waiver label ${labels.length ? 'on' : 'not on'} the PR: status ${status}`, async () => {
      const head = sha(String(n - 40));
      gh.addPull({ number: n, headSha: head, baseSha: sha('3'), headRepository: 'mallory/app', headRef: 'patch', labels: [...labels] });
      const prRun = gh.addRun({ headSha: head, event: 'pull_request', headBranch: 'patch', headRepository: 'mallory/app' });
      gh.addArtifact(prRun.id, 'layer-budget-web', { 'report.json': JSON.stringify(makeReport(1500, { commitSha: head })) });
      const me = gh.addRun({ headSha: sha('3'), event: 'workflow_run', workflowId: 78 });
      const { exit, rec } = await act(gh, workflowRun({ id: prRun.id, headSha: head }, me.id), { mode: 'comment', config: configPath });
      assert.equal(exit, 0, rec.logText());
      assert.equal(rec.outputs['status'], status);
      const body = bodyOf(gh, n);
      assert.match(body, /`total`/);
      if (status === 'warn') {
        assert.match(body, /size-ok/);
        assert.match(rec.summaries[0] ?? '', /The `size-ok` label is on the PR/);
      } else assert.doesNotMatch(body, /size-ok/);
    });
  }
});
