/**
 * Table-driven tests of the union-filesystem reducer over event lists (no tar files).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { FileEvent } from '../../src/layer/events.ts';
import { replayLayers, type UnionResult } from '../../src/analysis/union-fs.ts';
import { WASTE_CAUSES, type WasteCause } from '../../src/report/types.ts';

// ---- tiny event DSL ----
const base = { mode: 0o644, uid: 0, gid: 0, mtimeSec: 1000 };
/** regular file; `hash` defaults to a hash derived from size so equal sizes collide unless told otherwise */
function f(path: string, sizeBytes: number, o: { hash?: string | null; mtime?: number } = {}): FileEvent {
  const e: FileEvent = { ...base, path, kind: 'file', sizeBytes, mtimeSec: o.mtime ?? 1000 };
  if (o.hash !== null) e.contentHash = o.hash ?? `h${sizeBytes}`;
  return e;
}
const d = (path: string): FileEvent => ({ ...base, mode: 0o755, path, kind: 'dir', sizeBytes: 0 });
const sym = (path: string, target: string): FileEvent => ({ ...base, path, kind: 'symlink', sizeBytes: 0, linkTarget: target });
const hl = (path: string, target: string): FileEvent => ({ ...base, path, kind: 'hardlink', sizeBytes: 0, linkTarget: target });
const wh = (path: string): FileEvent => ({ ...base, path, kind: 'whiteout', sizeBytes: 0 });
const opq = (path: string): FileEvent => ({ ...base, path, kind: 'opaque', sizeBytes: 0 });
const dev = (path: string): FileEvent => ({ ...base, path, kind: 'other', sizeBytes: 0 });

type W = [path: string, sizeBytes: number, cause: WasteCause, layer: number, hiddenBy: number];

/** Checks the accounting invariants every replay must satisfy. */
function checkInvariants(r: UnionResult, layers: FileEvent[][]): void {
  const content = layers.map((l) => l.filter((e) => e.kind === 'file').reduce((s, e) => s + e.sizeBytes, 0));
  const shadowed = r.layers.map((l) => l.shadowedBytes);
  const total = content.reduce((a, b) => a + b, 0) - shadowed.reduce((a, b) => a + b, 0);
  assert.equal(r.totalBytes, total, 'total = Σ content − Σ shadowed');
  assert.equal(r.totalBytes, r.visibleBytes + r.wastedBytes, 'total = visible + wasted');
  assert.equal(r.wasted.reduce((s, w) => s + w.sizeBytes, 0), r.wastedBytes, 'Σ wasted items = wasted');
  assert.equal(r.layers.reduce((s, l) => s + l.wastedBytes, 0), r.wastedBytes, 'Σ layer wasted = wasted');
  assert.equal(r.layers.reduce((s, l) => s + l.hidesBytes, 0), r.wastedBytes, 'Σ layer hides = wasted');
  assert.equal(WASTE_CAUSES.reduce((s, c) => s + r.wasteByCause[c], 0), r.wastedBytes, 'Σ by cause = wasted');
  r.layers.forEach((l, i) => {
    assert.equal(l.contentBytes, (content[i] as number) - l.shadowedBytes, `layer ${i} content`);
    assert.equal(l.added.bytes + l.modified.bytes, l.contentBytes, `layer ${i}: added + modified bytes = content`);
    assert.equal(l.hiddenBy.reduce((s, x) => s + x.bytes, 0), l.wastedBytes, `layer ${i} hiddenBy`);
    assert.equal(l.hides.reduce((s, x) => s + x.bytes, 0), l.hidesBytes, `layer ${i} hides`);
    for (const h of l.hiddenBy) assert.ok(h.layer > i, 'hidden by a later layer, never by itself');
  });
  // visible bytes: each inode once
  const inodes = new Map<number, number>();
  for (const v of r.visibleFiles) inodes.set(v.inode, v.sizeBytes);
  assert.equal([...inodes.values()].reduce((a, b) => a + b, 0), r.visibleBytes, 'visible = Σ unique inodes');
  const paths = r.visibleFiles.map((v) => v.path);
  assert.deepEqual(paths, [...paths].sort(), 'visible files sorted by path');
}

