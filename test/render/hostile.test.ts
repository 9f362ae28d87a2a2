/**
 * Issue 11 item 4: no marker-shaped text from an image or a baseline survives rendering. A PR author controls
 * every path, name, instruction and hint string; a baseline artifact controls its provenance. None of it may
 * put `<!-- layer-budget:web -->` (or any `<!--` / `-->`) into the comment for key `api`, the summary, or the
 * diff markdown.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderComment } from '../../src/render/comment.ts';
import { renderSummary } from '../../src/render/summary.ts';
import { renderDiffMarkdown } from '../../src/render/diff-markdown.ts';
import { startsWithMarker } from '../../src/render/marker.ts';
import { diffReports } from '../../src/report/diff.ts';
import type { Report } from '../../src/report/types.ts';
import { hint, layer, report } from './fixtures.ts';

const MARK = '<!-- layer-budget:web -->';
/** every hostile shape in one string: a forged marker, backticks, a pipe, newlines, a mention, a script */
const EVIL = `${MARK}\n\`x\` | <script>alert(1)</script> @org/team\r\n-->`;

function hostile(): { base: Report; head: Report } {
  const base = report([layer(0, 'ADD x /', 100, { diffId: 'a' }), layer(1, `RUN ${EVIL}`, 50, { diffId: 'b' }), layer(2, `RUN gone ${EVIL}`, 9, { diffId: 'g' })], {
    provenance: { key: 'web', commitSha: MARK, ref: `refs/heads/${EVIL}`, runId: 1 },
    directories: [{ path: `/app/${EVIL}`, sizeBytes: 10, fileCount: 1 }],
  });
  const head = report([layer(0, 'ADD x /', 100, { diffId: 'a' }), layer(1, `RUN ${EVIL}`, 70, { diffId: 'c' }), layer(2, MARK, 5, { diffId: 'd', instruction: MARK })], {
    tool: { name: `layer-budget ${MARK}` as 'layer-budget', version: MARK },
    image: { reference: `docker-archive:${EVIL}`, transport: 'docker-archive', names: [EVIL], manifestDigest: null, configDigest: 'sha256:c', platform: 'linux/amd64', created: null },
    directories: [{ path: `/app/${EVIL}`, sizeBytes: 30, fileCount: 1 }],
    hints: [
      hint(`r${MARK}`, 'error', 10, {
        title: EVIL,
        advice: `run \`${MARK}\` then ${EVIL}`,
        instruction: EVIL,
        layer: 1,
        evidence: [{ path: `/p/${EVIL}`, sizeBytes: 1, layer: 1 }],
      }),
      hint('w', 'warning', 5, { title: MARK, advice: MARK }),
    ],
    waste: {
      byCause: { overwritten: 1, 'attribute-copy-up': 0, 'deleted-file': 0, 'deleted-dir': 0, opaque: 0, 'replaced-dir': 0 },
      topPaths: [{ path: `/w/${EVIL}`, sizeBytes: 1, cause: 'overwritten', layer: 1, hiddenBy: 2 }],
      topPathsOmitted: 0,
      deletedPaths: [{ path: `/d/${EVIL}`, sizeBytes: 1, layer: 2, kind: 'file' }],
      deletedPathsOmitted: 0,
    },
    duplicates: { hashed: true, groupCount: 1, reclaimableBytes: 1, groups: [{ contentHash: MARK, sizeBytes: 1, paths: [`/a/${EVIL}`, `/b/${MARK}`], reclaimableBytes: 1 }], groupsOmitted: 0 },
  });
  return { base, head };
}

function input(key: string) {
  const { base, head } = hostile();
  return {
    key,
    report: head,
    diff: diffReports(base, head),
    baseline: base.provenance,
    verdicts: [{ rule: `paths.${MARK}`, status: 'fail' as const, actual: 1, limit: 0, unit: 'bytes' as const, message: EVIL, waived: false }],
    status: 'fail' as const,
    waived: true,
    waiverLabel: EVIL,
    baselineNote: EVIL,
    summaryUrl: `https://github.com/o/r/actions/runs/1?${MARK}`,
  };
}

/** The checks every markdown rendering must pass; `markers` is how many real markers it may hold. */
function assertClean(out: string, markers: 0 | 1, what: string): void {
  assert.equal(out.split('<!--').length - 1, markers, `${what}: <!-- count`);
  assert.equal(out.split('-->').length - 1, markers, `${what}: --> count`);
  assert.ok(!out.includes(MARK), `${what}: a forged marker survived`);
  assert.ok(!out.includes('layer-budget:web -->'), `${what}: forged marker text`);
  // outside code spans: no raw HTML, no live mention
  const prose = out
    .replace(/^<!-- layer-budget:[\w.-]+ -->$/m, '')
    .replace(/(`+)[\s\S]*?\1/g, '')
    .replace(/<\/?(details|summary|sub|br)( open)?>/g, '');
  assert.doesNotMatch(prose, /<[a-z!]/i, `${what}: raw HTML`);
  assert.doesNotMatch(prose, /@[a-z]/i, `${what}: live mention`);
  // newlines in strings are shown as ␤/␍: every table row stays one line, nothing starts a line of its own
  for (const line of out.split('\n')) if (line.startsWith('|')) assert.ok(line.endsWith('|'), `${what}: ${line}`);
  assert.doesNotMatch(out, /^(`x`|-->|\s*\| <script>)/m, `${what}: a string broke onto its own line`);
  assert.doesNotMatch(out, /\r/, `${what}: raw CR`);
}

test('comment for key api: no marker from the image or the baseline survives; its own marker is line 1', () => {
  const out = renderComment(input('api'));
  assert.ok(out.startsWith('<!-- layer-budget:api -->\n'));
  assert.ok(startsWithMarker(out, 'api'));
  assert.ok(!startsWithMarker(out, 'web'));
  assertClean(out, 1, 'comment');
  // the hostile strings are still there to read, inside code spans, with the delimiters broken
  assert.ok(out.includes('<\u200b!-- layer-budget:web --\u200b>'));
});

test('comment cut for size: still no forged marker', () => {
  const out = renderComment(input('api'), 2500);
  assert.ok(out.length <= 2500);
  assert.ok(startsWithMarker(out, 'api'));
  assertClean(out, 1, 'cut comment');
});

test('a hostile key cannot forge another marker either', () => {
  const out = renderComment(input(`api -->\n${MARK}`));
  assert.equal(out.split('\n')[0], '<!-- layer-budget:api_-____-_layer-budget_web_-_ -->');
  assertClean(out, 1, 'hostile key');
});

test('summary and diff markdown: no marker-shaped text at all', () => {
  assertClean(renderSummary(input('api')), 0, 'summary');
  const { base, head } = hostile();
  assertClean(renderDiffMarkdown(base, head, diffReports(base, head)), 0, 'diff markdown');
});
