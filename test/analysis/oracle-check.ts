/**
 * The oracle check: one test-bed image, every export format, analyzed by our readers + scanner + reducer, compared
 * byte for byte with the oracle the test bed computed with other tools (GNU tar listings, `umoci unpack`).
 */
import assert from 'node:assert/strict';
import { analyze } from '../../src/analysis/analyze.ts';
import type { Analysis } from '../../src/analysis/types.ts';
import { createLayerScanner } from '../../src/layer/scan.ts';
import { openSource } from '../../src/image/index.ts';
import { fromJson, toJson } from '../../src/report/json.ts';
import type { Report } from '../../src/report/types.ts';
import { EXPORT_FORMATS, readVisibleFiles, type BedImage, type ExportFormat } from '../helpers/bed.ts';

/** Bytewise (LC_ALL=C) order, as the oracle's visible-files list is sorted. */
function bytewise(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a), Buffer.from(b));
}

/** Loads and analyzes one export. */
export async function analyzeExport(path: string, opts: { hash: boolean; baseDiffIds?: string[] }): Promise<Analysis> {
  const img = await openSource(path).load({ scanner: createLayerScanner(), scan: { hash: opts.hash, verify: false } });
  return analyze(img, opts.baseDiffIds ? { baseImage: { diffIds: opts.baseDiffIds } } : {});
}

/** The report without what legitimately differs between formats of one image. */
export function formatIndependent(r: Report): unknown {
  const x = JSON.parse(toJson(r)) as Record<string, any>;
  x['image'] = { ...x['image'], reference: '', transport: '', manifestDigest: null, names: [] };
  x['totals'] = { ...x['totals'], compressedBytes: 0, compressedKind: '' };
  // docker save archives carry no manifest annotations, so the base image's name and digest are OCI-only
  x['baseImage'] = { ...x['baseImage'], name: null, digest: null };
  x['layers'] = (x['layers'] as Array<Record<string, unknown>>).map((l) => ({ ...l, digest: '', mediaType: '', compressedBytes: 0 }));
  return x;
}

/** Checks one export against the oracle; returns its analysis. */
export function checkAgainstOracle(image: BedImage, format: ExportFormat, a: Analysis, visible: string[]): void {
  const o = image.oracle;
  const r = a.report;
  const at = `${image.name} ${format}`;
  assert.equal(r.layers.length, o.layers.length, `${at}: layer count`);
  o.layers.forEach((ol, i) => {
    const l = r.layers[i];
    assert.ok(l);
    assert.equal(l.diffId, ol.diffId, `${at}: layer ${i} diffId`);
    assert.equal(l.contentBytes, ol.contentBytes, `${at}: layer ${i} content bytes`);
    assert.equal(l.tarBytes, ol.tarBytes, `${at}: layer ${i} tar bytes`);
    assert.deepEqual(
      [l.entries.files, l.entries.whiteouts, l.entries.opaques, l.entries.hardlinks, l.entries.symlinks, l.entries.dirs],
      [ol.fileCount, ol.whiteoutCount, ol.opaqueCount, ol.hardlinkCount, ol.symlinkCount, ol.dirCount],
      `${at}: layer ${i} entries (files, whiteouts, opaques, hardlinks, symlinks, dirs)`,
    );
    const all = Object.values(l.entries).reduce((s, n) => s + n, 0);
    assert.equal(all, ol.entryCount, `${at}: layer ${i} entry count`);
    assert.equal(l.instruction, ol.createdBy, `${at}: layer ${i} instruction`);
  });
  assert.equal(r.totals.totalBytes, o.totalBytes, `${at}: total bytes`);
  const ours = a.visibleFiles.filter((v) => !v.path.startsWith('/dev/')).map((v) => v.path).sort(bytewise);
  const theirs = [...visible].sort(bytewise);
  if (ours.join('\n') !== theirs.join('\n')) {
    const o1 = new Set(ours);
    const t1 = new Set(theirs);
    const extra = ours.filter((p) => !t1.has(p)).slice(0, 10);
    const missing = theirs.filter((p) => !o1.has(p)).slice(0, 10);
    assert.fail(`${at}: visible files differ: ours only ${JSON.stringify(extra)}; umoci only ${JSON.stringify(missing)}`);
  }
  assert.equal(ours.length, o.visibleFileCount, `${at}: visible file count`);
  const devBytes = sumInodes(a.visibleFiles.filter((v) => v.path.startsWith('/dev/')));
  assert.equal(r.totals.visibleBytes - devBytes, o.visibleBytes, `${at}: visible bytes`);
  assert.equal(r.totals.wastedBytes + devBytes, o.wastedBytes, `${at}: wasted bytes`);
  const inodes = new Set(a.visibleFiles.filter((v) => !v.path.startsWith('/dev/')).map((v) => v.inode));
  assert.equal(inodes.size, o.visibleInodeCount, `${at}: visible inodes`);
  // and the report survives its own schema
  assert.deepEqual(fromJson(toJson(r)), r);
}

function sumInodes(files: Analysis['visibleFiles']): number {
  const m = new Map<number, number>();
  for (const f of files) m.set(f.inode, f.sizeBytes);
  return [...m.values()].reduce((a, b) => a + b, 0);
}

/** Runs the whole check for one image: every format, then identical figures across formats. */
export async function checkImage(image: BedImage, opts: { baseDiffIds?: string[]; log?: (s: string) => void } = {}): Promise<Map<ExportFormat, Analysis>> {
  const visible = readVisibleFiles(image);
  const out = new Map<ExportFormat, Analysis>();
  let first: { format: ExportFormat; projection: unknown } | null = null;
  for (const format of EXPORT_FORMATS) {
    const t0 = performance.now();
    const a = await analyzeExport(image.exports[format], { hash: true, ...(opts.baseDiffIds ? { baseDiffIds: opts.baseDiffIds } : {}) });
    opts.log?.(`${image.name} ${format}: ${(performance.now() - t0).toFixed(0)} ms`);
    checkAgainstOracle(image, format, a, visible);
    const projection = formatIndependent(a.report);
    if (first === null) first = { format, projection };
    else assert.deepEqual(projection, first.projection, `${image.name}: ${format} differs from ${first.format} (compressed bytes aside)`);
    out.set(format, a);
  }
  return out;
}
