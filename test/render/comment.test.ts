import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseConfig } from '../../src/budget/config.ts';
import { evaluate, overallStatus } from '../../src/budget/evaluate.ts';
import { renderComment } from '../../src/render/comment.ts';
import { renderSummary } from '../../src/render/summary.ts';
import { renderDiffMarkdown } from '../../src/render/diff-markdown.ts';
import { diffReports } from '../../src/report/diff.ts';
import type { Report } from '../../src/report/types.ts';
import { hint, layer, nodeAppPair, report } from './fixtures.ts';
import { assertGolden } from './golden.ts';

const CONFIG = parseConfig(
  `budgets:
  total: 300MB
  growth: { total: 10MB }
  paths: { "/app/node_modules": 120MB }
  instructions: { "npm ci*": 150MB }
  hints: { failOn: error, warnOn: warning }
`,
  'test.yml',
);

function nodeAppInput(waived = false) {
  const { base, head } = nodeAppPair();
  const diff = diffReports(base, head);
  const verdicts = evaluate({ report: head, diff, config: CONFIG, waived });
  return { key: 'app', report: head, diff, baseline: base.provenance, verdicts, status: overallStatus(verdicts), waived, summaryUrl: 'https://github.com/o/r/actions/runs/1' };
}

test('comment: node app grew in RUN npm ci and /app/node_modules', () => {
  const out = renderComment(nodeAppInput());
  assert.ok(out.startsWith('<!-- layer-budget:app -->\n'));
  assertGolden('comment-node-app.md', out);
});

test('comment: waived', () => {
  assertGolden('comment-waived.md', renderComment({ ...nodeAppInput(true), waiverLabel: 'layer-budget-waiver' }));
});

test('comment: no baseline, absolute budgets only', () => {
  const { head } = nodeAppPair();
  const verdicts = evaluate({ report: head, diff: null, config: CONFIG });
  assertGolden('comment-no-baseline.md', renderComment({ key: 'app', report: head, diff: null, baseline: null, verdicts, status: 'no-baseline', waived: false }));
});

/** every hostile string of the issue, in every place an image or a baseline puts a string */
function hostilePair(): { base: Report; head: Report } {
  const evil = 'RUN echo "a|b" <script>alert(1)</script> @org/team `id` \nnext';
  const base = report([layer(0, 'ADD x /', 100, { diffId: 'a' }), layer(1, evil, 50, { diffId: 'b' })], {
    provenance: { key: 'k', commitSha: '<img src=x>', ref: '@org/team|x', runId: 1 },
  });
  const head = report([layer(0, 'ADD x /', 100, { diffId: 'a' }), layer(1, evil, 70, { diffId: 'c' })], {
    image: { ...base.image, names: ['evil|<b>@org/team`'] },
    directories: [{ path: '/app/`x`|<y>\n@z', sizeBytes: 20, fileCount: 1 }],
    hints: [hint('r|1', 'warning', 10, { title: '<b>bold</b> @org/team', advice: 'run `a|b` then <i>', evidence: [{ path: '/p|q\n`r`', sizeBytes: 1, layer: 1 }] })],
  });
  return { base, head };
}

