/**
 * The compact model's building blocks (issue 12): PathTable (every path of an image, interned once) and
 * LayerEvents (one layer's entries as columns), and the replay over a shared table against the same events as
 * plain objects.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { MAX_PROBES, PathTable } from '../../src/layer/path-table.ts';
import { InputError } from '../../src/errors.ts';
import { K_DIR, K_FILE, K_HARDLINK, LayerEvents } from '../../src/layer/events.ts';
import type { FileEvent } from '../../src/layer/events.ts';
import { replayLayers } from '../../src/analysis/union-fs.ts';
import { EventSink } from '../../src/layer/entries.ts';
import { TarStream } from '../../src/tar/stream.ts';
import { tuneHeap, YOUNG_GENERATION_FLAGS } from '../../src/io/heap.ts';

test('PathTable: one node per path, parents implied, path and name round-trip, lookup creates nothing', () => {
  const t = new PathTable();
  const a = t.intern('/usr/lib/x.so');
  assert.equal(t.size, 4); // /, /usr, /usr/lib, /usr/lib/x.so
  assert.equal(t.intern('/usr/lib/x.so'), a);
  assert.equal(t.path(a), '/usr/lib/x.so');
  assert.equal(t.name(a), 'x.so');
  assert.equal(t.path(t.parent(a)), '/usr/lib');
  assert.equal(t.parent(0), -1);
  assert.equal(t.path(0), '/');
  assert.equal(t.intern('/'), 0);
  assert.equal(t.lookup('/usr/lib'), t.parent(a));
  assert.equal(t.lookup('/usr/lib/y.so'), -1);
  assert.equal(t.lookup('/nope/x'), -1);
  assert.equal(t.size, 4);
  assert.equal(t.depth(a), 3);
  // the same name under another parent is another node; the same path string from elsewhere finds the node
  const b = t.intern('/opt/lib/x.so');
  assert.notEqual(b, a);
  assert.equal(t.lookup('/opt/lib/x.so'), b);
  assert.equal(t.child(t.lookup('/opt/lib'), 'x.so'), b);
  // names that are prefixes of one another, names equal to a directory's, unicode, dots
  for (const p of ['/a/b', '/a/bb', '/a/b/b', '/a/b.', '/a/é', '/a/é/日本', '/a/.wh.x', '/a/..x']) assert.equal(t.path(t.intern(p)), p);
  assert.notEqual(t.lookup('/a/b'), t.lookup('/a/bb'));
});

test('PathTable: 200k paths in mixed order stay distinct and round-trip (the table grows, probes stay correct)', () => {
  const t = new PathTable();
  const paths: string[] = [];
  for (let i = 0; i < 200_000; i++) paths.push(`/app/node_modules/pkg-${i % 997}/lib/f${i}.js`);
  // interleave directories, as tar streams of several layers do
  const ids = paths.map((p, i) => (i % 3 === 0 ? t.intern(paths[paths.length - 1 - i]!) : t.intern(p)));
  assert.equal(new Set(paths.map((p) => t.intern(p))).size, paths.length);
  for (let i = 0; i < paths.length; i += 997) assert.equal(t.path(t.lookup(paths[i]!)), paths[i]);
  assert.ok(ids.every((id) => id > 0));
  // tens of bytes a path, names included (the 997 package directories are shared)
  const perPath = t.retainedBytes() / t.size;
  assert.ok(perPath < 80, `${perPath.toFixed(1)} bytes a path`);
});

const base = { mode: 0o644, uid: 1000, gid: 1000, mtimeSec: 1_700_000_000 };
const sample: FileEvent[] = [
  { ...base, path: '/app', kind: 'dir', sizeBytes: 0, mode: 0o755 },
  { ...base, path: '/app/a.js', kind: 'file', sizeBytes: 12, contentHash: '00ff00ff00ff00ff', content: new Uint8Array([1, 2, 3]) },
  { ...base, path: '/app/b.js', kind: 'hardlink', sizeBytes: 0, linkTarget: '/app/a.js' },
  { ...base, path: '/app/l', kind: 'symlink', sizeBytes: 0, linkTarget: '../x' },
  { ...base, path: '/app/old', kind: 'whiteout', sizeBytes: 0 },
  { ...base, path: '/app/cache', kind: 'opaque', sizeBytes: 0 },
  { ...base, path: '/dev/null', kind: 'other', sizeBytes: 0, uid: 2 ** 40 },
  { ...base, path: '/hand/made', kind: 'file', sizeBytes: 5, contentHash: 'h5' },
];

test('LayerEvents: from FileEvents and back, field for field; columns read without objects', () => {
  const ev = LayerEvents.from(sample);
  assert.equal(ev.length, sample.length);
  assert.deepEqual(ev.toArray(), sample);
  assert.deepEqual([...ev], sample);
  assert.equal(ev.kindCode(0), K_DIR);
  assert.equal(ev.kindCode(1), K_FILE);
  assert.equal(ev.kindCode(2), K_HARDLINK);
  assert.equal(ev.linkNode(2), ev.node(1)); // a hardlink's target is the same node as the file's path
  assert.equal(ev.linkNode(3), -1);
  assert.equal(ev.hash(1), 0x00ff00ff00ff00ffn);
  assert.equal(ev.contentHash(0), undefined);
  assert.equal(ev.contentHash(7), 'h5'); // hand-made hashes that are not 16 hex digits are kept as they are
  assert.deepEqual([...ev.capturedIndexes()], [1]);
  assert.equal(ev.uid(6), 2 ** 40); // owners beyond 32 bits survive (base-256 and PAX headers carry them)
  // from() over the same table returns the events themselves; over another, re-interns
  assert.equal(LayerEvents.from(ev, ev.paths), ev);
  const other = LayerEvents.from(ev, new PathTable());
  assert.notEqual(other, ev);
  assert.deepEqual(other.toArray(), sample);
});

test('LayerEvents: sameHash compares across layers and falls back to strings for hand-made hashes', () => {
  const t = new PathTable();
  const x = LayerEvents.from([{ ...base, path: '/x', kind: 'file', sizeBytes: 1, contentHash: 'ffffffff00000001' }], t);
  const y = LayerEvents.from([{ ...base, path: '/y', kind: 'file', sizeBytes: 1, contentHash: 'ffffffff00000001' }], t);
  const z = LayerEvents.from([{ ...base, path: '/z', kind: 'file', sizeBytes: 1, contentHash: '00000001ffffffff' }], t);
  assert.ok(x.sameHash(0, y, 0));
  assert.ok(!x.sameHash(0, z, 0)); // the halves are compared both
  const odd = LayerEvents.from([{ ...base, path: '/o', kind: 'file', sizeBytes: 1, contentHash: 'same' }], t);
  const odd2 = LayerEvents.from([{ ...base, path: '/p', kind: 'file', sizeBytes: 1, contentHash: 'same' }], t);
  assert.ok(odd.sameHash(0, odd2, 0));
  assert.ok(!odd.sameHash(0, x, 0));
});

test('LayerEvents: about 50 bytes an entry, scanned from a real tar with a shared table', () => {
  // a 20k-entry tar, scanned through the real sink: the columns, without the table, stay under 64 bytes an entry
  const entries: Uint8Array[] = [];
  const header = (name: string, size: number, type: string): Uint8Array => {
    const h = new Uint8Array(512);
    const put = (s: string, at: number): void => h.set(new TextEncoder().encode(s), at);
    put(name, 0);
    put('0000644\0', 100);
    put('0001750\0', 108);
    put('0001750\0', 116);
    put(size.toString(8).padStart(11, '0') + '\0', 124);
    put('14000000000\0', 136);
    put(type, 156);
    put('ustar\0', 257);
    put('00', 263);
    put('        ', 148);
    let sum = 0;
    for (const b of h) sum += b;
    put(sum.toString(8).padStart(6, '0') + '\0 ', 148);
    return h;
  };
  for (let i = 0; i < 20_000; i++) {
    entries.push(header(`app/node_modules/p${i % 100}/f${i}.js`, 3, '0'));
    const body = new Uint8Array(512);
    body.set([1, 2, 3]);
    entries.push(body);
  }
  entries.push(new Uint8Array(1024));
  const paths = new PathTable();
  const sink = new EventSink({ paths });
  const parser = new TarStream(sink);
  for (const c of entries) parser.push(c);
  parser.end();
  const ev = sink.events.trim();
  assert.equal(ev.length, 20_000);
  assert.equal(ev.path(19_999), '/app/node_modules/p99/f19999.js');
  assert.ok(ev.retainedBytes() / ev.length <= 64, `${(ev.retainedBytes() / ev.length).toFixed(1)} bytes an entry`);
  assert.equal(paths.size, 1 + 1 + 1 + 100 + 20_000);
});

test('the replay over a shared table equals the replay of the same events as objects', () => {
  const layers: FileEvent[][] = [
    [
      { ...base, path: '/app/a', kind: 'file', sizeBytes: 10, contentHash: '0000000000000001' },
      { ...base, path: '/app/d/b', kind: 'file', sizeBytes: 20, contentHash: '0000000000000002' },
      { ...base, path: '/app/h', kind: 'hardlink', sizeBytes: 0, linkTarget: '/app/a' },
      { ...base, path: '/app/c', kind: 'file', sizeBytes: 7, contentHash: '0000000000000007' },
    ],
    [
      { ...base, path: '/app/d', kind: 'whiteout', sizeBytes: 0 },
      { ...base, path: '/app/a', kind: 'file', sizeBytes: 10, contentHash: '0000000000000001', uid: 0 },
      { ...base, path: '/app/n', kind: 'file', sizeBytes: 5, contentHash: '0000000000000001' },
      { ...base, path: '/app/c', kind: 'file', sizeBytes: 7, contentHash: '0000000000000007', mode: 0o600 },
    ],
  ];
  const t = new PathTable();
  const shared = replayLayers(layers.map((l) => LayerEvents.from(l, t)));
  const plain = replayLayers(layers);
  const summary = (r: ReturnType<typeof replayLayers>): unknown => ({
    files: r.visibleFiles.map((f) => [f.path, f.sizeBytes, f.layer, f.inode, f.contentHash, f.uid]),
    wasted: r.wasted.map((w) => [w.path, w.sizeBytes, w.cause, w.layer, w.hiddenBy]),
    deletions: r.deletions,
    layers: r.layers,
    visibleBytes: r.visibleBytes,
  });
  assert.deepEqual(summary(shared), summary(plain));
  assert.equal(shared.tree.pathTable, t); // replayed over the image's table itself
  assert.equal(shared.tree.layerEvents(0).paths, t);
  // /app/c rewritten with the same hash and size: an attribute-only copy-up; /app/d/b deleted with its directory;
  // /app/a rewritten, but its bytes stay visible at the hardlink /app/h
  assert.deepEqual(shared.wasted.map((w) => `${w.cause} ${w.path}`).sort(), ['attribute-copy-up /app/c', 'deleted-dir /app/d/b']);
  assert.deepEqual(shared.visibleFiles.map((f) => f.path), ['/app/a', '/app/c', '/app/h', '/app/n']);
  // every wasted item names its node in the tree
  for (const w of shared.wasted) assert.equal(shared.tree.path(w.node!), w.path);
});

test('tuneHeap keeps the young generation at its start size under a workload that would grow it', () => {
  assert.match(YOUNG_GENERATION_FLAGS, /^--semi-space-growth-factor=1$/);
  assert.equal(tuneHeap({ LAYER_BUDGET_V8_FLAGS: 'off' }), false);
  // in a child, so this process's heap is left alone: many objects that survive a few scavenges
  const script = `
    import { tuneHeap } from ${JSON.stringify(new URL('../../src/io/heap.ts', import.meta.url).href)};
    import v8 from 'node:v8';
    tuneHeap(process.env);
    const ring = new Array(200000);
    for (let i = 0; i < 3000000; i++) ring[i % ring.length] = { i };
    const ns = v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space');
    console.log(ns.space_size);`;
  const newSpace = (env: NodeJS.ProcessEnv): number => {
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { env: { ...process.env, ...env }, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    return Number(r.stdout.trim());
  };
  const tuned = newSpace({});
  const untuned = newSpace({ LAYER_BUDGET_V8_FLAGS: 'off' });
  assert.ok(tuned <= 8 * 2 ** 20, `tuned: new space ${tuned} bytes`);
  assert.ok(untuned > tuned, `untuned ${untuned} bytes, tuned ${tuned}`);
});

test('PathTable: names that all share one hash are still told apart, and a chain longer than MAX_PROBES is refused in bounded time', () => {
  const t = new PathTable({ hash: () => 7 });
  const names = Array.from({ length: 300 }, (_, i) => `/d/n${i}`);
  const ids = names.map((p) => t.intern(p));
  assert.equal(new Set(ids).size, 300);
  for (const [i, p] of names.entries()) assert.equal(t.lookup(p), ids[i]);
  assert.equal(t.lookup('/d/n300'), -1);
  // an image whose names are chosen to collide: exit 2 (InputError) after at most MAX_PROBES² / 2 probes
  const flood = new PathTable({ hash: () => 7 });
  const started = performance.now();
  assert.throws(
    () => {
      for (let i = 0; i <= MAX_PROBES + 1; i++) flood.intern(`/d/x${i}`);
    },
    (e: unknown) => e instanceof InputError && /collide/.test(e.message) && (e.hint ?? '').length > 0,
  );
  assert.ok(performance.now() - started < 5000);
});

test('PathTable: 300k node_modules-like names never reach the probe cap with the default hash', () => {
  const t = new PathTable();
  for (let i = 0; i < 300_000; i++) t.intern(`/app/node_modules/@scope${i % 7}/pkg-${i % 2003}/lib/index${i % 13}-${i}.js`);
  assert.ok(t.size > 300_000);
});