interface Case {
  name: string;
  layers: FileEvent[][];
  /** visible regular files: path → size */
  visible: Record<string, number>;
  /** wasted items, any order */
  waste: W[];
  /** per-layer added/modified/deleted [count, bytes] checks */
  changes?: Array<{ layer: number; added?: [number, number]; modified?: [number, number]; deleted?: [number, number] }>;
  /** deletions: [path, bytes, layer, kind] */
  deletions?: Array<[string, number, number, 'file' | 'dir']>;
  notes?: number;
  check?: (r: UnionResult) => void;
}

const cases: Case[] = [
  {
    name: 'plain files, implicit parents',
    layers: [[f('/a/b/c', 10), f('/x', 5)]],
    visible: { '/a/b/c': 10, '/x': 5 },
    waste: [],
    // /a, /a/b implicit + 2 files = 4 new paths
    changes: [{ layer: 0, added: [4, 15], modified: [0, 0], deleted: [0, 0] }],
  },
  {
    name: 'overwritten by a later layer',
    layers: [[d('/etc'), f('/etc/conf', 100, { hash: 'A' })], [d('/etc'), f('/etc/conf', 120, { hash: 'B' })]],
    visible: { '/etc/conf': 120 },
    waste: [['/etc/conf', 100, 'overwritten', 0, 1]],
    changes: [{ layer: 1, added: [0, 0], modified: [2, 120], deleted: [0, 0] }],
  },
  {
    name: 'attribute copy-up with hashes (chmod: same hash and size, mtime differs)',
    layers: [[f('/bin/tool', 50, { hash: 'T', mtime: 1 })], [f('/bin/tool', 50, { hash: 'T', mtime: 2 })]],
    visible: { '/bin/tool': 50 },
    waste: [['/bin/tool', 50, 'attribute-copy-up', 0, 1]],
  },
  {
    name: 'same size, different hash: overwritten, not copy-up',
    layers: [[f('/bin/tool', 50, { hash: 'T' })], [f('/bin/tool', 50, { hash: 'U' })]],
    visible: { '/bin/tool': 50 },
    waste: [['/bin/tool', 50, 'overwritten', 0, 1]],
  },
  {
    name: 'attribute copy-up without hashes: same size and mtime',
    layers: [[f('/bin/tool', 50, { hash: null, mtime: 7 })], [f('/bin/tool', 50, { hash: null, mtime: 7 })]],
    visible: { '/bin/tool': 50 },
    waste: [['/bin/tool', 50, 'attribute-copy-up', 0, 1]],
  },
  {
    name: 'without hashes, touched (mtime differs): overwritten',
    layers: [[f('/bin/tool', 50, { hash: null, mtime: 7 })], [f('/bin/tool', 50, { hash: null, mtime: 8 })]],
    visible: { '/bin/tool': 50 },
    waste: [['/bin/tool', 50, 'overwritten', 0, 1]],
  },
  {
    name: 'whiteout of a file',
    layers: [[f('/tmp/big.zip', 1000), f('/tmp/keep', 1)], [wh('/tmp/big.zip')]],
    visible: { '/tmp/keep': 1 },
    waste: [['/tmp/big.zip', 1000, 'deleted-file', 0, 1]],
    changes: [{ layer: 1, added: [0, 0], modified: [0, 0], deleted: [1, 1000] }],
    deletions: [['/tmp/big.zip', 1000, 1, 'file']],
  },
  {
    name: 'whiteout of a directory: whole subtree',
    layers: [[d('/src'), f('/src/a.c', 10), d('/src/obj'), f('/src/obj/a.o', 30), sym('/src/link', 'a.c')], [wh('/src')]],
    visible: {},
    waste: [
      ['/src/a.c', 10, 'deleted-dir', 0, 1],
      ['/src/obj/a.o', 30, 'deleted-dir', 0, 1],
    ],
    // /src, a.c, obj, a.o, link
    changes: [{ layer: 1, deleted: [5, 40] }],
    deletions: [['/src', 40, 1, 'dir']],
  },
  {
    name: 'whiteout of a missing path records nothing',
    layers: [[f('/a', 1)], [wh('/nope'), wh('/a/b'), wh('/')]],
    visible: { '/a': 1 },
    waste: [],
    changes: [{ layer: 1, deleted: [0, 0] }],
    deletions: [],
  },
  {
    name: 'nested whiteouts across layers',
    layers: [[f('/a/b/c', 5), f('/a/b/d', 7), f('/a/e', 11)], [wh('/a/b/c')], [wh('/a/b')], [wh('/a')]],
    visible: {},
    waste: [
      ['/a/b/c', 5, 'deleted-file', 0, 1],
      ['/a/b/d', 7, 'deleted-dir', 0, 2],
      ['/a/e', 11, 'deleted-dir', 0, 3],
    ],
    deletions: [
      ['/a/b/c', 5, 1, 'file'],
      ['/a/b', 7, 2, 'dir'],
      ['/a', 11, 3, 'dir'],
    ],
  },
  {
    name: 'whiteout then recreate in the same layer',
    layers: [[f('/d/old', 9)], [wh('/d'), d('/d'), f('/d/new', 4)]],
    visible: { '/d/new': 4 },
    waste: [['/d/old', 9, 'deleted-dir', 0, 1]],
    changes: [{ layer: 1, added: [2, 4], modified: [0, 0], deleted: [2, 9] }],
  },
  {
    name: 'whiteout listed after same-layer entries only hides lower entries',
    layers: [[f('/d/old', 9), f('/d/same', 3)], [d('/d'), f('/d/new', 4), f('/d/same', 2), wh('/d')]],
    visible: { '/d/new': 4, '/d/same': 2 },
    waste: [
      ['/d/same', 3, 'overwritten', 0, 1],
      ['/d/old', 9, 'deleted-dir', 0, 1],
    ],
  },
  {
    name: 'whiteout of a file written in the same layer is ignored (OCI: whiteouts apply to lower layers)',
    layers: [[f('/x', 1)], [f('/x', 2, { hash: 'new' }), wh('/x')]],
    visible: { '/x': 2 },
    waste: [['/x', 1, 'overwritten', 0, 1]],
  },
  {
    name: 'opaque directory hides lower children, keeps same-layer siblings',
    layers: [
      [d('/etc'), f('/etc/a', 10), f('/etc/b', 20), d('/etc/sub'), f('/etc/sub/c', 30), d('/etc/sub2'), f('/etc/sub2/x', 1)],
      [d('/etc'), opq('/etc'), f('/etc/new', 5), f('/etc/b', 21, { hash: 'b2' }), f('/etc/sub2/y', 2)],
    ],
    visible: { '/etc/new': 5, '/etc/b': 21, '/etc/sub2/y': 2 },
    waste: [
      ['/etc/b', 20, 'overwritten', 0, 1],
      ['/etc/a', 10, 'opaque', 0, 1],
      ['/etc/sub/c', 30, 'opaque', 0, 1],
      ['/etc/sub2/x', 1, 'opaque', 0, 1],
    ],
    // removed: /etc/a, /etc/sub, /etc/sub/c, /etc/sub2/x; modified: /etc, /etc/b (sub2 was only written below)
    changes: [{ layer: 1, deleted: [4, 41], added: [2, 7], modified: [2, 21] }],
    deletions: [
      ['/etc/a', 10, 1, 'file'],
      ['/etc/sub', 30, 1, 'dir'],
      ['/etc/sub2/x', 1, 1, 'file'],
    ],
  },
  {
    name: 'opaque marker read before the siblings it must keep',
    layers: [[f('/o/lower', 3)], [opq('/o'), f('/o/upper', 4)]],
    visible: { '/o/upper': 4 },
    waste: [['/o/lower', 3, 'opaque', 0, 1]],
  },
  {
    name: 'opaque of a missing directory is a no-op',
    layers: [[f('/a', 1)], [opq('/nothing')]],
    visible: { '/a': 1 },
    waste: [],
  },
  {
    name: 'opaque at root hides every lower path',
    layers: [[f('/a', 1), f('/b/c', 2)], [opq('/'), f('/z', 3)]],
    visible: { '/z': 3 },
    waste: [
      ['/a', 1, 'opaque', 0, 1],
      ['/b/c', 2, 'opaque', 0, 1],
    ],
  },
  {
    name: 'file replaces directory: replaced-dir for the subtree, no whiteout',
    layers: [[d('/opt/app'), f('/opt/app/x', 8), f('/opt/app/y/z', 9)], [f('/opt/app', 1)]],
    visible: { '/opt/app': 1 },
    waste: [
      ['/opt/app/x', 8, 'replaced-dir', 0, 1],
      ['/opt/app/y/z', 9, 'replaced-dir', 0, 1],
    ],
    // removed: x, y, y/z; /opt/app itself is modified
    changes: [{ layer: 1, modified: [1, 1], deleted: [3, 17] }],
    deletions: [['/opt/app', 17, 1, 'dir']],
  },
  {
    name: 'symlink replaces directory',
    layers: [[f('/lib/x', 8)], [sym('/lib', 'usr/lib')]],
    visible: {},
    waste: [['/lib/x', 8, 'replaced-dir', 0, 1]],
  },
  {
    name: 'directory replaces file: the file is overwritten',
    layers: [[f('/cfg', 6)], [d('/cfg'), f('/cfg/main', 2)]],
    visible: { '/cfg/main': 2 },
    waste: [['/cfg', 6, 'overwritten', 0, 1]],
  },
  {
    name: 'child path under a file replaces the file implicitly',
    layers: [[f('/cfg', 6)], [f('/cfg/main', 2)]],
    visible: { '/cfg/main': 2 },
    waste: [['/cfg', 6, 'overwritten', 0, 1]],
    notes: 1,
  },
  {
    name: 'dir → file → dir',
    layers: [[f('/a/f', 10)], [f('/a', 20, { hash: 'file-a' })], [d('/a'), f('/a/g', 30)]],
    visible: { '/a/g': 30 },
    waste: [
      ['/a/f', 10, 'replaced-dir', 0, 1],
      ['/a', 20, 'overwritten', 1, 2],
    ],
  },
  {
    name: 'symlink replaced by a file and a file by a symlink',
    layers: [[sym('/s', 'x'), f('/t', 4)], [f('/s', 3), sym('/t', 's')]],
    visible: { '/s': 3 },
    waste: [['/t', 4, 'overwritten', 0, 1]],
    changes: [{ layer: 1, modified: [2, 3], added: [0, 0] }],
  },
  {
    name: 'device replaced by file',
    layers: [[dev('/dev/null')], [f('/dev/null', 2)]],
    visible: { '/dev/null': 2 },
    waste: [],
  },
  {
    name: 'same-layer override: the earlier entries are shadowed, not waste (never hidden by itself)',
    layers: [[f('/a', 10, { hash: 'one' }), f('/a', 12, { hash: 'two' }), f('/a', 12, { hash: 'two', mtime: 5 })]],
    visible: { '/a': 12 },
    waste: [],
    changes: [{ layer: 0, added: [1, 12], modified: [0, 0] }],
    check: (r) => {
      assert.equal(r.layers[0]?.shadowedBytes, 22);
      assert.equal(r.layers[0]?.contentBytes, 12);
      assert.deepEqual(r.layers[0]?.hiddenBy, []);
      assert.deepEqual(r.layers[0]?.hides, []);
    },
  },
  {
    name: 'same-layer shadowing: a file replacing a directory the layer filled, an implied dir over its own file',
    layers: [
      [f('/keep', 1), f('/d/x', 4), f('/d/y', 5)],
      [f('/d/z', 6), f('/d', 7), f('/e', 8), f('/e/f', 9)],
    ],
    visible: { '/keep': 1, '/d': 7, '/e/f': 9 },
    waste: [
      ['/d/x', 4, 'replaced-dir', 0, 1],
      ['/d/y', 5, 'replaced-dir', 0, 1],
    ],
    changes: [{ layer: 1, added: [3, 9], modified: [1, 7] }],
    notes: 1,
    check: (r) => {
      assert.equal(r.layers[1]?.shadowedBytes, 6 + 8);
      assert.deepEqual(r.layers[1]?.hiddenBy, []);
      assert.deepEqual(r.layers[0]?.hiddenBy, [{ layer: 1, bytes: 9 }]);
    },
  },
  {
    name: 'a whiteout and a `.wh.NAME/` entry in one layer: the lower file is deleted once, nothing hidden by itself',
    layers: [[f('/a/x', 5)], [wh('/a/x'), wh('/a/x'), f('/a/x', 3), f('/a/x', 2)]],
    visible: { '/a/x': 2 },
    waste: [['/a/x', 5, 'deleted-file', 0, 1]],
    check: (r) => {
      assert.equal(r.layers[1]?.shadowedBytes, 3);
      assert.equal(r.layers[1]?.contentBytes, 2);
      assert.deepEqual(r.layers[1]?.hiddenBy, []);
    },
  },
  {
    name: 'same-layer override of a lower path counts one modification',
    layers: [[f('/a', 1)], [f('/a', 2, { hash: 'x' }), f('/a', 3, { hash: 'y' })]],
    visible: { '/a': 3 },
    waste: [['/a', 1, 'overwritten', 0, 1]],
    changes: [{ layer: 1, added: [0, 0], modified: [1, 3] }],
  },
  {
    name: 'hardlink: an inode counts once',
    layers: [[f('/usr/bin/perl', 100), hl('/usr/bin/perl5', '/usr/bin/perl')]],
    visible: { '/usr/bin/perl': 100, '/usr/bin/perl5': 100 },
    waste: [],
    check: (r) => {
      assert.equal(r.visibleBytes, 100);
      assert.equal(r.visibleFiles[0]?.inode, r.visibleFiles[1]?.inode);
    },
  },
  {
    name: 'whiteout of a dir containing hardlinks whose other link survives: bytes stay visible',
    layers: [[f('/keep/a', 50), d('/gone'), hl('/gone/b', '/keep/a'), f('/gone/c', 5)], [wh('/gone')]],
    visible: { '/keep/a': 50 },
    waste: [['/gone/c', 5, 'deleted-dir', 0, 1]],
    changes: [{ layer: 1, deleted: [3, 5] }],
    deletions: [['/gone', 5, 1, 'dir']],
  },
  {
    name: 'both links removed: the inode is wasted once, by the last removal',
    layers: [[f('/a', 50), hl('/b', '/a')], [wh('/a')], [wh('/b')]],
    visible: {},
    waste: [['/a', 50, 'deleted-file', 0, 2]],
    changes: [
      { layer: 1, deleted: [1, 0] },
      { layer: 2, deleted: [1, 50] },
    ],
  },
  {
    name: 'hardlink then target overwritten: the link keeps the old inode visible',
    layers: [[f('/a', 40, { hash: 'old' }), hl('/b', '/a')], [f('/a', 41, { hash: 'new' })]],
    visible: { '/a': 41, '/b': 40 },
    waste: [],
  },
  {
    name: 'hardlink resolved against the tree as it stands when read',
    layers: [[f('/a', 1, { hash: 'v1' })], [hl('/b', '/a'), f('/a', 2, { hash: 'v2' })]],
    visible: { '/a': 2, '/b': 1 },
    waste: [],
  },
  {
    name: 'dangling hardlink: a note, nothing else',
    layers: [[hl('/b', '/missing'), d('/dir'), hl('/c', '/dir')]],
    visible: {},
    waste: [],
    notes: 2,
  },
  {
    name: 'hardlink over a file: the replaced file is overwritten',
    layers: [[f('/a', 10, { hash: 'A' }), f('/b', 20, { hash: 'B' })], [hl('/b', '/a')]],
    visible: { '/a': 10, '/b': 10 },
    waste: [['/b', 20, 'overwritten', 0, 1]],
  },
  {
    name: 'hardlink into the subtree it replaces keeps its inode',
    layers: [[f('/d/x', 10)], [hl('/d', '/d/x')]],
    visible: { '/d': 10 },
    waste: [],
  },
  {
    name: 'hardlink to a symlink copies the symlink',
    layers: [[sym('/s', 'x'), hl('/t', '/s')]],
    visible: {},
    waste: [],
  },
  {
    name: 'replaced dir containing a hardlink to a surviving path',
    layers: [[f('/a', 7), hl('/d/b', '/a'), f('/d/c', 3)], [f('/d', 1)]],
    visible: { '/a': 7, '/d': 1 },
    waste: [['/d/c', 3, 'replaced-dir', 0, 1]],
  },
  {
    name: 'multiple layers hiding: hiddenBy and hides breakdown',
    layers: [[f('/a', 1), f('/b', 2), f('/c', 4)], [f('/a', 10, { hash: 'a1' })], [wh('/b'), wh('/c')]],
    visible: { '/a': 10 },
    waste: [
      ['/a', 1, 'overwritten', 0, 1],
      ['/b', 2, 'deleted-file', 0, 2],
      ['/c', 4, 'deleted-file', 0, 2],
    ],
    check: (r) => {
      assert.deepEqual(r.layers[0]?.hiddenBy, [
        { layer: 1, bytes: 1 },
        { layer: 2, bytes: 6 },
      ]);
      assert.equal(r.layers[0]?.wastedBytes, 7);
      assert.deepEqual(r.layers[2]?.hides, [{ layer: 0, bytes: 6 }]);
      assert.equal(r.layers[2]?.hidesBytes, 6);
      assert.equal(r.layers[1]?.hidesBytes, 1);
    },
  },
  {
    name: 'dir entry for root and existing dirs: counted as modified, nothing removed',
    layers: [[d('/'), d('/etc'), f('/etc/x', 1)], [d('/'), d('/etc')]],
    visible: { '/etc/x': 1 },
    waste: [],
    changes: [{ layer: 1, modified: [2, 0], added: [0, 0] }],
  },
  {
    name: 'a file entry for / is ignored with a note: shadowed by its own layer, not waste',
    layers: [[f('/', 9)]],
    visible: {},
    waste: [],
    notes: 1,
    check: (r) => assert.equal(r.layers[0]?.shadowedBytes, 9),
  },
  {
    name: 'empty image and empty layers',
    layers: [[], []],
    visible: {},
    waste: [],
    check: (r) => {
      assert.equal(r.layers.length, 2);
      assert.equal(r.totalBytes, 0);
    },
  },
];

