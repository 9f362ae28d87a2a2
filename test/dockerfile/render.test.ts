/**
 * Locations after mapping: formatLocation, the links in the comment (layer rows, hints, "grew in"), the
 * terminal's Line column, the diff's location key, the report round trip and loadDockerfile.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyDockerfile, loadDockerfile, repoPath } from '../../src/core/dockerfile.ts';
import { renderComment } from '../../src/render/comment.ts';
import { formatLocation, locationUrl } from '../../src/render/location.ts';
import { renderTerminal } from '../../src/render/terminal.ts';
import { planAnnotations } from '../../src/render/annotations.ts';
import { diffReports } from '../../src/report/diff.ts';
import { fromJson, toJson } from '../../src/report/json.ts';
import type { Report } from '../../src/report/types.ts';
import { hint, layer, nodeAppPair, report } from '../render/fixtures.ts';
import { analyze } from '../../src/analysis/analyze.ts';
import { d, f, image } from '../analysis/synthetic.ts';

const BLOB = 'https://github.com/acme/app/blob/0123456789abcdef0123456789abcdef01234567/';
const at = (line: number, endLine = line, path = 'Dockerfile') => ({ path, line, endLine });

describe('formatLocation', () => {
  it('terminal: path:line, path:line-end', () => {
    assert.equal(formatLocation(at(12)), 'Dockerfile:12');
    assert.equal(formatLocation(at(12, 14)), 'Dockerfile:12-14');
    assert.equal(formatLocation(null), '');
  });
  it('markdown: a blob link #L12 / #L12-L14, or relative without a base', () => {
    assert.equal(formatLocation(at(12), { format: 'markdown', linkBase: BLOB }), `[Dockerfile:12](${BLOB}Dockerfile#L12)`);
    assert.equal(formatLocation(at(12, 14, 'docker/app.Dockerfile'), { format: 'markdown', linkBase: BLOB }), `[docker/app.Dockerfile:12-14](${BLOB}docker/app.Dockerfile#L12-L14)`);
    assert.equal(formatLocation(at(3), { format: 'markdown' }), '[Dockerfile:3](Dockerfile#L3)');
  });
  it('hostile paths are escaped in the text and encoded in the URL', () => {
    const loc = at(1, 1, 'a b/[x](y)|@team.Dockerfile');
    assert.equal(locationUrl(loc, BLOB), `${BLOB}a%20b/%5Bx%5D(y)%7C%40team.Dockerfile#L1`);
    const md = formatLocation(loc, { format: 'markdown', linkBase: BLOB });
    assert.ok(md.endsWith(`(${BLOB}a%20b/%5Bx%5D%28y%29%7C%40team.Dockerfile#L1)`), md);
    assert.ok(md.startsWith('[a b/\\[x\\](y)\\|@\u200bteam.Dockerfile:1]('), md);
    assert.equal(formatLocation(at(1, 1, 'x\n::error::y')), 'x␤::error::y:1');
  });
});

function mapped(): { base: Report; head: Report } {
  const { base, head } = nodeAppPair();
  for (const r of [base, head]) {
    r.layers.forEach((l, i) => (l.location = at([1, 2, 3, 4, 5, 6][i]!)));
    r.dockerfile = { path: 'Dockerfile', stage: '0', mappedLayers: r.layers.length, note: null };
  }
  return { base, head };
}

describe('the comment links each layer row and each hint to its line', () => {
  it('layer rows, hints and "grew in" link to the blob; without locations nothing changes', () => {
    const { base, head } = mapped();
    head.hints = [hint('package-caches', 'warning', 5_000_000, { layer: 4, instruction: 'RUN npm ci' })];
    const diff = diffReports(base, head);
    const input = { key: 'app', report: head, diff, baseline: { commitSha: null }, verdicts: [], status: 'pass' as const, waived: false, sourceLinkBase: BLOB };
    const md = renderComment(input);
    assert.match(md, /\| `RUN npm ci` · \[Dockerfile:5\]\(https:\/\/github\.com\/acme\/app\/blob\/0123456789abcdef0123456789abcdef01234567\/Dockerfile#L5\) \|/);
    assert.match(md, /layer 4 `RUN npm ci` · \[Dockerfile:5\]\(https:\/\/github\.com\/acme\/app\/blob\/[0-9a-f]{40}\/Dockerfile#L5\)/);
    assert.match(md, /Grew in \[Dockerfile:5\]\([^)]*#L5\) \+34\.1 MB, \[Dockerfile:4\]\([^)]*#L4\) \+10\.0 kB\./);
    const plain = nodeAppPair();
    assert.ok(!renderComment({ ...input, report: plain.head, diff: diffReports(plain.base, plain.head) }).includes('Dockerfile'));
  });
  it('the CLI (no link base) links relatively', () => {
    const { head } = mapped();
    const md = renderComment({ key: 'app', report: head, diff: null, verdicts: [], status: 'no-baseline', waived: false });
    assert.match(md, /`RUN npm ci` · \[Dockerfile:5\]\(Dockerfile#L5\)/);
  });
});

describe('the terminal shows Dockerfile:12', () => {
  it('a Line column only when layers are mapped; the note when nothing was', () => {
    const { head } = mapped();
    head.layers[5]!.location = at(6, 9);
    const text = renderTerminal(head, { width: 160 });
    assert.match(text, /^ +#  Instruction +Line +Size/m);
    assert.match(text, /^ +4  RUN npm ci +Dockerfile:5 +134\.1 MB/m);
    assert.match(text, /^ +5  COPY \. \. +Dockerfile:6-9 /m);
    const plain = nodeAppPair().head;
    assert.ok(!renderTerminal(plain, { width: 160 }).includes('Line'));
    plain.layers.forEach((l) => (l.location = null));
    plain.dockerfile = { path: 'Dockerfile', stage: null, mappedLayers: 0, note: 'Dockerfile:5 (RUN) does not match the image\'s history entry "RUN npm install"' };
    assert.match(renderTerminal(plain, { width: 160 }), /Dockerfile:5 \(RUN\) does not match/);
  });
});

describe('diff: the location is a further key after the diffId and the instruction', () => {
  it('an instruction edited in place pairs as changed by its line', () => {
    const { base, head } = mapped();
    head.layers[4]!.normalizedInstruction = 'RUN npm ci --omit=dev';
    const diff = diffReports(base, head);
    const l4 = diff.layers.find((l) => l.headIndex === 4)!;
    assert.equal(l4.status, 'changed');
    assert.equal(l4.baseIndex, 4);
    assert.deepEqual(l4.location, at(5));
    // without locations the same edit is a removal and an addition
    const plain = nodeAppPair();
    plain.head.layers[4]!.normalizedInstruction = 'RUN npm ci --omit=dev';
    const d2 = diffReports(plain.base, plain.head);
    assert.equal(d2.layers.find((l) => l.headIndex === 4)!.status, 'added');
    assert.equal(d2.counts.removed, 1);
  });
});

describe('the report carries the location', () => {
  it('applyDockerfile → toJson → fromJson keeps layers[].location and report.dockerfile', () => {
    const a = analyze(image([[d('/app'), f('/app/a', 10, 'A')], [f('/app/b', 20, 'B')]], { history: [{ created_by: '/bin/sh -c #(nop) ADD file:ab in / ' }, { created_by: 'COPY b /app/b # buildkit' }] }));
    applyDockerfile(a, { path: 'Dockerfile', text: 'FROM alpine\nCOPY b /app/b\n' });
    assert.deepEqual(a.report.layers.map((l) => l.location), [at(1), at(2)]);
    assert.deepEqual(a.report.dockerfile, { path: 'Dockerfile', stage: '0', mappedLayers: 2, note: null });
    const back = fromJson(toJson(a.report));
    assert.deepEqual(back.layers.map((l) => l.location), [at(1), at(2)]);
    assert.deepEqual(back.dockerfile, a.report.dockerfile);
    // a hostile baseline: a location that ends before it starts is rejected
    const bad = JSON.parse(toJson(a.report)) as Report;
    bad.layers[1]!.location = at(5, 2);
    assert.throws(() => fromJson(JSON.stringify(bad)), /location ends \(line 2\) before it starts \(line 5\)/);
  });
  it('annotations point at the hint’s layer location', () => {
    const r = report([layer(0, 'ADD x /', 10, { location: at(1) }), layer(1, 'RUN apt-get install', 20, { location: at(2, 4) })]);
    r.hints = [hint('apt-leftovers', 'warning', 20, { layer: 1 })];
    assert.deepEqual(planAnnotations(r).annotations, [{ level: 'warning', title: 'apt-leftovers', message: 'Fix apt-leftovers (saves 20 B)', file: 'Dockerfile', startLine: 2, endLine: 4 }]);
  });
});

describe('loadDockerfile', () => {
  const files: Record<string, string> = { Dockerfile: 'FROM a\n', 'docker/prod.Dockerfile': 'FROM b\n' };
  // as a file system would: the path as given resolves to the file
  const read = async (p: string): Promise<string | null> => files[repoPath(p)] ?? null;
  it('a path, auto, none', async () => {
    assert.deepEqual(await loadDockerfile(read, './docker//prod.Dockerfile'), { path: 'docker/prod.Dockerfile', text: 'FROM b\n' });
    assert.deepEqual(await loadDockerfile(read, 'auto'), { path: 'Dockerfile', text: 'FROM a\n' });
    assert.equal(await loadDockerfile(async () => null, 'auto'), null);
    assert.equal(await loadDockerfile(read, ''), null);
    assert.equal(await loadDockerfile(read, undefined), null);
  });
  it('a missing path is bad input with a hint', async () => {
    await assert.rejects(loadDockerfile(read, 'nope/Dockerfile'), (e: Error & { hint?: string }) => /Dockerfile nope\/Dockerfile not found/.test(e.message) && /--dockerfile/.test(e.hint ?? ''));
  });
  it('a file that cannot be read (no permission) is bad input with a hint, not an internal error', async () => {
    const denied = async (): Promise<string | null> => {
      throw Object.assign(new Error("EACCES: permission denied, open 'Dockerfile'"), { code: 'EACCES' });
    };
    await assert.rejects(loadDockerfile(denied, 'Dockerfile'), (e: Error & { hint?: string }) => e.name === 'InputError' && /^reading Dockerfile Dockerfile: EACCES/.test(e.message) && (e.hint ?? '') !== '');
  });
  it('repoPath', () => {
    assert.equal(repoPath('./Dockerfile'), 'Dockerfile');
    assert.equal(repoPath('a/../b/Dockerfile'), 'b/Dockerfile');
  });
});

describe('the CLI: --dockerfile', () => {
  const DOCKERFILE = 'FROM debian:bookworm-slim\nRUN apt-get update\nRUN apt-get install -y curl ca-certificates\nCOPY . /app\nRUN npm install\nCMD ["node", "/app/server.js"]\n';
  async function cli(args: string[], files: Record<string, string>): Promise<{ code: number; out: string; err: string }> {
    const { main } = await import('../../src/cli/main.ts');
    const { writeDemoImage } = await import('../../scripts/demo-image.ts');
    const { mkdtempSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { Readable } = await import('node:stream');
    const tar = join(mkdtempSync(join(tmpdir(), 'lb-df-')), 'before.tar');
    writeDemoImage(tar, 'before');
    let out = '';
    let err = '';
    const code = await main(args.map((a) => a.replace('IMAGE', `docker-archive:${tar}`)), {
      console: { out: (t) => void (out += t), err: (t) => void (err += t), isTTY: false, columns: 140 },
      files: { readText: async (p) => files[p] ?? null, writeText: async () => undefined },
      env: {},
      stdin: Readable.from([]),
    });
    return { code, out, err };
  }
  it('analyze --json carries the locations; the terminal shows Dockerfile:N', async () => {
    const j = await cli(['analyze', 'IMAGE', '--json', '--dockerfile', 'Dockerfile'], { Dockerfile: DOCKERFILE });
    assert.equal(j.code, 0, j.err);
    const r = fromJson(j.out);
    assert.deepEqual(r.layers.map((l) => l.location?.line ?? null), [1, 2, 3, 4, 5]);
    assert.deepEqual(r.dockerfile, { path: 'Dockerfile', stage: '0', mappedLayers: 5, note: null });
    const t = await cli(['analyze', 'IMAGE', '--dockerfile', 'Dockerfile'], { Dockerfile: DOCKERFILE });
    assert.match(t.out, /RUN npm install +Dockerfile:5 /);
    // hints name the line too
    assert.match(t.out, /\(layer 4, Dockerfile:5\) \[package-caches\]/);
  });
  it('check --format markdown links relatively; a stale Dockerfile says so', async () => {
    const m = await cli(['check', 'IMAGE', '--format', 'markdown', '--dockerfile', 'Dockerfile'], { Dockerfile: DOCKERFILE });
    assert.match(m.out, /\[Dockerfile:5\]\(Dockerfile#L5\)/);
    const s = await cli(['analyze', 'IMAGE', '--dockerfile', 'Dockerfile'], { Dockerfile: DOCKERFILE.replace('npm install', 'npm ci') });
    assert.equal(s.code, 0);
    assert.match(s.out, /Dockerfile:5 \(RUN\) does not match the image's history entry "\/bin\/sh -c npm install"; is the Dockerfile stale/);
  });
  it('a missing Dockerfile: exit 2 with a hint', async () => {
    const e = await cli(['analyze', 'IMAGE', '--dockerfile', 'nope'], {});
    assert.equal(e.code, 2);
    assert.match(e.err, /^layer-budget: Dockerfile nope not found\n  hint: /);
  });
});
