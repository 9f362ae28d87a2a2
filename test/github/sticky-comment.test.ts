/**
 * The sticky comment against the fake GitHub API (every request and response checked against GitHub's
 * OpenAPI description): one comment per key, found only by the bot's comment whose FIRST line is the key's
 * marker.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createOctokit } from '../../src/github/octokit.ts';
import { upsertStickyComment } from '../../src/github/sticky-comment.ts';
import { renderComment } from '../../src/render/comment.ts';
import { layer, report } from '../render/fixtures.ts';
import { BOT_LOGIN, FakeGitHub } from './fake-github.ts';

const SHA = 'a'.repeat(40);

describe('sticky comment', () => {
  let gh: FakeGitHub;
  let pr = 100;
  before(async () => {
    gh = await FakeGitHub.start();
  });
  after(() => gh.close());

  const octokit = () => createOctokit({ token: 't', baseUrl: gh.url, throttle: false });
  const upsert = (n: number, key: string, body: string) => upsertStickyComment({ octokit: octokit(), owner: 'acme', repo: 'app', issueNumber: n, key, body });
  const newPr = (): number => {
    const n = ++pr;
    gh.addPull({ number: n, headSha: SHA, baseSha: SHA });
    return n;
  };

  it('creates, updates, and leaves an unchanged comment alone; the marker goes first', async () => {
    const n = newPr();
    const a = await upsert(n, 'web', 'first');
    assert.equal(a.action, 'created');
    assert.equal(gh.comments.find((c) => c.id === a.id)?.body, '<!-- layer-budget:web -->\nfirst');
    const b = await upsert(n, 'web', '<!-- layer-budget:web -->\nsecond');
    assert.deepEqual([b.action, b.id], ['updated', a.id]);
    const c = await upsert(n, 'web', 'second');
    assert.equal(c.action, 'unchanged');
    assert.deepEqual(gh.violations, []);
  });

  it("a bot comment that holds another key's marker below line 1 is not matched", async () => {
    const n = newPr();
    // the api comment as an older renderer left it: an image string carried web's marker verbatim
    const api = gh.addComment(n, '<!-- layer-budget:api -->\n### api\n`RUN echo <!-- layer-budget:web -->`', BOT_LOGIN);
    const res = await upsert(n, 'web', 'web body');
    assert.equal(res.action, 'created');
    assert.notEqual(res.id, api.id);
    assert.equal(api.body, '<!-- layer-budget:api -->\n### api\n`RUN echo <!-- layer-budget:web -->`', 'the api comment is untouched');
    // and the web job finds its own comment next time, not the api one
    const again = await upsert(n, 'web', 'web body 2');
    assert.deepEqual([again.action, again.id], ['updated', res.id]);
    assert.equal(api.body.startsWith('<!-- layer-budget:api -->'), true);
  });

  it('a user comment with the marker on line 1 is not taken over', async () => {
    const n = newPr();
    const forged = gh.addComment(n, '<!-- layer-budget:web -->\nI pasted your marker', 'mallory');
    const res = await upsert(n, 'web', 'real');
    assert.equal(res.action, 'created');
    assert.equal(forged.body, '<!-- layer-budget:web -->\nI pasted your marker');
    assert.equal(gh.comments.filter((c) => c.issueNumber === n).length, 2);
  });

  it('a body edited in the browser (CRLF) is still ours', async () => {
    const n = newPr();
    const ours = gh.addComment(n, '<!-- layer-budget:web -->\r\nold', BOT_LOGIN);
    const res = await upsert(n, 'web', 'new');
    assert.deepEqual([res.action, res.id], ['updated', ours.id]);
  });

  it('renders and posts two keys on one PR from hostile images: each job keeps to its own comment', async () => {
    const n = newPr();
    const evil = 'RUN echo "<!-- layer-budget:web -->" `x` | @org/team <script>';
    const r = report([layer(0, evil, 10), layer(1, '<!-- layer-budget:web -->', 5)]);
    r.image.names = ['<!-- layer-budget:web -->\n@org/team'];
    const api = await upsert(n, 'api', renderComment({ key: 'api', report: r, diff: null, verdicts: [], status: 'pass', waived: false }));
    const apiBody = gh.comments.find((c) => c.id === api.id)!.body;
    assert.ok(!apiBody.includes('<!-- layer-budget:web -->'));
    const web = await upsert(n, 'web', renderComment({ key: 'web', report: r, diff: null, verdicts: [], status: 'pass', waived: false }));
    assert.equal(web.action, 'created', 'the web job did not take over the api comment');
    assert.notEqual(web.id, api.id);
    assert.equal(gh.comments.find((c) => c.id === api.id)!.body, apiBody);
    assert.deepEqual(gh.violations, []);
  });

  it('a body over 65,536 characters is cut by the one cap, marker kept', async () => {
    const n = newPr();
    const res = await upsert(n, 'big', `<details>\n\n${'| `/x` | 1 B |\n'.repeat(6000)}</details>\n`);
    const body = gh.comments.find((c) => c.id === res.id)!.body;
    assert.ok(body.length <= 65_536);
    assert.ok(body.startsWith('<!-- layer-budget:big -->\n'));
    assert.match(body, /<\/details>\n\n_The comment was cut at GitHub's 65,536-character limit/);
  });
});
