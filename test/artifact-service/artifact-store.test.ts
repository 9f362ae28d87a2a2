/**
 * src/github/artifacts.ts with @actions/artifact's REAL client code (Twirp calls, zip stream, Azure block
 * upload) against the results-service stand-in, in process. The client reads its configuration from
 * process.env, so each test sets ACTIONS_RUNTIME_TOKEN (one job of one run) before it uploads.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, afterEach, before, describe, it } from 'node:test';
import { InputError } from '../../src/errors.ts';
import { createArtifactStore } from '../../src/github/artifacts.ts';
import { createOctokit } from '../../src/github/octokit.ts';
import { listRunArtifacts, readReportArtifact } from '../../src/github/report-artifact.ts';
import { FakeGitHub } from '../github/fake-github.ts';
import { loadParseReport, makeReport, sha } from '../github/harness.ts';
import { ResultsService } from './results-service.ts';
import type { ServiceRun } from './results-service.ts';

let gh: FakeGitHub;
let svc: ResultsService;
let dir: string;
const saved = { ...process.env };

before(async () => {
  gh = await FakeGitHub.start();
  svc = await ResultsService.start({ gh });
  dir = mkdtempSync(join(tmpdir(), 'layer-budget-artifact-'));
});
after(async () => {
  process.env = saved;
  await svc.close();
  await gh.close();
  rmSync(dir, { recursive: true, force: true });
});
afterEach(() => {
  assert.deepEqual(svc.violations, []);
  assert.deepEqual(gh.violations, []);
});

/** The environment of one job of `run` on attempt `attempt`. */
function job(run: ServiceRun, attempt: number, extra: Record<string, string> = {}): Record<string, string> {
  const env: Record<string, string> = {
    ACTIONS_RUNTIME_TOKEN: svc.runtimeToken(run),
    ACTIONS_RESULTS_URL: `${svc.url}/`,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ATTEMPT: String(attempt),
    ...extra,
  };
  process.env = { ...saved, ...env, NO_PROXY: '127.0.0.1,localhost', no_proxy: '127.0.0.1,localhost' };
  delete process.env['GITHUB_RETENTION_DAYS'];
  if (extra['GITHUB_RETENTION_DAYS']) process.env['GITHUB_RETENTION_DAYS'] = extra['GITHUB_RETENTION_DAYS'];
  return env;
}

function reportFile(name: string, totalBytes: number): string {
  const d = join(dir, name);
  mkdirSync(d, { recursive: true });
  writeFileSync(join(d, 'report.json'), JSON.stringify(makeReport(totalBytes, { commitSha: sha('1') })));
  return d;
}

describe('the artifact store on the real @actions/artifact client', () => {
  it('uploads: the results service gets a v7 artifact, the blob its zip, and the REST API lists and serves it', async () => {
    const gRun = gh.addRun({ headSha: sha('1') });
    const run = svc.addRun(gRun.id);
    const d = reportFile('up', 1234);
    const store = createArtifactStore(job(run, 1));
    const res = await store.upload('layer-budget-web', [join(d, 'report.json')], d, 30);
    assert.ok(res.id);
    assert.deepEqual(svc.rpcs.map((r) => `${r.method} ${r.status}`), ['ListArtifacts 200', 'CreateArtifact 200', 'FinalizeArtifact 200']);
    assert.ok(svc.blobRequests.some((b) => b.comp === 'block') && svc.blobRequests.some((b) => b.comp === 'blocklist'));
    const octokit = createOctokit({ token: 't', baseUrl: gh.url, throttle: false });
    const listed = await listRunArtifacts({ octokit, owner: gh.owner, repo: gh.repo, runId: gRun.id, name: 'layer-budget-web' });
    assert.deepEqual(listed.map((a) => a.id), [res.id]);
    const report = await readReportArtifact({ octokit, owner: gh.owner, repo: gh.repo, artifact: listed[0]!, parse: await loadParseReport() });
    assert.equal(report.totals.totalBytes, 1234);
  });

  it('retention: the requested days become expires_at; GITHUB_RETENTION_DAYS (the repository setting) caps them', async () => {
    for (const [days, cap, expect] of [
      [30, null, 30],
      [400, '400', 400],
      [90, '10', 10],
    ] as const) {
      const gRun = gh.addRun({ headSha: sha('2') });
      const run = svc.addRun(gRun.id);
      svc.maxRetentionDays = 400;
      const d = reportFile(`ret-${days}`, 1);
      await createArtifactStore(job(run, 1, cap ? { GITHUB_RETENTION_DAYS: cap } : {})).upload('layer-budget-web', [join(d, 'report.json')], d, days);
      const a = svc.finalized(gRun.id)[0]!;
      const got = Math.round((a.expiresAt!.getTime() - Date.now()) / 86_400_000);
      assert.equal(got, expect, `${days} days with cap ${cap}`);
    }
  });

  it('a re-run (GITHUB_RUN_ATTEMPT 2) replaces its own earlier artifact', async () => {
    const gRun = gh.addRun({ headSha: sha('3') });
    const run = svc.addRun(gRun.id);
    const d1 = reportFile('a1', 100);
    const first = await createArtifactStore(job(run, 1)).upload('layer-budget-web', [join(d1, 'report.json')], d1, 1);
    const d2 = reportFile('a2', 200);
    const second = await createArtifactStore(job(run, 2)).upload('layer-budget-web', [join(d2, 'report.json')], d2, 1);
    assert.notEqual(first.id, second.id);
    assert.deepEqual(svc.finalized(gRun.id).map((a) => a.id), [second.id]);
    assert.deepEqual(gh.artifacts.filter((a) => a.runId === gRun.id).map((a) => a.id), [second.id]);
  });

  it('two jobs of one run with the same key: a configuration error naming the key', async () => {
    const gRun = gh.addRun({ headSha: sha('4') });
    const run = svc.addRun(gRun.id);
    const d = reportFile('k', 1);
    await createArtifactStore(job(run, 1)).upload('layer-budget-api', [join(d, 'report.json')], d, 1);
    await assert.rejects(createArtifactStore(job(run, 1)).upload('layer-budget-api', [join(d, 'report.json')], d, 1), (err: Error) => {
      assert.ok(err instanceof InputError);
      assert.match(err.message, /two jobs use the key `api`/);
      assert.match(err.hint ?? '', /give each matrix leg its own key/);
      return true;
    });
    assert.equal(svc.finalized(gRun.id).length, 1);
  });
});
