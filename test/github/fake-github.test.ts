import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createOctokit } from '../../src/github/octokit.ts';
import { FakeGitHub } from './fake-github.ts';

const SHA_A = 'a'.repeat(40);
const SHA_B = 'b'.repeat(40);

describe('fake GitHub server', () => {
  let gh: FakeGitHub;
  before(async () => {
    gh = await FakeGitHub.start();
  });
  after(() => gh.close());

  it('pages comments with a real Link header and validates every response', async () => {
    gh.addPull({ number: 1, headSha: SHA_A, baseSha: SHA_B });
    for (let i = 0; i < 5; i++) gh.addComment(1, `c${i}`);
    const o = createOctokit({ token: 't', baseUrl: gh.url, throttle: false });
    const all = await o.paginate(o.rest.issues.listComments, { owner: 'acme', repo: 'app', issue_number: 1, per_page: 2 });
    assert.deepEqual(all.map((c) => c.body), ['c0', 'c1', 'c2', 'c3', 'c4']);
    assert.equal(gh.calls('issues/list-comments').length, 3);
    assert.deepEqual(gh.violations, []);
  });

  it('records a request that breaks the description (unknown query parameter, bad body)', async () => {
    const before = gh.violations.length;
    const res = await fetch(`${gh.url}/repos/acme/app/issues/1/comments?per_page=2&colour=red`, { headers: { authorization: 'token t' } });
    assert.equal(res.status, 422);
    const res2 = await fetch(`${gh.url}/repos/acme/app/issues/1/comments`, {
      method: 'POST',
      headers: { authorization: 'token t', 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'no body field' }),
    });
    assert.equal(res2.status, 422);
    const res3 = await fetch(`${gh.url}/repos/acme/app/not-a-route`, { headers: { authorization: 'token t' } });
    assert.equal(res3.status, 404);
    const added = gh.violations.slice(before);
    assert.match(added.join('\n'), /unknown query parameter colour/);
    assert.match(added.join('\n'), /required property 'body'/);
    assert.match(added.join('\n'), /no such route/);
    gh.violations.length = before;
  });

  it('redirects an artifact download to blob storage without the token, and 410s an expired one', async () => {
    const run = gh.addRun({ headSha: SHA_B });
    const a = gh.addArtifact(run.id, 'layer-budget-app', { 'report.json': '{}' });
    const old = gh.addArtifact(run.id, 'layer-budget-old', { 'report.json': '{}' }, { expired: true });
    const o = createOctokit({ token: 't', baseUrl: gh.url, throttle: false });
    const dl = await o.rest.actions.downloadArtifact({ owner: 'acme', repo: 'app', artifact_id: a.id, archive_format: 'zip' });
    assert.equal(new Uint8Array(dl.data as ArrayBuffer).length, a.zip.length);
    await assert.rejects(o.rest.actions.downloadArtifact({ owner: 'acme', repo: 'app', artifact_id: old.id, archive_format: 'zip' }), { status: 410 });
    assert.deepEqual(gh.violations, []);
  });

  it('injects failures: a 502 is retried by the client', async () => {
    gh.failNext('pulls/get', 502);
    const o = createOctokit({ token: 't', baseUrl: gh.url, throttle: false, retryAfterBaseMs: 1 });
    const pr = await o.rest.pulls.get({ owner: 'acme', repo: 'app', pull_number: 1 });
    assert.equal(pr.data.head.sha, SHA_A);
    assert.deepEqual(gh.calls('pulls/get').map((c) => c.status), [502, 200]);
    assert.deepEqual(gh.violations, []);
  });

  it('throttling is on by default and retries a secondary rate limit after Retry-After', async () => {
    const notes: string[] = [];
    const o = createOctokit({ token: 't', baseUrl: gh.url, log: (m) => notes.push(m) });
    gh.failNext('issues/create-comment', 403, 1, 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.', { 'retry-after': '1' });
    const res = await o.rest.issues.createComment({ owner: 'acme', repo: 'app', issue_number: 1, body: 'throttled' });
    assert.equal(res.status, 201);
    assert.deepEqual(gh.calls('issues/create-comment').slice(-2).map((c) => c.status), [403, 201]);
    assert.match(notes.join('\n'), /secondary rate limit hit on POST/);
    assert.deepEqual(gh.violations, []);
  });
});
