import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyze } from '../../src/analysis/analyze.ts';
import { InputError } from '../../src/errors.ts';
import type { FileEvent } from '../../src/layer/events.ts';
import { LIMITS } from '../../src/report/limits.ts';
import { fromJson, REPORT_SCHEMA, toJson } from '../../src/report/json.ts';
import type { DuplicateGroup, Hint, Report, Verdict } from '../../src/report/types.ts';
import { d, f, hl, image, opq, wh } from '../analysis/synthetic.ts';

function sample(): Report {
  const r = analyze(
    image(
      [
        [d('/etc'), f('/etc/a', 10, 'A'), f('/etc/b', 20, 'B'), f('/x/dup1', 30, 'D'), f('/x/dup2', 30, 'D'), hl('/x/h', '/etc/a')],
        [f('/etc/a', 11, 'A2'), wh('/etc/b'), opq('/x'), f('/x/new', 1, 'N')],
      ],
      { history: [{ created_by: '/bin/sh -c echo a' }, { created_by: 'COPY . / # buildkit' }] },
    ),
    { toolVersion: '9.9.9', baseImage: { name: 'base', diffIds: [] } },
  ).report;
  r.provenance = { key: 'app', commitSha: 'abc123', ref: 'refs/heads/main', runId: 42 };
  // Required<…>: a new optional field in types.ts fails the typecheck here until the sample (and so the schema,
  // through the round trip) carries it.
  const hint: Required<Hint> = {
    rule: 'deleted-later',
    severity: 'warning',
    title: 'bytes deleted later',
    layer: 0,
    instruction: 'RUN echo a',
    evidence: [{ path: '/etc/b', sizeBytes: 20, layer: 0 }],
    evidenceOmitted: { count: 3, sizeBytes: 12 },
    advice: 'delete in the same RUN',
    savingsBytes: 20,
    overlaps: false,
  };
  r.hints = [hint];
  const verdict: Required<Verdict> = { rule: 'total.uncompressed', status: 'pass', actual: 100, limit: 200, unit: 'bytes', message: 'ok', waived: false };
  r.verdicts = [verdict];
  const group: Required<DuplicateGroup> = { contentHash: 'D', sizeBytes: 30, paths: ['/x/dup1', '/x/dup2'], reclaimableBytes: 30, copies: 2, pathsOmitted: 0 };
  r.duplicates = { hashed: true, groupCount: 1, reclaimableBytes: 30, groups: [group], groupsOmitted: 0 };
  return r;
}

/** Applies `mutate` to a copy of the sample's JSON and returns fromJson's error message. */
function errorOf(mutate: (x: any) => void, what = 'baseline report'): string {
  const x = JSON.parse(toJson(sample()));
  mutate(x);
  try {
    fromJson(JSON.stringify(x), what);
  } catch (err) {
    assert.ok(err instanceof InputError, `not an InputError: ${String(err)}`);
    return err.message;
  }
  assert.fail('no error');
}

function throwsOn(text: string, what?: string): string {
  try {
    fromJson(text, what);
  } catch (err) {
    assert.ok(err instanceof InputError);
    return err.message;
  }
  assert.fail('no error');
}

describe('toJson / fromJson', () => {
  test('round trip', () => {
    const r = sample();
    const text = toJson(r);
    assert.deepEqual(fromJson(text), r);
    assert.equal(toJson(fromJson(text)), text);
  });

  test('stable key order (schema order) whatever the input order; 2-space indent, no trailing newline', () => {
    const r = sample();
    const shuffle = (v: unknown): unknown => {
      if (Array.isArray(v)) return v.map(shuffle);
      if (v === null || typeof v !== 'object') return v;
      const entries = Object.entries(v).reverse();
      return Object.fromEntries(entries.map(([k, x]) => [k, shuffle(x)]));
    };
    const text = toJson(r);
    assert.equal(toJson(shuffle(r) as Report), text);
    assert.ok(text.startsWith('{\n  "schemaVersion": 1,\n  "tool": {\n    "name": "layer-budget",'));
    assert.ok(text.endsWith('}'));
    const keys = Object.keys(JSON.parse(text));
    // optional properties (`dockerfile`) are absent from the sample
    assert.deepEqual(keys, Object.keys((REPORT_SCHEMA as { properties: object }).properties).filter((k) => k in r));
  });

  test('schema bounds equal LIMITS', () => {
    const s = REPORT_SCHEMA as any;
    assert.equal(s.properties.layers.maxItems, LIMITS.layers);
    assert.equal(s.definitions.layer.properties.instruction.maxLength, LIMITS.instructionChars);
    assert.equal(s.properties.waste.properties.topPaths.items.properties.path.maxLength, LIMITS.pathChars);
    assert.equal(s.properties.waste.properties.topPaths.maxItems, LIMITS.listItems);
    assert.equal(s.properties.directories.maxItems, LIMITS.directories);
    assert.equal(s.properties.image.properties.names.maxItems, LIMITS.names);
    assert.equal(s.properties.duplicates.properties.groups.items.properties.paths.maxItems, LIMITS.groupPaths);
    assert.equal(s.properties.hints.maxItems, LIMITS.hints);
    assert.equal(s.properties.verdicts.maxItems, LIMITS.verdicts);
  });
});

