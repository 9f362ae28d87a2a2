/**
 * The action's annotations as the runner sees them: runAction with the real @actions/core logger, its stdout
 * captured, so the assertions are on the `::error file=…,line=…::` / `::warning …` workflow commands. Two runs
 * use the real core on the test bed's `apt` image and a Dockerfile (real mapping, real hints); the others use a
 * fixed core (a fixed report, then the real `buildOutcome`) to check the ranking, the limit of 10 per level, the
 * summary note, the blob links and the `annotations: false` switch.
 */
import assert from 'node:assert/strict';
import { after, afterEach, before, describe, it } from 'node:test';
import { runAction } from '../../src/action/main.ts';
import { createLogger } from '../../src/action/outputs.ts';
import { Readable } from 'node:stream';
import { run as runCore } from '../../src/core/run.ts';
import { buildOutcome } from '../../src/core/outcome.ts';
import type { AnalyzeRequest } from '../../src/core/request.ts';
import type { RunCore } from '../../src/action/ports.ts';
import type { Hint, Report } from '../../src/report/types.ts';
import { FakeGitHub } from '../github/fake-github.ts';
import { harnessPorts, loadParseReport, makeReport, pushContext, sha, tempDir } from '../github/harness.ts';
import { requireBed } from '../helpers/bed.ts';

/** The real core, reading the bed's docker-archives. */
const core: RunCore = (request) => runCore(request, { env: {}, stdin: Readable.from([]) });

let parseReport: (text: string, what: string) => Report;
let tmp: { path: string; remove: () => Promise<void> };
let gh: FakeGitHub;
before(async () => {
  parseReport = await loadParseReport();
  tmp = await tempDir();
  gh = await FakeGitHub.start();
});
after(async () => {
  await gh.close();
  await tmp.remove();
});
afterEach(() => assert.deepEqual(gh.violations, []));

/** Runs the action with the real logger; returns the exit status, the workflow-command lines and the summary. */
async function run(core: RunCore, inputs: Record<string, string>): Promise<{ exit: number; commands: string[]; summary: string }> {
  const runInfo = gh.addRun({ headSha: sha('1'), event: 'push' });
  const { ports, rec } = harnessPorts({
    gh,
    inputs: { image: 'web:latest', key: 'web', 'github-token': 'rw-token', mode: 'analyze', ...inputs },
    context: pushContext(gh, runInfo.id, sha('1')),
    pipeline: { run: core },
    parseReport,
    tempDir: tmp.path,
  });
  ports.log = { ...createLogger(), group: (_name, fn) => fn() };
  const out: string[] = [];
  const write = process.stdout.write;
  // @actions/core writes each command with one write; everything else (the test runner's own stream) passes
  process.stdout.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
    const text = typeof chunk === 'string' ? chunk : new TextDecoder().decode(chunk);
    if (text.startsWith('::')) {
      out.push(text);
      return true;
    }
    return (write as (...a: unknown[]) => boolean).call(process.stdout, chunk, ...rest);
  }) as typeof process.stdout.write;
  let exit: number;
  try {
    exit = await runAction(ports);
  } finally {
    process.stdout.write = write;
  }
  const commands = out.join('').split('\n').filter((l) => /^::(warning|error)/.test(l));
  return { exit, commands, summary: rec.summaries.join('\n') };
}

function hint(rule: string, severity: Hint['severity'], savingsBytes: number, layer: number | null): Hint {
  return { rule, severity, title: `${rule} left in layer ${layer}: ${savingsBytes} B`, layer, instruction: null, evidence: [], advice: 'fix it', savingsBytes, overlaps: false };
}

/** A core whose image "analyzes" to one report with the given hints; layer 0 sits on Dockerfile lines 4-6. */
function withHints(hints: Hint[]): RunCore {
  return async (request) => {
    const report = makeReport(1_000_000);
    report.layers[0]!.location = { path: 'docker/Dockerfile', line: 4, endLine: 6 };
    report.dockerfile = { path: 'docker/Dockerfile', stage: '0', mappedLayers: 1, note: null };
    report.hints = hints;
    return buildOutcome(request, { report, hints, analysis: null });
  };
}

