/**
 * runHints (config, overlap de-duplication, ranking), RULES and the capture policy.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { captureBytes, RULE_IDS, RULES, runHints } from '../../src/hints/index.ts';
import { CREDENTIAL_PREFIX_BYTES } from '../../src/hints/rules/secrets.ts';
import type { Hint } from '../../src/report/types.ts';
import { redact } from '../../src/hints/context.ts';
import { fromJson, toJson } from '../../src/report/json.ts';
import { baseLayer, buildAnalysis, copyUp, f, ft, many, wh, type LayerSpec } from './builder.ts';

const IDS = [
  'deleted-later', 'apt-leftovers', 'apt-update-alone', 'package-caches', 'dev-dependencies', 'build-toolchain',
  'attribute-copy-up', 'backups-and-logs', 'archives-left', 'duplicate-content', 'docs-and-locales', 'heavy-base',
  'cache-busting-order', 'secrets', 'squash-candidate', 'python-bytecode-and-vcs',
];

describe('RULES', () => {
  it('has exactly the catalogue ids, each with a severity and a one-line description', () => {
    assert.deepEqual([...RULE_IDS].sort(), [...IDS].sort());
    for (const r of RULES) {
      assert.ok(['info', 'warning', 'error'].includes(r.severity));
      assert.ok(r.description.length > 10 && !r.description.includes('\n'));
    }
    assert.equal(RULES.find((r) => r.id === 'secrets')?.severity, 'error');
  });
});

const pkg = JSON.stringify({ name: 'app', dependencies: { express: '4' }, devDependencies: { eslint: '8' } });
const app = [ft('/app/package.json', pkg), f('/app/server.js', 5_000)];
const modules = [...many('/app/node_modules/eslint/lib', 10, 100_000), ...many('/app/node_modules/express/lib', 10, 100_000)];
const layers: LayerSpec[] = [
  baseLayer(),
  { instruction: '/bin/sh -c apt-get update', events: [f('/var/lib/apt/lists/a_Packages', 8_000_000)] },
  { instruction: '/bin/sh -c apt-get install -y nodejs', events: [f('/usr/bin/node', 80_000_000), f('/var/cache/apt/archives/nodejs_18_amd64.deb', 12_000_000)] },
  { instruction: '/bin/sh -c #(nop) COPY dir:0123456789abcdef0123456789abcdef in /app', events: [...app, ft('/app/.env', 'STRIPE_SECRET_KEY=sk_live_abcdefghijklmnop\n')] },
  { instruction: '/bin/sh -c npm install', events: [...modules, ...many('/root/.npm/_cacache/x', 5, 200_000)] },
  { instruction: '/bin/sh -c chown -R node:node /app', events: copyUp([...app, ...modules], { uid: 1000 }) },
];

function byRule(hints: Hint[], rule: string): Hint[] {
  return hints.filter((h) => h.rule === rule);
}

describe('runHints', () => {
  const analysis = buildAnalysis(layers, { baseLayers: 1, workdir: '/app' });
  const hints = runHints(analysis);

  it('ranks errors first, then by savings', () => {
    assert.equal(hints[0]?.rule, 'secrets');
    const rest = hints.slice(1).map((h) => h.savingsBytes);
    assert.deepEqual(rest, [...rest].sort((a, b) => b - a));
    assert.ok(hints.every((h) => !('claims' in h) && !('alternative' in h)), 'internal fields are stripped');
  });

  it('never counts the same (layer, path) bytes twice: the higher-priority rule keeps them', () => {
    // the .deb is both an apt leftover and an archive left: apt-leftovers (higher priority) keeps it, and
    // archives-left, left with nothing, is dropped
    assert.equal(byRule(hints, 'archives-left').length, 0);
    assert.equal(byRule(hints, 'apt-leftovers').find((h) => h.layer === 2)?.savingsBytes, 12_000_000);
    // eslint is a dev dependency in layer 4 and copied up by layer 5: dev-dependencies claims both copies;
    // attribute-copy-up keeps the rest (express, package.json, server.js) and says the rest was counted elsewhere
    const dev = byRule(hints, 'dev-dependencies')[0];
    assert.equal(dev?.savingsBytes, 2_000_000);
    const copy = byRule(hints, 'attribute-copy-up')[0];
    assert.equal(copy?.savingsBytes, 1_000_000 + 5_000 + Buffer.byteLength(pkg));
    assert.match(copy?.advice ?? '', /1\.0 MB of these bytes are already counted by a higher-priority hint/);
    assert.equal(copy?.overlaps, false);
    // the sum of non-overlapping savings equals the union of their claims
    const sum = hints.filter((h) => !h.overlaps).reduce((a, h) => a + h.savingsBytes, 0);
    assert.ok(sum <= analysis.report.totals.totalBytes);
  });

  it('marks the alternative remedy (squash-candidate) as overlapping and keeps its full estimate', () => {
    const sq = byRule(hints, 'squash-candidate')[0];
    assert.ok(sq);
    assert.equal(sq.overlaps, true);
    assert.equal(sq.savingsBytes, 2_000_000 + 5_000 + Buffer.byteLength(pkg)); // every lower copy, eslint included
  });

  it('applies per-rule settings: off removes a rule, a severity re-levels it', () => {
    const h2 = runHints(analysis, { rules: { secrets: 'warning', 'apt-leftovers': 'off', 'docs-and-locales': 'error' } });
    assert.equal(byRule(h2, 'apt-leftovers').length, 0);
    assert.equal(byRule(h2, 'secrets')[0]?.severity, 'warning');
    // with apt-leftovers off, the .deb is archives-left's
    assert.equal(byRule(h2, 'archives-left')[0]?.savingsBytes, 12_000_000);
    assert.notEqual(h2[0]?.rule, 'secrets');
  });

  it('every hint points at a layer (or the whole image) with its instruction, and evidence is capped', () => {
    for (const h of hints) {
      if (h.layer !== null) assert.equal(h.instruction, analysis.report.layers[h.layer]?.normalizedInstruction, h.rule);
      assert.ok(h.evidence.length <= 10);
      assert.ok(h.advice.length > 20);
    }
    const dev = byRule(hints, 'apt-update-alone')[0];
    assert.equal(dev?.layer, 1);
  });

  it('is silent on an image without problems', () => {
    assert.deepEqual(runHints(buildAnalysis([baseLayer(), { instruction: 'COPY --from=build /out/app /usr/local/bin/app', events: [f('/usr/local/bin/app', 3_000_000)] }], { baseLayers: 1 })), []);
  });

  it('clips texts to the report bounds (hostile paths cannot make the report invalid)', () => {
    const long = `/tmp/${'x'.repeat(3000)}`;
    const a = buildAnalysis(
      [baseLayer(), { instruction: 'RUN x', events: [f(`${long}/a.zip`, 200_000), f(`${long}/b.zip`, 200_000), f(`${long}/c.zip`, 200_000)] }, { instruction: 'RUN rm', events: [wh(`${long}/a.zip`), wh(`${long}/b.zip`), wh(`${long}/c.zip`)] }],
      { baseLayers: 1 },
    );
    const h = runHints(a).find((x) => x.rule === 'deleted-later');
    assert.ok(h);
    assert.ok(h.advice.length <= 4000 && h.title.length <= 4000);
    assert.ok(h.advice.endsWith('…'));
    assert.deepEqual(fromJson(toJson({ ...a.report, hints: runHints(a) })).hints, runHints(a));
  });

  it('caps evidence with an "and N more" summary', () => {
    const a = buildAnalysis([baseLayer(), { instruction: 'RUN x', events: [...many('/data/big', 30, 100_000)] }, { instruction: 'RUN rm', events: many('/data/big', 30, 0).map((e) => wh(e.path)) }], { baseLayers: 1 });
    const h = runHints(a).find((x) => x.rule === 'deleted-later');
    assert.equal(h?.evidence.length, 10);
    assert.deepEqual(h?.evidenceOmitted, { count: 20, sizeBytes: 2_000_000 });
  });
});

describe('captureBytes', () => {
  it('captures application package.json and lockfiles whole, bounded', () => {
    assert.equal(captureBytes('/app/package.json', 1200), 1200);
    assert.equal(captureBytes('/usr/src/app/package.json', 1200), 1200);
    assert.equal(captureBytes('/app/package.json', 300 * 1024), 0);
    assert.equal(captureBytes('/app/node_modules/eslint/package.json', 1200), 0);
    assert.equal(captureBytes('/usr/share/nodejs/npm/package.json', 1200), 0);
    assert.equal(captureBytes('/usr/lib/node_modules/npm/package.json', 1200), 0);
    assert.equal(captureBytes('/a/b/c/d/e/f/g/package.json', 100), 0);
    assert.equal(captureBytes('/app/node_modules/.package-lock.json', 90_000), 90_000);
    assert.equal(captureBytes('/app/package-lock.json', 90_000), 90_000);
    assert.equal(captureBytes('/app/node_modules/x/node_modules/.package-lock.json', 90_000), 0);
    assert.equal(captureBytes('/app/package-lock.json', 5 * 1024 * 1024), 0);
  });
  it('is derived from the rules\' declarations: the largest any rule asks for', () => {
    const capturing = RULES.filter((r) => r.capture).map((r) => r.id);
    assert.deepEqual(capturing, ['secrets', 'dev-dependencies']);
    for (const [p, size] of [['/app/package.json', 1200], ['/app/.env', 20_000], ['/usr/bin/node', 80_000_000], ['/app/node_modules/.package-lock.json', 90_000]] as const) {
      const want = Math.max(0, ...RULES.map((r) => r.capture?.(p, size) ?? 0));
      assert.equal(captureBytes(p, size), want, p);
    }
  });
  it('captures the first 8 KiB of credential candidates outside third-party trees', () => {
    for (const p of ['/app/.env', '/app/.env.production', '/app/id_rsa', '/root/.ssh/id_ed25519', '/etc/ssl/private/x.key', '/app/tls.pem', '/root/.npmrc', '/root/.aws/credentials', '/root/.docker/config.json', '/root/.git-credentials', '/root/.netrc', '/src/.git/config']) {
      assert.equal(captureBytes(p, 100), 100, p);
      assert.equal(captureBytes(p, 1_000_000), CREDENTIAL_PREFIX_BYTES, p);
    }
    assert.equal(captureBytes('/app/node_modules/agent/test/key.pem', 100), 0);
    assert.equal(captureBytes('/usr/bin/node', 80_000_000), 0);
    assert.equal(captureBytes('/app/server.js', 1000), 0);
    assert.equal(captureBytes('/app/.env', 0), 0);
  });
});

describe('redact', () => {
  it('masks credentials in instructions shown by hints', () => {
    assert.equal(
      redact("printf 'AWS_ACCESS_KEY_ID=AKIA%s\\nDATABASE_URL=postgres://app:hunter2@db/app\\n'"),
      "printf 'AWS_ACCESS_KEY_ID=***\\nDATABASE_URL=postgres://app:***@db/app\\n'",
    );
    assert.equal(redact('ENV API_TOKEN=abcd1234efgh'), 'ENV API_TOKEN=***');
    assert.equal(redact("export NPM_TOKEN='xyzxyzxyz' && npm ci"), "export NPM_TOKEN='***' && npm ci");
    assert.equal(redact('echo AKIAIOSFODNN7EXAMPLE'), 'echo AKIA****************');
    assert.equal(redact('apt-get install -y curl'), 'apt-get install -y curl');
  });
  it('runHints never repeats a credential from the history', () => {
    const a = buildAnalysis(
      [baseLayer(), { instruction: '/bin/sh -c curl -o /tmp/x.zip https://bot:s3cr3tpass@example.com/x.zip && echo TOKEN=abcdefgh123', events: [f('/tmp/x.zip', 5_000_000)] }, { instruction: 'RUN rm /tmp/x.zip', events: [wh('/tmp/x.zip')] }],
      { baseLayers: 1 },
    );
    const s = JSON.stringify(runHints(a));
    assert.ok(s.includes('deleted-later'));
    assert.ok(!s.includes('s3cr3tpass') && !s.includes('abcdefgh123'));
  });
});