describe('fromJson rejects bad input with a clear message', () => {
  const cases: Array<[name: string, mutate: (x: any) => void, message: string]> = [
    ['schemaVersion missing', (x) => delete x.schemaVersion, 'baseline report has no schemaVersion; this layer-budget reads 1: is it a layer-budget report?'],
    ['schemaVersion older', (x) => (x.schemaVersion = 0), 'baseline report has schemaVersion 0; this layer-budget reads 1: re-run the base branch to refresh the baseline'],
    [
      'schemaVersion newer',
      (x) => (x.schemaVersion = 2),
      'baseline report has schemaVersion 2; this layer-budget reads 1: upgrade layer-budget, or re-run the base branch with this version to refresh the baseline',
    ],
    ['schemaVersion not a number', (x) => (x.schemaVersion = '1'), 'baseline report has schemaVersion "1"; this layer-budget reads 1: re-run the base branch to refresh the baseline'],
    ['negative size', (x) => (x.totals.totalBytes = -1), 'baseline report does not match the report schema: /totals/totalBytes: must be >= 0'],
    ['unknown property', (x) => (x.extra = 1), 'baseline report does not match the report schema: /: unknown property "extra"'],
    ['missing property', (x) => delete x.tool, 'baseline report does not match the report schema: /: missing property "tool"'],
    [
      'bad enum',
      (x) => (x.totals.compressedKind = 'zip'),
      'baseline report does not match the report schema: /totals/compressedKind: must be one of "compressed", "uncompressed-tar", "mixed"',
    ],
    ['bad const', (x) => (x.tool.name = 'dive'), 'baseline report does not match the report schema: /tool/name: must be "layer-budget"'],
    ['nullable object of the wrong type', (x) => (x.provenance = 5), 'baseline report does not match the report schema: /provenance: must be object or null'],
    ['bad field inside a nullable object', (x) => (x.provenance.commitSha = 5), 'baseline report does not match the report schema: /provenance/commitSha: must be string or null'],
    ['markup in a digest', (x) => (x.layers[0].diffId = '<img src=x>'), 'baseline report does not match the report schema: /layers/0/diffId: must match pattern "^[A-Za-z0-9:+._=-]*$"'],
    [
      'several violations: the first three and a count',
      (x) => {
        x.image.names = [1];
        x.layers[0].digest = 5;
        x.layers[0].tarBytes = 'a';
        x.layers[1].digest = 6;
      },
      'baseline report does not match the report schema: /image/names/0: must be string; /layers/0/digest: must be string; /layers/0/tarBytes: must be integer (and 1 more)',
    ],
    ['string too long', (x) => (x.layers[0].instruction = 'x'.repeat(5000)), 'baseline report does not match the report schema: /layers/0/instruction: must NOT have more than 4096 characters'],
    [
      'list too long',
      (x) => (x.directories = Array.from({ length: 10_001 }, () => ({ path: '/', sizeBytes: 0, fileCount: 0 }))),
      'baseline report does not match the report schema: /directories: must NOT have more than 10000 items',
    ],
    ['hint severity', (x) => (x.hints[0].severity = 'fatal'), 'baseline report does not match the report schema: /hints/0/severity: must be one of "info", "warning", "error"'],
    // cross-field checks
    ['wasted ≠ total − visible', (x) => (x.totals.wastedBytes += 1), 'baseline report is inconsistent: totals.wastedBytes is 91 but totalBytes − visibleBytes is 90'],
    ['Σ layer content ≠ total', (x) => (x.layers[1].contentBytes += 5), "baseline report is inconsistent: totals.totalBytes is 102 but the layers' contentBytes add up to 107"],
    ['visible > total', (x) => {
      x.totals.visibleBytes = 500;
    }, 'baseline report is inconsistent: totals.visibleBytes (500) exceeds totals.totalBytes (102)'],
    ['layer count', (x) => (x.totals.layerCount = 3), 'baseline report is inconsistent: totals.layerCount is 3 but there are 2 layers'],
    ['layer index', (x) => (x.layers[1].index = 0), 'baseline report is inconsistent: /layers/1/index is 0, expected 1'],
    ['efficiency', (x) => (x.totals.efficiency = 0.9), `baseline report is inconsistent: totals.efficiency is 0.9 but visibleBytes / totalBytes is ${12 / 102}`],
    ['by cause', (x) => (x.waste.byCause.opaque += 1), 'baseline report is inconsistent: waste.byCause adds up to 91 but totals.wastedBytes is 90'],
    ['per-layer waste', (x) => (x.layers[0].wastedBytes -= 1), "baseline report is inconsistent: the layers' wastedBytes add up to 89 but totals.wastedBytes is 90"],
    ['layer reference out of range', (x) => (x.layers[0].hiddenBy[0].layer = 7), 'baseline report is inconsistent: /layers/0 refers to layer 7, but there are 2 layers'],
    ['waste path layer out of range', (x) => (x.waste.topPaths[0].hiddenBy = 9), 'baseline report is inconsistent: waste path "/x/dup1" refers to a layer beyond the 2 layers'],
    ['duplicate group count', (x) => (x.duplicates.groupCount = 5), 'baseline report is inconsistent: duplicates.groupCount is 5 but 1 groups are listed and 0 omitted'],
    ['base layer count', (x) => (x.baseImage.layerCount = 3), 'baseline report is inconsistent: baseImage.layerCount is 3 but there are 2 layers'],
  ];
  for (const [name, mutate, message] of cases) {
    test(name, () => assert.equal(errorOf(mutate), message));
  }

  test('not JSON', () => {
    assert.match(throwsOn('{"schemaVersion": 1,', 'baseline report'), /^baseline report is not JSON: /);
    assert.match(throwsOn(''), /^report is not JSON: /);
  });

  test('not an object', () => {
    assert.equal(throwsOn('[1]', 'baseline report'), 'baseline report is not a layer-budget report: expected a JSON object, got an array');
    assert.equal(throwsOn('null'), 'report is not a layer-budget report: expected a JSON object, got null');
    assert.equal(throwsOn('"x"'), 'report is not a layer-budget report: expected a JSON object, got string');
  });

  test('too large', () => {
    const text = ' '.repeat(LIMITS.reportChars + 1);
    assert.equal(throwsOn(text, 'baseline report'), `baseline report is too large (${LIMITS.reportChars + 1} characters; the limit is ${LIMITS.reportChars})`);
  });
});

test('a 300k-file image gives a report under 1 MB', () => {
  const layers: FileEvent[][] = [];
  for (let l = 0; l < 10; l++) {
    const evs: FileEvent[] = [];
    for (let i = 0; i < 30_000; i++) {
      // many directories, duplicates (hash by i % 1000), and rewrites of earlier layers' paths
      const path = `/usr/lib/pkg${i % 700}/sub${i % 13}/deeper/still/file-${l % 4}-${i}.so`;
      evs.push(f(path, 1000 + (i % 5000), `x${i % 1000}`));
    }
    if (l === 6) evs.push(wh('/usr/lib/pkg1'), opq('/usr/lib/pkg2'));
    layers.push(evs);
  }
  const a = analyze(image(layers));
  const text = toJson(a.report);
  assert.ok(a.report.totals.fileCount > 100_000);
  assert.ok(a.report.totals.wastedBytes > 0);
  assert.ok(a.report.directoriesOmitted > 0);
  assert.ok(text.length < 1_000_000, `report is ${text.length} characters`);
  assert.deepEqual(fromJson(text), a.report);
});