describe('action annotations', () => {
  it('the bed’s apt image: each warning hint is annotated on its Dockerfile line', async (t) => {
    const bed = requireBed(t);
    if (!bed) return;
    const r = await run(core, { source: `docker-archive:${bed.images['apt']!.exports['docker-archive']}`, dockerfile: 'test/images/apt/Dockerfile' });
    assert.equal(r.exit, 0);
    // apt-leftovers: `RUN apt-get install …` (line 5) left the lists and caches; apt-update-alone: `RUN apt-get update` (line 4)
    const text = r.commands.join('\n');
    assert.match(text, /^::warning title=apt-leftovers,file=test\/images\/apt\/Dockerfile,line=5,endLine=5::apt package lists and caches left in layer 2 \(RUN apt-get install .*\): [\d.]+ MB \(saves [\d.]+ MB\)$/m);
    assert.match(text, /^::warning title=apt-update-alone,file=test\/images\/apt\/Dockerfile,line=4,endLine=4::/m);
    assert.ok(r.commands.every((c) => /file=test\/images\/apt\/Dockerfile,line=\d+,endLine=\d+::/.test(c) || !/title=/.test(c)), r.commands.join('\n'));
  });

  it('a Dockerfile that does not match: one warning, the note in the summary, annotations without a file', async (t) => {
    const bed = requireBed(t);
    if (!bed) return;
    const r = await run(core, { source: `docker-archive:${bed.images['apt']!.exports['docker-archive']}`, dockerfile: 'test/images/node-app/Dockerfile' });
    assert.equal(r.exit, 0);
    const stale = r.commands.filter((c) => c.includes('is the Dockerfile stale'));
    assert.equal(stale.length, 1);
    assert.match(r.summary, /test\/images\/node-app\/Dockerfile:\d+ \(\w+\) does not match the image's history entry/);
    assert.ok(r.commands.filter((c) => c.includes('title=')).every((c) => !c.includes('file=')));
  });

  it('errors first, then bytes; at most 10 per level; the summary says how many were left out', async () => {
    const hints = [
      ...Array.from({ length: 12 }, (_, i) => hint(`warn-${i}`, 'warning', (i + 1) * 1000, 0)),
      ...Array.from({ length: 11 }, (_, i) => hint(`err-${i}`, 'error', (i + 1) * 10, i % 2 === 0 ? 0 : null)),
      hint('just-info', 'info', 1e9, 0),
    ];
    const r = await run(withHints(hints), {});
    const annotated = r.commands.filter((c) => c.includes('title='));
    assert.equal(annotated.length, 20);
    assert.match(annotated[0]!, /^::error title=err-10,file=docker\/Dockerfile,line=4,endLine=6::err-10 left in layer 0: 110 B \(saves 110 B\)$/);
    assert.match(annotated[1]!, /^::error title=err-9::err-9 left in layer null: 100 B \(saves 100 B\)$/);
    assert.match(annotated[10]!, /^::warning title=warn-11,file=docker\/Dockerfile,line=4,endLine=6::warn-11 left in layer 0: 12000 B \(saves 12.0 kB\)$/);
    assert.equal(annotated.filter((c) => c.startsWith('::error')).length, 10);
    assert.ok(!r.commands.some((c) => c.includes('just-info') || c.includes('err-0') || c.includes('warn-0,') || c.includes('warn-1,')));
    assert.match(r.summary, /1 error and 2 warning annotations were left out: GitHub shows at most 10 of each level per step/);
  });

  it('the dockerfile input is read into the request; the summary links its lines at the commit built; none and a missing auto pass nothing', async () => {
    const seen: Array<AnalyzeRequest['dockerfile']> = [];
    const record: RunCore = async (request) => {
      seen.push(request.dockerfile);
      return withHints([])(request);
    };
    const r = await run(record, { dockerfile: './test/images/apt/Dockerfile' });
    await run(record, { dockerfile: 'none' });
    // this repository has no ./Dockerfile: `auto` maps nothing, and is no error
    const auto = await run(record, { dockerfile: 'auto' });
    assert.equal(auto.exit, 0);
    assert.equal(seen.length, 3);
    assert.equal(seen[0]?.path, 'test/images/apt/Dockerfile');
    assert.match(seen[0]?.text ?? '', /apt-get install/);
    assert.deepEqual(seen.slice(1), [undefined, undefined]);
    assert.ok(r.summary.includes(`[docker/Dockerfile:4-6](https://github.com/${gh.fullName}/blob/${sha('1')}/docker/Dockerfile#L4-L6)`), r.summary);
  });

  it('a dockerfile input naming a missing file is bad input with a hint (exit 2)', async () => {
    const r = await run(withHints([]), { dockerfile: 'docker/Dockerfile.missing' });
    assert.equal(r.exit, 2);
    assert.ok(r.commands.some((c) => /Dockerfile docker\/Dockerfile.missing not found.*hint: /s.test(c.replace(/%0A/g, '\n'))), r.commands.join('\n'));
  });

  it('annotations: false turns them off', async () => {
    const r = await run(withHints([hint('apt-leftovers', 'warning', 5000, 0)]), { annotations: 'false' });
    assert.deepEqual(r.commands.filter((c) => c.includes('title=')), []);
  });

  it('escapes what the image controls: a newline cannot start a workflow command', async () => {
    const evil = hint('x', 'warning', 1, 0);
    evil.title = 'left\n::error::forged';
    const r = await run(withHints([evil]), {});
    assert.ok(!r.commands.some((c) => c.startsWith('::error::forged')));
    assert.ok(r.commands.some((c) => c.startsWith('::warning title=x,') && c.includes('forged')));
  });
});