test('comment: hostile strings are escaped everywhere', () => {
  const { base, head } = hostilePair();
  const out = renderComment({
    key: 'k',
    report: head,
    diff: diffReports(base, head),
    baseline: base.provenance,
    verdicts: [{ rule: 'paths./a|b/**', status: 'fail', actual: 1, limit: 0, unit: 'bytes', message: 'msg <x> @y | z', waived: false }],
    status: 'fail',
    waived: false,
  });
  assertGolden('comment-hostile.md', out);
  // outside code spans: no raw HTML, no live mention
  const prose = out.replace(/(`+)[\s\S]*?\1/g, '').replace(/<!-- layer-budget:k -->|<\/?details>|<\/?summary>|<\/?sub>/g, '');
  assert.doesNotMatch(prose, /<[a-z]/i);
  assert.doesNotMatch(prose, /@[a-z]/i);
  // newlines in strings are shown as ␤: every table row stays on one line
  for (const line of out.split('\n')) if (line.startsWith('|')) assert.ok(line.endsWith('|'), line);
  assert.doesNotMatch(out, /^(next|@z)/m);
});

function hugePair(): { base: Report; head: Report } {
  const n = 1000;
  const long = (i: number): string => `/${'d'.repeat(990)}<script>@org/team|${i}`;
  const base = report(
    Array.from({ length: n }, (_, i) => layer(i, `RUN ${'x'.repeat(990)} ${i}`, 1e6 + i, { diffId: `b${i}` })),
    { directories: Array.from({ length: n }, (_, i) => ({ path: long(i), sizeBytes: 1000 * i, fileCount: 1 })) },
  );
  const head = report(
    Array.from({ length: n }, (_, i) => layer(i, `RUN ${'x'.repeat(990)} ${i}`, 1e6 + ((i * 7919) % 1000) * 10, { diffId: i % 3 === 0 ? `b${i}` : `h${i}` })),
    {
      directories: Array.from({ length: n }, (_, i) => ({ path: long(i), sizeBytes: 1500 * i, fileCount: 1 })),
      hints: Array.from({ length: 200 }, (_, i) => hint(`r${i}`, 'warning', i, { evidence: [{ path: long(i), sizeBytes: 1, layer: 1 }] })),
    },
  );
  return { base, head };
}

test('comment: a huge diff (1000 layers, 1,000-char paths) stays under 65,536 characters and says what was cut', () => {
  const { base, head } = hugePair();
  const out = renderComment({ key: 'huge', report: head, diff: diffReports(base, head), verdicts: [], status: 'pass', waived: false, summaryUrl: 'https://github.com/o/r/actions/runs/2' });
  assert.ok(out.length <= 65_536, `length ${out.length}`);
  assert.ok(out.startsWith('<!-- layer-budget:huge -->\n'));
  assert.match(out, /> Shortened to fit GitHub's 65,536-character comment limit: left out the chart, the unchanged layers, the hints, the directories and layer rows with the smallest changes\. See the \[job summary\]\(https:\/\/github\.com\/o\/r\/actions\/runs\/2\) for everything\./);
  assert.match(out, /\*\d+ more changed layers with smaller Δ not shown\.\*/);
  assert.ok(out.trimEnd().endsWith('</sub>'));
  // a tighter limit still holds
  const small = renderComment({ key: 'huge', report: head, diff: diffReports(base, head), verdicts: [], status: 'pass', waived: false }, 5000);
  assert.ok(small.length <= 5000, `length ${small.length}`);
  assert.ok(small.startsWith('<!-- layer-budget:huge -->\n'));
});

test('comment: 200 layers fit without cutting anything but the chart stays bounded', () => {
  const base = report(Array.from({ length: 200 }, (_, i) => layer(i, `RUN step ${i}`, 1e6 + i, { diffId: `b${i}` })));
  const head = report(Array.from({ length: 200 }, (_, i) => layer(i, `RUN step ${i}`, 1e6 + i * 2, { diffId: i < 100 ? `b${i}` : `h${i}` })));
  const out = renderComment({ key: 'k', report: head, diff: diffReports(base, head), verdicts: [], status: 'pass', waived: false });
  assert.ok(out.length <= 65_536);
  assert.doesNotMatch(out, /Shortened/);
  assert.match(out, /title "Layer sizes in MB: bars now, line baseline, the 60 largest of 200 layers"/);
  assert.match(out, /<details><summary>100 unchanged layers \(100\.0 MB\)<\/summary>/);
});

test('summary: fuller, every layer, waste details; 1 MiB bound', () => {
  const { base, head } = nodeAppPair();
  head.waste.topPaths = [{ path: '/root/.npm/_cacache/x', sizeBytes: 5_000_000, cause: 'overwritten', layer: 4, hiddenBy: 5 }];
  head.duplicates = { hashed: true, groupCount: 1, reclaimableBytes: 1_000_000, groups: [{ contentHash: 'ab', sizeBytes: 1_000_000, paths: ['/a|1', '/b', '/c', '/d'], reclaimableBytes: 3_000_000 }], groupsOmitted: 2 };
  head.waste.deletedPaths = [{ path: '/tmp/build', sizeBytes: 2_000_000, layer: 5, kind: 'dir' }];
  const diff = diffReports(base, head);
  const verdicts = evaluate({ report: head, diff, config: CONFIG });
  assertGolden('summary-node-app.md', renderSummary({ key: 'app', report: head, diff, baseline: base.provenance, verdicts, status: overallStatus(verdicts), waived: false }));
  const big = hugePair();
  const s = renderSummary({ key: 'huge', report: big.head, diff: diffReports(big.base, big.head), verdicts: [], status: 'pass', waived: false });
  assert.ok(Buffer.byteLength(s) <= 1_048_576);
  assert.doesNotMatch(s, /^<!-- layer-budget/);
});

test('diff markdown: no budgets section', () => {
  const { base, head } = nodeAppPair();
  assertGolden('diff-node-app.md', renderDiffMarkdown(base, head, diffReports(base, head)));
});