describe('union-fs reducer', () => {
  for (const c of cases) {
    test(c.name, () => {
      const r = replayLayers(c.layers);
      checkInvariants(r, c.layers);
      const visible: Record<string, number> = {};
      for (const v of r.visibleFiles) visible[v.path] = v.sizeBytes;
      assert.deepEqual(visible, c.visible, 'visible files');
      const sortW = (a: W, b: W) => (a.join('\0') < b.join('\0') ? -1 : 1);
      const got = r.wasted.map((w): W => [w.path, w.sizeBytes, w.cause, w.layer, w.hiddenBy]).sort(sortW);
      assert.deepEqual(got, [...c.waste].sort(sortW), 'wasted items');
      for (const ch of c.changes ?? []) {
        const l = r.layers[ch.layer];
        assert.ok(l);
        if (ch.added) assert.deepEqual([l.added.count, l.added.bytes], ch.added, `layer ${ch.layer} added`);
        if (ch.modified) assert.deepEqual([l.modified.count, l.modified.bytes], ch.modified, `layer ${ch.layer} modified`);
        if (ch.deleted) assert.deepEqual([l.deleted.count, l.deleted.bytes], ch.deleted, `layer ${ch.layer} deleted`);
      }
      if (c.deletions) {
        assert.deepEqual(
          r.deletions.map((x) => [x.path, x.sizeBytes, x.layer, x.kind]),
          c.deletions,
          'deletions',
        );
      }
      assert.equal(r.notes.length, c.notes ?? 0, `notes: ${r.notes.join('; ')}`);
      c.check?.(r);
    });
  }

  test('deep trees: whiteout of a 2000-deep chain and a wide dir', () => {
    const l0: FileEvent[] = [];
    let p = '';
    for (let i = 0; i < 2000; i++) {
      p += `/d${i}`;
      l0.push(f(`${p}/file`, 1));
    }
    for (let i = 0; i < 5000; i++) l0.push(f(`/wide/f${i}`, 2));
    const layers = [l0, [wh('/d0'), wh('/wide')]];
    const r = replayLayers(layers);
    checkInvariants(r, layers);
    assert.equal(r.visibleBytes, 0);
    assert.equal(r.wasteByCause['deleted-dir'], 12_000);
    assert.equal(r.layers[1]?.deleted.count, 2000 * 2 + 5001);
  });

  test('notes are capped', () => {
    const l: FileEvent[] = [];
    for (let i = 0; i < 10; i++) l.push(hl(`/x${i}`, '/none'));
    const r = replayLayers([l], { maxNotes: 3 });
    assert.equal(r.notes.length, 3);
    assert.equal(r.notesOmitted, 7);
  });

  test('300k events replay fast (CPU time, relative to a plain Map build of the same paths)', () => {
    const layers: FileEvent[][] = [];
    const paths: string[] = [];
    for (let l = 0; l < 10; l++) {
      const evs: FileEvent[] = [];
      for (let i = 0; i < 30_000; i++) {
        // flat strings, as a tar parser's decoder yields them
        const path = Buffer.from(`/usr/lib/pkg${(i * 7 + l) % 300}/sub${i % 17}/file${i}.so`).toString();
        paths.push(path);
        evs.push(f(path, 1000 + i, { hash: `x${i}` }));
      }
      if (l === 5) evs.push(wh('/usr/lib/pkg1'), opq('/usr/lib/pkg2'));
      layers.push(evs);
    }
    const cpuMs = (): number => {
      const u = process.cpuUsage();
      return (u.user + u.system) / 1000;
    };
    let t0 = cpuMs();
    const m = new Map<string, { p: string; n: number }>();
    for (const p of paths) m.set(p, { p, n: 1 });
    const refMs = cpuMs() - t0;
    t0 = cpuMs();
    const r = replayLayers(layers);
    const ms = cpuMs() - t0;
    checkInvariants(r, layers);
    // On an idle machine this is ~0.3 s; the shared CI box is far slower, so gate on the ratio.
    process.stderr.write(`replay of 300k events: ${ms.toFixed(0)} ms CPU; plain Map build: ${refMs.toFixed(0)} ms\n`);
    assert.ok(ms < Math.max(1000, 8 * refMs), `replay took ${ms.toFixed(0)} ms CPU (Map build ${refMs.toFixed(0)} ms)`);
  });
});

