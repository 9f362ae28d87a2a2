/**
 * A malicious registry on 127.0.0.1 (node:http, written from the distribution v2 API's behaviour: 401 +
 * WWW-Authenticate challenges, 3xx redirects for blobs, chunked bodies), one route per attack: a token realm on
 * another origin, a redirect to another origin, a redirect loop, a huge chunked manifest, slow headers, a slow
 * body and a slow blob. The CLI runs as a child process with small timeouts from the environment; each case must
 * end in exit 2 with a one-line message and a hint, within seconds and well under 300 MB RSS, and credentials
 * must never reach the other origin.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BASIC, foreignOrigin, hostileRegistry, listen, PASSWORD, slowHeaders, USER } from './registry-server.ts';
import { badInputProblems, runCli, runInProcess } from './cli.ts';

const CREDS = { LAYER_BUDGET_REGISTRY_USERNAME: USER, LAYER_BUDGET_REGISTRY_PASSWORD: PASSWORD };
/** small bounds so every stall ends in about a second */
const FAST = { LAYER_BUDGET_CONNECT_TIMEOUT: '2', LAYER_BUDGET_IDLE_TIMEOUT: '1', LAYER_BUDGET_DEADLINE: '3' };

test('a malicious registry: every attack is a clear exit 2 with a hint, in seconds and bounded memory; credentials stay home', async (t) => {
  const foreign = await foreignOrigin();
  t.after(() => foreign.server.close());
  const reg = hostileRegistry(foreign);
  const port = await listen(reg);
  t.after(() => reg.close());
  const slow = slowHeaders();
  const slowPort = await listen(slow);
  t.after(() => slow.close());
  const host = `127.0.0.1:${port}`;

  const cases: Array<{ name: string; source: string; env: Record<string, string>; message: RegExp }> = [
    { name: 'foreign realm', source: `docker://${host}/foreign/app:1`, env: CREDS, message: /getting a token from http:\/\/127\.0\.0\.1:\d+\/token .*401.*credentials withheld/ },
    { name: 'redirect to another origin', source: `docker://${host}/redirect/app:1`, env: CREDS, message: /manifest 1 not found/ },
    { name: 'redirect loop', source: `docker://${host}/loop/app:x`, env: {}, message: /redirects in a loop/ },
    { name: 'huge chunked manifest', source: `docker://${host}/huge/app:1`, env: {}, message: /too large \(more than 16777216 bytes while streaming; the limit is 16777216 bytes\)/ },
    { name: 'slow headers', source: `docker://127.0.0.1:${slowPort}/any/app:1`, env: {}, message: /waiting for the response headers timed out after 1 s/ },
    { name: 'slow body', source: `docker://${host}/slowbody/app:1`, env: {}, message: /timed out after 3 s/ },
    { name: 'slow blob', source: `docker://${host}/slowblob/app:1`, env: {}, message: /reading layer 1 .*waiting for body bytes timed out after 1 s/ },
  ];
  for (const c of cases) {
    const r = await runCli(['analyze', c.source], { ...FAST, ...c.env }, 30_000);
    t.diagnostic(`${c.name}: exit ${r.status}, ${r.ms} ms, ${r.rssMB?.toFixed(0)} MB: ${r.stderr.split('\n')[0]}`);
    assert.deepEqual(badInputProblems(r), [], `${c.name}: ${r.stderr}`);
    assert.match(r.stderr, c.message, c.name);
    assert.ok(r.ms < 15_000, `${c.name} took ${r.ms} ms`);
    if (r.rssMB !== null) assert.ok(r.rssMB < 300, `${c.name} peaked at ${r.rssMB} MB`);
  }
  assert.deepEqual(foreign.authorizations, [], 'no credentials reached the other origin');
});

test('a token realm on another origin gets credentials only when the user opts in for its host', async (t) => {
  const foreign = await foreignOrigin();
  t.after(() => foreign.server.close());
  const reg = hostileRegistry(foreign);
  const port = await listen(reg);
  t.after(() => reg.close());
  const source = `docker://127.0.0.1:${port}/foreign/app:1`;
  const denied = await runInProcess(['analyze', '--json', source], { ...FAST, ...CREDS });
  assert.equal(denied.status, 2);
  assert.match(denied.stderr, new RegExp(`hint: if you trust 127\\.0\\.0\\.1:${foreign.port} with your registry credentials, set LAYER_BUDGET_TOKEN_HOSTS=127\\.0\\.0\\.1:${foreign.port}`));
  assert.deepEqual(foreign.authorizations, []);
  const allowed = await runInProcess(['analyze', '--json', source], { ...FAST, ...CREDS, LAYER_BUDGET_TOKEN_HOSTS: `127.0.0.1:${foreign.port}` });
  assert.equal(allowed.status, 0, allowed.stderr);
  assert.deepEqual(foreign.authorizations, [BASIC]);
});

test('a corrupt layer on a connection the registry holds open: exit 2 at once, no hang on the open socket', async (t) => {
  const foreign = await foreignOrigin();
  t.after(() => foreign.server.close());
  const reg = hostileRegistry(foreign);
  const port = await listen(reg);
  t.after(() => reg.close());
  // default timeouts: only closing the connection ends the process early
  const r = await runCli(['analyze', `docker://127.0.0.1:${port}/badblob/app:1`], {}, 60_000);
  assert.deepEqual(badInputProblems(r), [], r.stderr);
  assert.match(r.stderr, /reading layer 1 .*corrupt gzip stream/);
  assert.ok(r.ms < 15_000, `took ${r.ms} ms`);
});

test('timeouts from the environment must be positive numbers of seconds', async () => {
  const r = await runInProcess(['analyze', 'docker://127.0.0.1:9/a/b:c'], { LAYER_BUDGET_IDLE_TIMEOUT: 'soon' });
  assert.equal(r.status, 2);
  assert.equal(r.stderr, 'layer-budget: LAYER_BUDGET_IDLE_TIMEOUT="soon" is not a positive number of seconds\n  hint: set LAYER_BUDGET_IDLE_TIMEOUT to a number of seconds, e.g. LAYER_BUDGET_IDLE_TIMEOUT=30, or unset it for the default\n');
});
