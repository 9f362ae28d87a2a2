import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { contextDataFromEnv, parseContext } from '../../src/action/context.ts';
import type { RunContextData } from '../../src/action/context.ts';
import { readInputs } from '../../src/action/inputs.ts';
import { clampComment, commentMarker } from '../../src/github/sticky-comment.ts';

const data = (eventName: string, eventPayload: unknown): RunContextData => ({
  eventName,
  eventPayload,
  repo: { owner: 'acme', repo: 'app' },
  sha: 'f'.repeat(40),
  ref: 'refs/heads/main',
  runId: 42,
  workflowRef: 'acme/app/.github/workflows/size.yml@refs/heads/main',
  serverUrl: 'https://github.com',
  apiUrl: 'https://api.github.com',
});

const pr = (headRepo: string | null) => ({
  pull_request: {
    number: 3,
    head: { sha: 'a'.repeat(40), ref: 'feat', repo: headRepo === null ? null : { full_name: headRepo } },
    base: { sha: 'b'.repeat(40), ref: 'main', repo: { full_name: 'acme/app' } },
    labels: [{ name: 'size-ok' }, { name: 'bug' }],
  },
  repository: { default_branch: 'main' },
});

describe('parseContext', () => {
  it('a same-repo pull request', () => {
    const c = parseContext(data('pull_request', pr('acme/app')));
    assert.deepEqual(c.pr, {
      number: 3, baseSha: 'b'.repeat(40), baseRef: 'main', headSha: 'a'.repeat(40), headRef: 'feat',
      headRepository: 'acme/app', fromFork: false, labels: ['size-ok', 'bug'],
    });
    assert.equal(c.readOnlyToken, false);
    assert.equal(c.workflowFile, 'size.yml');
    assert.equal(c.defaultBranch, 'main');
  });

  it('a fork (or a deleted fork) gets a read-only token on pull_request, not on pull_request_target', () => {
    assert.equal(parseContext(data('pull_request', pr('mallory/app'))).readOnlyToken, true);
    assert.equal(parseContext(data('pull_request', pr(null))).pr?.fromFork, true);
    const t = parseContext(data('pull_request_target', pr('mallory/app')));
    assert.equal(t.pr?.fromFork, true);
    assert.equal(t.readOnlyToken, false);
  });

  it('a push has no PR; a workflow_run carries the triggering run', () => {
    assert.equal(parseContext(data('push', {})).pr, null);
    const w = parseContext(data('workflow_run', {
      workflow_run: { id: 9, workflow_id: 77, event: 'pull_request', conclusion: 'failure', head_sha: 'c'.repeat(40), head_branch: 'main', head_repository: { full_name: 'mallory/app' }, pull_requests: [] },
    }));
    assert.deepEqual(w.workflowRun, { id: 9, workflowId: 77, event: 'pull_request', conclusion: 'failure', headSha: 'c'.repeat(40), headBranch: 'main', headRepository: 'mallory/app', pullRequests: [] });
  });

  it('reads the runner environment and payload file', async () => {
    const d = await contextDataFromEnv(
      { GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: '/ev.json', GITHUB_REPOSITORY: 'acme/app', GITHUB_SHA: 'x', GITHUB_REF: 'refs/heads/main', GITHUB_RUN_ID: '12' },
      async () => '{"after":"x"}',
    );
    assert.deepEqual([d.eventName, d.repo, d.runId, d.eventPayload, d.apiUrl], ['push', { owner: 'acme', repo: 'app' }, 12, { after: 'x' }, 'https://api.github.com']);
    await assert.rejects(contextDataFromEnv({ GITHUB_EVENT_PATH: '/nope' }, async () => '{'), /reading the event payload/);
  });
});

describe('readInputs', () => {
  it('applies action.yml defaults', () => {
    const i = readInputs(() => '');
    assert.deepEqual(i, {
      image: '', engine: 'docker', source: '', platform: '', config: '', key: 'default', githubToken: '', mode: 'auto',
      baselineReport: '', comment: true, explorer: true, artifactRetentionDays: 90, waiverLabel: 'layer-budget-waiver', baseImage: '',
      pushBaseline: false, baselineImage: '', baselineWorkflow: '', baselineBranch: '', baselineMaxRuns: 30,
      // the runner passes action.yml's `auto` when unset; '' is an explicit "none"
      dockerfile: '', annotations: true,
    });
  });
  it('dockerfile: a path, auto, none', () => {
    assert.equal(readInputs((n) => (n === 'dockerfile' ? 'auto' : '')).dockerfile, 'auto');
    assert.equal(readInputs((n) => (n === 'dockerfile' ? 'docker/Dockerfile.prod' : '')).dockerfile, 'docker/Dockerfile.prod');
    assert.equal(readInputs((n) => (n === 'dockerfile' ? 'none' : '')).dockerfile, '');
  });
  it('annotations false turns them off', () => assert.equal(readInputs((n) => (n === 'annotations' ? 'false' : '')).annotations, false));
  const bad: Array<[string, string, RegExp]> = [
    ['engine', 'containerd', /input engine/],
    ['mode', 'both', /input mode/],
    ['key', 'a/b', /input key/],
    ['comment', 'maybe', /input comment/],
    ['artifact-retention-days', '401', /input artifact-retention-days/],
    ['artifact-retention-days', '0', /input artifact-retention-days/],
    ['push-baseline', 'sometimes', /input push-baseline/],
    ['baseline-max-runs', '0', /input baseline-max-runs/],
    ['baseline-workflow', '../x.yml', /input baseline-workflow/],
    ['annotations', 'sometimes', /input annotations/],
  ];
  it('artifact-retention-days accepts up to 400 (private repositories)', () => assert.equal(readInputs((n) => (n === 'artifact-retention-days' ? '400' : '')).artifactRetentionDays, 400));
  it('waiver-label none disables waivers', () => assert.equal(readInputs((n) => (n === 'waiver-label' ? 'none' : '')).waiverLabel, ''));
  for (const [name, value, re] of bad) {
    it(`rejects ${name}: ${value}`, () => assert.throws(() => readInputs((n) => (n === name ? value : '')), re));
  }
});

describe('clampComment', () => {
  it('leaves a body within the limit alone and cuts a longer one at a line, closing an open code fence', () => {
    assert.equal(clampComment('short'), 'short');
    const body = `${commentMarker('k')}\n\`\`\`\n${'line\n'.repeat(20_000)}`;
    const cut = clampComment(body);
    assert.ok(cut.length <= 65_536);
    assert.ok(cut.startsWith('<!-- layer-budget:k -->'));
    assert.match(cut, /line\n```\n\n_The comment was cut/);
  });
});

describe('action.yml and readInputs agree', () => {
  it('every input in action.yml is read, and every input read is declared', async () => {
    const { readFileSync } = await import('node:fs');
    const yml = readFileSync(new URL('../../action.yml', import.meta.url), 'utf8');
    const inputs = yml.slice(yml.indexOf('\ninputs:'), yml.indexOf('\noutputs:'));
    const declared = [...inputs.matchAll(/^ {2}([a-z-]+):$/gm)].map((m) => m[1]!).sort();
    const read = new Set<string>();
    readInputs((n) => {
      read.add(n);
      return '';
    });
    assert.deepEqual([...read].sort(), declared);
  });
});