describe('the compact model (UnionTree)', () => {
  const layers: FileEvent[][] = [
    [f('/b/x', 3), f('/a-c/y', 4), f('/a/z', 5), hl('/a/h', '/a/z'), f('/gone/g', 6)],
    [f('/a/z', 7), wh('/gone'), f('/a-c/y', 4, { hash: null }), f('/new', 1)],
  ];
  const r = replayLayers(layers);
  const t = r.tree;
  test('walk yields the final tree in code-unit path order, as visibleFiles', () => {
    const files: string[] = [];
    t.walk((n) => {
      if (t.kind(n) === 'file') files.push(t.path(n));
    });
    assert.deepEqual(files, r.visibleFiles.map((v) => v.path));
    assert.deepEqual(files, ['/a-c/y', '/a/h', '/a/z', '/b/x', '/new']);
  });
  test('lookup, inode, sizes and layers', () => {
    const h = t.lookup('/a/h');
    const z = t.lookup('/a/z');
    assert.equal(t.kind(h), 'file');
    assert.notEqual(t.inode(h), t.inode(z)); // /a/z was rewritten; the hardlink keeps the old inode
    assert.equal(t.inodeSizeBytes(t.inode(h)), 5);
    assert.equal(t.inodeLayer(t.inode(h)), 0);
    assert.equal(t.inodeLayer(t.inode(z)), 1);
    assert.equal(t.lookup('/gone'), -1);
    assert.equal(t.lookup('/nope/x'), -1);
    assert.equal(t.name(t.parent(z)), 'a');
  });
  test('layerLog: every path of every layer, added / modified / deleted with bytes', () => {
    const log = (layer: number): string[] => {
      const l = t.layerLog(layer);
      const out: string[] = [];
      for (let i = 0; i < l.length; i++) out.push(`${['A', 'M', 'D'][l.change[i] as number]} ${t.path(l.node[i] as number)} ${l.bytes[i]}`);
      return out;
    };
    assert.deepEqual(log(0), ['A /b 0', 'A /b/x 3', 'A /a-c 0', 'A /a-c/y 4', 'A /a 0', 'A /a/z 5', 'A /a/h 0', 'A /gone 0', 'A /gone/g 6']);
    // parents that already exist are not counted again (only written entries and new implied directories are)
    assert.deepEqual(log(1), ['M /a/z 7', 'D /gone/g 6', 'D /gone 0', 'M /a-c/y 4', 'A /new 1']);
    for (let layer = 0; layer < 2; layer++) {
      const l = t.layerLog(layer);
      let added = 0;
      let modified = 0;
      for (let i = 0; i < l.length; i++) {
        if (l.change[i] === 0) added += l.bytes[i] as number;
        if (l.change[i] === 1) modified += l.bytes[i] as number;
      }
      assert.equal(added, r.layers[layer]?.added.bytes);
      assert.equal(modified, r.layers[layer]?.modified.bytes);
    }
  });
});
