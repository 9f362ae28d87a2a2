import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderComment } from '../../src/render/comment.ts';
import { renderSummary } from '../../src/render/summary.ts';
import { renderCheckTerminal, renderTerminal } from '../../src/render/terminal.ts';
import { checkResultJson } from '../../src/render/json.ts';
import { buildView, compareHints, hintsView, rankHints, worstStatus } from '../../src/render/view.ts';
import { diffReports } from '../../src/report/diff.ts';
import type { Hint, Report } from '../../src/report/types.ts';
import { hint, nodeAppPair } from './fixtures.ts';

/** A 0-byte secret among big-saving warnings and infos: bytes alone would rank it last. */
function secretReport(): { base: Report; head: Report } {
  const { base, head } = nodeAppPair();
  head.hints = [
    hint('big-info', 'info', 90_000_000, { title: 'big info' }),
    ...Array.from({ length: 6 }, (_, i) => hint(`warn-${i}`, 'warning', 50_000_000 - i, { title: `warning ${i}` })),
    hint('secrets', 'error', 0, { title: 'a private key ships in the image', evidence: [{ path: '/app/.env', sizeBytes: 120, layer: 5 }] }),
    hint('secrets-2', 'error', 0, { title: 'an AWS key ships in the image' }),
  ];
  return { base, head };
}

const order = (hints: Hint[]): string[] => hints.map((h) => h.rule);

test('view: hints rank by severity (error > warning > info), then bytes saved; ties keep their order', () => {
  const { head } = secretReport();
  assert.deepEqual(order(rankHints(head.hints)), ['secrets', 'secrets-2', 'warn-0', 'warn-1', 'warn-2', 'warn-3', 'warn-4', 'warn-5', 'big-info']);
  assert.ok(compareHints(hint('a', 'warning', 1), hint('b', 'info', 1e9)) < 0);
  // every error is shown even past the top N
  const v = hintsView(head.hints, 1);
  assert.deepEqual(order(v.shown), ['secrets', 'secrets-2']);
  assert.equal(v.more, 7);
  assert.deepEqual(order(hintsView(head.hints, 4).shown), ['secrets', 'secrets-2', 'warn-0', 'warn-1']);
  assert.equal(hintsView(head.hints, 0).shown.length, 2);
  assert.equal(worstStatus([]), 'pass');
  assert.equal(buildView({ report: head, verdicts: [{ rule: 'x', status: 'warn', actual: 1, limit: 0, unit: 'bytes', message: 'm', waived: false }], status: 'no-baseline' }).status, 'warn');
});

test('comment: the error hints come first and are shown even past topHints; their block is open', () => {
  const { base, head } = secretReport();
  const input = { key: 'app', report: head, diff: diffReports(base, head), verdicts: [], status: 'fail' as const, waived: false, topHints: 1 };
  const out = renderComment(input);
  assert.match(out, /<details open><summary>💡 9 hints \(2 errors\): up to [\d.]+ MB could be saved<\/summary>/);
  const items = out.split('\n').filter((l) => /^\d+\. \*\*/.test(l));
  assert.deepEqual(items.map((l) => /\(([a-z]+)\)$/.exec(l)?.[1]), ['error', 'error']);
  assert.match(items[0]!, /^1\. \*\*a private key ships in the image\*\*/);
  assert.match(out, /\*7 more in the job summary\.\*/);
  // default topHints (5): 2 errors then 3 warnings, the info last and cut
  const five = renderComment({ ...input, topHints: undefined }).split('\n').filter((l) => /^\d+\. \*\*/.test(l));
  assert.deepEqual(five.map((l) => /\(([a-z]+)\)$/.exec(l)?.[1]), ['error', 'error', 'warning', 'warning', 'warning']);
  // cut for size: the hints shrink to one line, but the error hints stay
  const small = renderComment({ ...input, topHints: undefined }, 1500);
  assert.ok(small.length <= 1500, String(small.length));
  assert.match(small, /left out .*the hints/);
  assert.match(small, /a private key ships in the image/);
  assert.match(small, /an AWS key ships in the image/);
  assert.doesNotMatch(small, /warning 0/);
});

test('summary, terminal and JSON: errors first', () => {
  const { base, head } = secretReport();
  const diff = diffReports(base, head);
  const summary = renderSummary({ key: 'app', report: head, diff, verdicts: [], status: 'fail', waived: false });
  const items = summary.split('\n').filter((l) => /^\d+\. \*\*/.test(l));
  assert.equal(items.length, 9);
  assert.deepEqual(items.map((l) => /\(([a-z]+)\)$/.exec(l)?.[1]), ['error', 'error', 'warning', 'warning', 'warning', 'warning', 'warning', 'warning', 'info']);

  const analyze = renderTerminal(head, { top: 3 });
  const hintRows = analyze.slice(analyze.indexOf('\nHints\n')).split('\n').filter((l) => /^\s+[\d.]+ (B|kB|MB)\s+(error|warning|info) /.test(l));
  assert.deepEqual(hintRows.map((l) => /(error|warning|info)/.exec(l)?.[1]), ['error', 'error', 'warning']);
  // top 1: both errors still shown
  const one = renderTerminal(head, { top: 1 });
  assert.match(one, /error a private key ships in the image/);
  assert.match(one, /error an AWS key ships in the image/);
  assert.match(one, /… 7 more/);

  const check = renderCheckTerminal({ report: head, diff, verdicts: [], status: 'fail' });
  const checkHints = check.slice(check.indexOf('\nHints\n')).split('\n').filter((l) => /^\s+[\d.]+ (B|kB|MB)\s+(error|warning|info) /.test(l));
  assert.deepEqual(checkHints.map((l) => /(error|warning|info)/.exec(l)?.[1]), ['error', 'error', 'warning', 'warning', 'warning']);

  const json = JSON.parse(checkResultJson({ report: head, diff, verdicts: [], status: 'fail' }));
  assert.deepEqual(json.report.hints.map((h: Hint) => h.rule), ['secrets', 'secrets-2', 'warn-0', 'warn-1', 'warn-2', 'warn-3', 'warn-4', 'warn-5', 'big-info']);
  // the caller's report is not reordered
  assert.equal(head.hints[0]!.rule, 'big-info');
});
