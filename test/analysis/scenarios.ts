/**
 * Scenario checks on test-bed images: the causes, layers and paths the oracle's totals cannot show, derived from
 * each scenario's Dockerfile (test/images/NAME/Dockerfile).
 */
import assert from 'node:assert/strict';
import type { Analysis } from '../../src/analysis/types.ts';

/** Scenario checks: causes and layers the oracle's totals cannot show. Run on one format (the figures are equal). */
export const SCENARIOS: Record<string, (a: Analysis) => void> = {
  edge: (a) => {
    const r = a.report;
    const top = (p: string) => r.waste.topPaths.find((w) => w.path === p);
    const runLayers = [...r.layers.keys()].slice(-5); // the five RUN layers above the base
    const [seed, opaque, replace, chmod, rmCreds] = runLayers as [number, number, number, number, number];
    // 2: `rm -rf /data/opq && mkdir /data/opq`: the three 40 kB files and sub/c ("c\n") are opaque waste
    assert.equal(r.waste.byCause.opaque, 3 * 40000 + 2);
    assert.deepEqual(top('/data/opq/f1'), { path: '/data/opq/f1', sizeBytes: 40000, cause: 'opaque', layer: seed, hiddenBy: opaque });
    // 3: a directory replaced by a file (no whiteout), a file by a directory, a plain file deleted
    assert.equal(r.waste.byCause['replaced-dir'], 30000 + 20000);
    assert.deepEqual(top('/data/dir2file/a'), { path: '/data/dir2file/a', sizeBytes: 30000, cause: 'replaced-dir', layer: seed, hiddenBy: replace });
    assert.deepEqual(top('/data/file2dir'), { path: '/data/file2dir', sizeBytes: 10000, cause: 'overwritten', layer: seed, hiddenBy: replace });
    assert.ok(r.waste.deletedPaths.some((d) => d.path === '/data/dir2file' && d.kind === 'dir' && d.sizeBytes === 50000 && d.layer === replace));
    assert.ok(r.waste.deletedPaths.some((d) => d.path === '/data/gone' && d.kind === 'file' && d.sizeBytes === 7000 && d.layer === replace));
    //    the new hardlink copies hl-a up; hl-b keeps the old inode visible, hl-c shares the new one
    const v = new Map(a.visibleFiles.map((f) => [f.path, f]));
    assert.equal(v.get('/data/hl-b')?.layer, seed);
    assert.equal(v.get('/data/hl-a')?.layer, replace);
    assert.equal(v.get('/data/hl-c')?.inode, v.get('/data/hl-a')?.inode);
    assert.notEqual(v.get('/data/hl-b')?.inode, v.get('/data/hl-a')?.inode);
    // 4: chmod -R of 600 files of 2000 bytes: attribute-only copy-ups
    assert.equal(r.waste.byCause['attribute-copy-up'], 600 * 2000);
    assert.deepEqual(r.layers[seed]?.hiddenBy.find((h) => h.layer === chmod), { layer: chmod, bytes: 600 * 2000 });
    // 5: the credentials removed: their bytes still ship in the seed layer
    assert.ok(r.waste.deletedPaths.some((d) => d.path === '/app/.env' && d.layer === rmCreds));
    assert.ok(r.waste.deletedPaths.some((d) => d.path === '/app/id_rsa' && d.layer === rmCreds));
    // identical content at two paths
    assert.ok(r.duplicates.groups.some((g) => g.sizeBytes === 100000 && g.paths.join() === '/data/dup1,/data/dup2'));
  },
  'download-delete': (a) => {
    const r = a.report;
    const rm = r.layers.length - 1;
    const archive = r.waste.deletedPaths.find((d) => d.path === '/tmp/awscliv2.tar.gz');
    const tree = r.waste.deletedPaths.find((d) => d.path === '/tmp/aws');
    assert.ok(archive && archive.kind === 'file' && archive.layer === rm && archive.sizeBytes > 30_000_000);
    assert.ok(tree && tree.kind === 'dir' && tree.layer === rm && tree.sizeBytes > 30_000_000);
    assert.equal(r.waste.byCause['deleted-file'] + r.waste.byCause['deleted-dir'], archive.sizeBytes + tree.sizeBytes);
  },
  'download-delete-onerun': (a) => {
    assert.equal(a.report.layers.at(-1)?.wastedBytes, 0);
    assert.ok(!a.report.waste.deletedPaths.some((d) => d.path.startsWith('/tmp/aws')));
  },
};
