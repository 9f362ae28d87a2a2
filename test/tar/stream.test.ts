import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { InputError } from '../../src/errors.ts';
import type { FileEvent, LayerScan, ScanOptions } from '../../src/layer/events.ts';
import { createLayerScanner } from '../../src/layer/scan.ts';
import { TarStream } from '../../src/tar/stream.ts';
import { EventSink } from '../../src/layer/entries.ts';
import { seekTar } from '../../src/tar/seek.ts';
import type { RandomAccess } from '../../src/image/types.ts';
import { chunked, gzip, paxGlobal, tarEntries, zstd } from '../helpers/tar-writer.ts';
import type { TarEntrySpec } from '../helpers/tar-writer.ts';

const scanner = createLayerScanner();
const HASH: ScanOptions = { hash: true, verify: false };
const NOHASH: ScanOptions = { hash: false, verify: false };
const MTIME = 1700000000;

function ra(bytes: Uint8Array, counter?: { reads: number; bytes: number }): RandomAccess {
  return {
    sizeBytes: bytes.length,
    read: async (offset, length) => {
      if (counter) {
        counter.reads++;
        counter.bytes += length;
      }
      return bytes.subarray(offset, offset + length);
    },
  };
}

function stream(bytes: Uint8Array, chunk = 1 << 20): AsyncIterable<Uint8Array> {
  return chunked(bytes, chunk);
}

/** A compact view of events: "kind path size [-> target]". */
function brief(list: Iterable<FileEvent>): string[] {
  return [...list].map((e) => `${e.kind} ${e.path} ${e.sizeBytes}${e.linkTarget === undefined ? '' : ' -> ' + e.linkTarget}`);
}

function sha(bytes: Uint8Array): string {
  return 'sha256:' + createHash('sha256').update(bytes).digest('hex');
}

async function rejects(p: Promise<unknown>, message: string | RegExp): Promise<void> {
  await assert.rejects(p, (err: unknown) => {
    assert.ok(err instanceof InputError, `expected InputError, got ${String(err)}`);
    if (typeof message === 'string') assert.equal(err.message, message);
    else assert.match(err.message, message);
    return true;
  });
}

const sample: TarEntrySpec[] = [
  { name: './', type: 'dir' },
  { name: './etc/', type: 'dir', mode: 0o755 },
  { name: './etc/passwd', body: 'root:x:0:0:root:/root:/bin/sh\n', uid: 0, gid: 0, mode: 0o644, mtime: MTIME },
  { name: './etc/hard', type: 'hardlink', linkname: './etc/passwd' },
  { name: './etc/sym', type: 'symlink', linkname: '../etc/./passwd' },
  { name: './etc/.wh.shadow', body: '' },
  { name: './var/lib/.wh..wh..opq', body: '' },
  { name: './dev/null', type: 'char' },
  { name: './run/fifo', type: 'fifo' },
  { name: './bin/big', body: new Uint8Array(70_000).fill(7), uid: 1000, gid: 1001, mode: 0o755 },
  { name: '../../escape/../etc/evil', body: 'x' },
  { name: '/abs/path', body: 'yy' },
  { name: '.wh.rootfile' },
];

const sampleBrief = [
  'dir / 0',
  'dir /etc 0',
  'file /etc/passwd 30',
  'hardlink /etc/hard 0 -> /etc/passwd',
  'symlink /etc/sym 0 -> ../etc/./passwd',
  'whiteout /etc/shadow 0',
  'opaque /var/lib 0',
  'other /dev/null 0',
  'other /run/fifo 0',
  'file /bin/big 70000',
  'file /etc/evil 1',
  'file /abs/path 2',
  'whiteout /rootfile 0',
];

test('events for every header flavour', async () => {
  for (const format of ['pax', 'ustar', 'gnu', 'v7'] as const) {
    const scan = await scanner.scanStream(stream(tarEntries(sample, { format })), HASH);
    assert.deepEqual(brief(scan.events.toArray()), sampleBrief, format);
    const passwd = scan.events.toArray()[2]!;
    assert.equal(passwd.mode, 0o644);
    assert.equal(passwd.mtimeSec, MTIME);
    assert.match(passwd.contentHash ?? '', /^[0-9a-f]{16}$/);
    const big = scan.events.toArray()[9]!;
    assert.equal(big.uid, 1000);
    assert.equal(big.gid, 1001);
    assert.equal(big.mode, 0o755);
    assert.equal(scan.compression, 'none');
  }
});

test('xxh64 content hashes: known vectors, every file kind, hash off', async () => {
  const bytes = tarEntries([
    { name: 'empty', body: '' },
    { name: 'abc', body: 'abc' },
    { name: 'dir/', type: 'dir' },
    { name: 'link', type: 'symlink', linkname: 'abc' },
    { name: '.wh.gone', body: '' },
  ]);
  const scan = await scanner.scanStream(stream(bytes), HASH);
  // reference values of XXH64 with seed 0
  assert.equal(scan.events.toArray()[0]!.contentHash, 'ef46db3751d8e999');
  assert.equal(scan.events.toArray()[1]!.contentHash, '44bc2cf5ad770999');
  assert.equal(scan.events.toArray()[2]!.contentHash, undefined);
  assert.equal(scan.events.toArray()[3]!.contentHash, undefined);
  assert.equal(scan.events.toArray()[4]!.contentHash, undefined);
  const off = await scanner.scanStream(stream(bytes), NOHASH);
  assert.ok(off.events.toArray().every((e) => e.contentHash === undefined));
  assert.deepEqual(brief(off.events.toArray()), brief(scan.events.toArray()));
});

test('PAX: long names, long link names, size / uid / gid / mtime overrides, global records', async () => {
  const longName = 'usr/share/' + 'deep/'.repeat(40) + 'file-with-a-long-name.txt';
  const longLink = '/opt/' + 'target/'.repeat(30) + 'x';
  const bytes = tarEntries([
    paxGlobal({ uid: '42', comment: 'made by a test' }),
    { name: longName, body: 'hello' },
    { name: 'l', type: 'symlink', linkname: longLink },
    { name: 'h', type: 'hardlink', linkname: './' + longName },
    { name: 'ids', body: '', pax: { uid: '3000000', gid: '4000000', mtime: '1600000000.5' } },
    { name: 'short-in-header', body: 'abcdefgh', pax: { size: '8', path: 'renamed/by/pax' } },
    { name: 'uid-from-global', body: '' },
  ]);
  const scan = await scanner.scanStream(stream(bytes), HASH);
  assert.deepEqual(brief(scan.events.toArray()), [
    `file /${longName} 5`,
    `symlink /l 0 -> ${longLink}`,
    `hardlink /h 0 -> /${longName}`,
    'file /ids 0',
    'file /renamed/by/pax 8',
    'file /uid-from-global 0',
  ]);
  assert.equal(scan.events.toArray()[0]!.uid, 42);
  const ids = scan.events.toArray()[3]!;
  assert.deepEqual([ids.uid, ids.gid, ids.mtimeSec], [3000000, 4000000, 1600000000]);
  assert.equal(scan.events.toArray()[5]!.uid, 42);
});

test('PAX size overrides the header size (big files)', async () => {
  // header size field says 3, the pax record says 5: the body is 5 bytes
  const bytes = tarEntries([{ name: 'a', body: 'hello', size: 3, pax: { size: '5' } }, { name: 'b', body: 'x' }]);
  const scan = await scanner.scanStream(stream(bytes), HASH);
  assert.deepEqual(brief(scan.events.toArray()), ['file /a 5', 'file /b 1']);
});

test('GNU long names and long link names', async () => {
  const longName = 'gnu/' + 'long/'.repeat(40) + 'name';
  const longLink = 'gnu/' + 'link/'.repeat(40) + 'target';
  const bytes = tarEntries(
    [
      { name: longName, body: 'abc' },
      { name: 'sym', type: 'symlink', linkname: longLink },
      { name: longName + '-hard', type: 'hardlink', linkname: longName },
    ],
    { format: 'gnu' },
  );
  const scan = await scanner.scanStream(stream(bytes), HASH);
  assert.deepEqual(brief(scan.events.toArray()), [`file /${longName} 3`, `symlink /sym 0 -> ${longLink}`, `hardlink /${longName}-hard 0 -> /${longName}`]);
});

test('v7 directories are marked by a trailing slash', async () => {
  const scan = await scanner.scanStream(stream(tarEntries([{ name: 'd/', type: 'file' }], { format: 'v7' })), HASH);
  assert.deepEqual(brief(scan.events.toArray()), ['dir /d 0']);
});

test('whiteout and opaque mapping', async () => {
  const table: Array<[string, string]> = [
    ['.wh.foo', 'whiteout /foo 0'],
    ['./.wh.foo', 'whiteout /foo 0'],
    ['a/b/.wh.c', 'whiteout /a/b/c 0'],
    ['a/b/.wh..wh..opq', 'opaque /a/b 0'],
    ['./.wh..wh..opq', 'opaque / 0'],
    ['a/.wh..hidden', 'whiteout /a/.hidden 0'],
    ['a/.wh.', 'file /a/.wh. 0'],
    ['a/x.wh.y', 'file /a/x.wh.y 0'],
    ['a/.whx', 'file /a/.whx 0'],
  ];
  for (const [name, want] of table) {
    const scan = await scanner.scanStream(stream(tarEntries([{ name }])), HASH);
    assert.deepEqual(brief(scan.events.toArray()), [want], name);
  }
  // a whiteout stored as another entry type (e.g. a char device, as some tools write) is still a whiteout
  const dev = await scanner.scanStream(stream(tarEntries([{ name: 'x/.wh.y', type: 'char' }])), HASH);
  assert.deepEqual(brief(dev.events.toArray()), ['whiteout /x/y 0']);
  // whiteouts carry no hash, even when stored as non-empty files
  const nonEmpty = await scanner.scanStream(stream(tarEntries([{ name: '.wh.z', body: 'junk' }])), HASH);
  assert.deepEqual(brief(nonEmpty.events), ['whiteout /z 0']);
  assert.equal(nonEmpty.events.at(0).contentHash, undefined);
});

test('capture keeps the first bytes of chosen files', async () => {
  const body = randomBytes(5000);
  const bytes = tarEntries([
    { name: 'app/package.json', body: '{"name":"x"}' },
    { name: 'big.bin', body },
    { name: 'skip.txt', body: 'no' },
  ]);
  const capture = (path: string, size: number): number => (path.endsWith('.json') ? 1000 : path === '/big.bin' ? 1234.7 : 0 * size);
  for (const chunk of [1, 7, 511, 1 << 20]) {
    const scan = await scanner.scanStream(stream(bytes, chunk), { hash: true, verify: false, capture });
    assert.equal(new TextDecoder().decode(scan.events.toArray()[0]!.content), '{"name":"x"}');
    assert.deepEqual(scan.events.toArray()[1]!.content, new Uint8Array(body.subarray(0, 1234)));
    assert.equal(scan.events.toArray()[2]!.content, undefined);
  }
  const seek = await scanner.scanSeekable(ra(bytes), { hash: false, verify: false, capture });
  assert.deepEqual(seek.events.toArray()[1]!.content, new Uint8Array(body.subarray(0, 1234)));
  assert.equal(new TextDecoder().decode(seek.events.toArray()[0]!.content), '{"name":"x"}');
});

/** An archive that exercises every state: pax long names, bodies over several MiB, empty files, padding. */
function mixedArchive(opts: { huge?: boolean } = {}): Uint8Array {
  const entries: TarEntrySpec[] = [];
  for (let i = 0; i < 60; i++) {
    entries.push({ name: `d${i % 5}/`, type: 'dir' });
    entries.push({ name: `d${i % 5}/f${i}` + (i % 7 === 0 ? '-' + 'long'.repeat(40) : ''), body: randomBytes((i * 977) % 3000) });
    if (i % 9 === 0) entries.push({ name: `d${i % 5}/.wh.f${i - 1}` });
  }
  entries.push({ name: 'huge', body: randomBytes(opts.huge ?? true ? 3 * (1 << 20) + 13 : 70_001) });
  entries.push({ name: 'last', body: 'end' });
  return tarEntries(entries);
}

test('chunk boundaries: 1, 7, 511, 512, 4096 and 1 MiB chunks give identical results', async () => {
  const opts: ScanOptions = { hash: true, verify: true, capture: (p) => (p.startsWith('/d1/') ? 100 : 0) };
  // tiny chunks over a small archive (every byte a chunk costs time), bigger ones over one with a 3 MiB body
  for (const [huge, sizes] of [[false, [1, 7, 511]], [true, [512, 4096, 65536, 1 << 20]]] as const) {
    const bytes = mixedArchive({ huge });
    const whole = await scanner.scanStream(stream(bytes, bytes.length), opts);
    assert.equal(whole.events.length, 60 + 60 + 7 + 2);
    for (const size of sizes) {
      const scan = await scanner.scanStream(stream(bytes, size), opts);
      assert.deepEqual(scan, whole, `chunk size ${size}`);
    }
  }
});

test('TarStream can be fed directly', () => {
  const bytes = tarEntries([{ name: 'a', body: 'abc' }]);
  const sink = new EventSink();
  const p = new TarStream(sink);
  p.push(bytes.subarray(0, 100));
  p.push(bytes.subarray(100));
  p.end();
  assert.deepEqual(brief(sink.events.toArray()), ['file /a 3']);
  assert.equal(p.tarBytes, bytes.length);
});

test('seekable equals streaming (hash off), with few reads', async () => {
  const bytes = mixedArchive();
  const streamed = await scanner.scanStream(stream(bytes), NOHASH);
  const counter = { reads: 0, bytes: 0 };
  const seeked = await scanner.scanSeekable(ra(bytes, counter), NOHASH);
  assert.deepEqual(seeked, streamed);
  // the 3 MiB body is jumped over, not read
  assert.ok(counter.bytes < bytes.length - 2 * (1 << 20), `read ${counter.bytes} of ${bytes.length}`);
  for (const format of ['pax', 'ustar', 'gnu', 'v7'] as const) {
    const t = tarEntries(sample, { format });
    assert.deepEqual(await scanner.scanSeekable(ra(t), NOHASH), await scanner.scanStream(stream(t), NOHASH), format);
  }
});

test('scanSeekable refuses hashing and verification (a caller bug), and streams compressed blobs', async () => {
  const bytes = tarEntries(sample);
  await assert.rejects(scanner.scanSeekable(ra(bytes), HASH), (e: unknown) => e instanceof Error && !(e instanceof InputError) && /scanSeekable needs hash and verify off/.test(e.message));
  await assert.rejects(scanner.scanSeekable(ra(bytes), { hash: false, verify: true }), /scanSeekable needs hash and verify off/);
  const gz = await scanner.scanSeekable(ra(gzip(bytes)), NOHASH);
  assert.equal(gz.compression, 'gzip');
  assert.deepEqual(gz.events, (await scanner.scanStream(stream(bytes), NOHASH)).events);
});

test('gzip and zstd give the same events as plain; verify digests equal node:crypto sha256', async () => {
  const tar = mixedArchive();
  const plain = await scanner.scanStream(stream(tar), { hash: true, verify: true });
  assert.equal(plain.diffId, sha(tar));
  assert.equal(plain.blobDigest, sha(tar));
  assert.equal(plain.tarBytes, tar.length);
  assert.equal(plain.blobBytes, tar.length);
  for (const [kind, blob] of [['gzip', gzip(tar)], ['zstd', zstd(tar)]] as const) {
    for (const size of [4096, 1 << 16]) {
      const scan = await scanner.scanStream(stream(blob, size), { hash: true, verify: true });
      assert.equal(scan.compression, kind);
      assert.deepEqual(scan.events, plain.events, kind);
      assert.equal(scan.diffId, sha(tar));
      assert.equal(scan.blobDigest, sha(blob));
      assert.equal(scan.tarBytes, tar.length);
      assert.equal(scan.blobBytes, blob.length);
    }
  }
  const noVerify = await scanner.scanStream(stream(gzip(tar)), HASH);
  assert.equal(noVerify.diffId, undefined);
  assert.equal(noVerify.blobDigest, undefined);
});

test('multi-member gzip is read whole', async () => {
  const a = tarEntries([{ name: 'a', body: 'first' }], { end: false });
  const b = tarEntries([{ name: 'b', body: 'second' }]);
  const blob = new Uint8Array([...gzip(a), ...gzip(b)]);
  const scan = await scanner.scanStream(stream(blob), HASH);
  assert.deepEqual(brief(scan.events.toArray()), ['file /a 5', 'file /b 6']);
});

test('end of archive: empty layers, missing marker, lone zero blocks, trailing garbage', async () => {
  const zeros = new Uint8Array(1024);
  const empty = await scanner.scanStream(stream(zeros), HASH);
  assert.deepEqual(empty.events.toArray(), []);
  assert.equal(empty.tarBytes, 1024);
  assert.deepEqual((await scanner.scanSeekable(ra(zeros), NOHASH)).events.toArray(), []);
  // GNU tar pads to 10240-byte records
  assert.deepEqual((await scanner.scanStream(stream(new Uint8Array(10240)), HASH)).events.toArray(), []);

  // no end-of-archive marker, stream ends at an entry boundary: tolerated (as Go's archive/tar does)
  const noEnd = tarEntries([{ name: 'a', body: 'abc' }], { end: false });
  assert.deepEqual(brief((await scanner.scanStream(stream(noEnd), HASH)).events), ['file /a 3']);
  assert.deepEqual(brief((await scanner.scanSeekable(ra(noEnd), NOHASH)).events), ['file /a 3']);
  // one zero block only
  const oneZero = new Uint8Array([...noEnd, ...new Uint8Array(512)]);
  assert.deepEqual(brief((await scanner.scanStream(stream(oneZero), HASH)).events), ['file /a 3']);

  // a lone zero block between entries is skipped
  const lone = new Uint8Array([...noEnd, ...new Uint8Array(512), ...tarEntries([{ name: 'b', body: 'x' }])]);
  assert.deepEqual(brief((await scanner.scanStream(stream(lone), HASH)).events), ['file /a 3', 'file /b 1']);
  assert.deepEqual(brief((await scanner.scanSeekable(ra(lone), NOHASH)).events), ['file /a 3', 'file /b 1']);

  // anything after the marker is ignored but counted
  const garbage = new Uint8Array([...tarEntries([{ name: 'a', body: 'abc' }]), ...new TextEncoder().encode('trailing garbage!')]);
  const g = await scanner.scanStream(stream(garbage, 5), { hash: true, verify: true });
  assert.deepEqual(brief(g.events.toArray()), ['file /a 3']);
  assert.equal(g.tarBytes, garbage.length);
  assert.equal(g.diffId, sha(garbage));
  assert.deepEqual(brief((await scanner.scanSeekable(ra(garbage), NOHASH)).events), ['file /a 3']);
  // garbage after a single zero block ends the archive too
  const g1 = new Uint8Array([...noEnd, ...new Uint8Array(512), ...new Uint8Array(512).fill(0x41)]);
  assert.deepEqual(brief((await scanner.scanStream(stream(g1), HASH)).events), ['file /a 3']);
});

/** Runs a bad archive through streaming (several chunkings, plain and gzip) and seeking; all must give `message`. */
async function allReject(bytes: Uint8Array, message: string | RegExp, opts: { seek?: boolean } = {}): Promise<void> {
  for (const size of [1, 511, 1 << 20]) await rejects(scanner.scanStream(stream(bytes, size), HASH), message);
  await rejects(scanner.scanStream(stream(gzip(bytes)), HASH), message);
  await rejects(scanner.scanStream(stream(zstd(bytes)), NOHASH), message);
  if (opts.seek ?? true) await rejects(scanner.scanSeekable(ra(bytes), NOHASH), message);
}

test('truncated archives name the entry', async () => {
  const tar = tarEntries([
    { name: 'ok', body: 'fine' },
    { name: 'etc/big', body: new Uint8Array(3000) },
  ]);
  // cut inside the body of etc/big
  await allReject(tar.subarray(0, 512 * 3 + 1000), 'unexpected end of archive in entry etc/big');
  // cut inside its padding
  await allReject(tar.subarray(0, 512 * 3 + 3000 + 10), 'unexpected end of archive in entry etc/big');
  // cut inside the second header
  await allReject(tar.subarray(0, 512 * 2 + 100), 'unexpected end of archive in a header after entry ok');
  // cut right after a pax header: metadata without its entry
  const pax = tarEntries([{ name: 'x', body: 'a', pax: { path: 'p'.repeat(300) } }]);
  await allReject(pax.subarray(0, 1024), 'unexpected end of archive at the start of the archive: metadata header without its entry');
  await allReject(pax.subarray(0, 700), 'unexpected end of archive in metadata header at the start of the archive');
});

test('non-tar input', async () => {
  await allReject(new TextEncoder().encode('{"this": "is json, not a tar"}\n'.repeat(40)), 'not a tar archive: bad header checksum');
  await allReject(new TextEncoder().encode('short'), 'not a tar archive: shorter than one header');
  await rejects(scanner.scanStream(stream(new Uint8Array(0)), HASH), 'not a tar archive: empty');
  await rejects(scanner.scanSeekable(ra(new Uint8Array(0)), NOHASH), 'not a tar archive: empty');
  await rejects(scanner.scanStream(stream(new Uint8Array(600).fill(0xaa)), HASH), 'not a tar archive: bad header checksum');
});

test('a corrupt header later in the archive', async () => {
  const tar = tarEntries([{ name: 'a', body: 'abc' }, { name: 'b', body: 'def' }]);
  tar[1024 + 10] = tar[1024 + 10]! ^ 0xff;
  await allReject(tar, 'corrupt archive: bad header checksum at offset 1024 after entry a');
});

test('absurd sizes', async () => {
  // GNU base-256 size above 2^53
  const huge = tarEntries([{ name: 'a', body: '' }], { format: 'gnu' });
  huge.set([0x80, 0, 0, 0, 0, 0x20, 0, 0, 0, 0, 0, 0], 124);
  fixChecksum(huge);
  await allReject(huge, 'absurd size (more than 2^53) in entry a at offset 0');
  // negative base-256 size
  const neg = tarEntries([{ name: 'n', body: '' }], { format: 'gnu' });
  neg.set(new Array(12).fill(0xff), 124);
  fixChecksum(neg);
  await allReject(neg, 'negative size in entry n at offset 0');
  // garbage in the octal size field
  const garbage = tarEntries([{ name: 'g', body: '' }]);
  garbage.set(new TextEncoder().encode('12x45678901\0'), 124);
  fixChecksum(garbage);
  await allReject(garbage, 'invalid size field in entry g at offset 0');
  // pax size garbage, and pax sizes beyond 2^53
  await allReject(tarEntries([{ name: 'p', body: '', pax: { size: 'lots' } }]), "invalid pax size 'lots' in metadata header at offset 0 at the start of the archive");
  await allReject(tarEntries([{ name: 'q', body: '', pax: { size: '9999999999999999' } }]), 'absurd pax size (more than 2^53) in metadata header at offset 0 at the start of the archive');
  // a huge (but valid) size is simply a truncated archive
  await allReject(tarEntries([{ name: 'r', body: 'x', size: 2 ** 40 }]), 'unexpected end of archive in entry r');
  // a metadata header that claims gigabytes
  const bigMeta = tarEntries([{ name: 's', body: 'x', pax: { a: 'b' } }]);
  bigMeta.set(new TextEncoder().encode('77777777777\0'), 124);
  fixChecksum(bigMeta);
  await allReject(bigMeta, 'absurd metadata header size (8589934591 bytes) at offset 0 at the start of the archive');
});

function fixChecksum(b: Uint8Array, at = 0): void {
  b.fill(0x20, at + 148, at + 156);
  let sum = 0;
  for (let i = at; i < at + 512; i++) sum += b[i]!;
  b.set(new TextEncoder().encode(sum.toString(8).padStart(6, '0') + '\0 '), at + 148);
}

test('errors of the source pass through unchanged, plain and compressed', async () => {
  const tar = mixedArchive();
  for (const blob of [tar, gzip(tar)]) {
    const boom = new Error('disk on fire');
    async function* failing(): AsyncGenerator<Uint8Array> {
      yield blob.subarray(0, 4096);
      throw boom;
    }
    await assert.rejects(scanner.scanStream(failing(), HASH), (e: unknown) => e === boom);
  }
});

test('the source is returned when parsing fails early, plain and compressed', async () => {
  let returned = false;
  async function* src(): AsyncGenerator<Uint8Array> {
    try {
      yield new Uint8Array(600).fill(0x41);
      yield new Uint8Array(600);
    } finally {
      returned = true;
    }
  }
  await rejects(scanner.scanStream(src(), HASH), 'not a tar archive: bad header checksum');
  assert.ok(returned);
  // a gzip blob whose tar is garbage: the parser fails while the source still has chunks to give
  const blob = gzip(new Uint8Array(4 << 20).fill(0x41));
  let gzReturned = false;
  async function* gzSrc(): AsyncGenerator<Uint8Array> {
    try {
      for (let i = 0; i < blob.length; i += 64) yield blob.subarray(i, i + 64);
    } finally {
      gzReturned = true;
    }
  }
  await rejects(scanner.scanStream(gzSrc(), HASH), 'not a tar archive: bad header checksum');
  for (let i = 0; i < 100 && !gzReturned; i++) await new Promise((r) => setTimeout(r, 10));
  assert.ok(gzReturned);
});

test('empty chunks are harmless', async () => {
  const tar = tarEntries([{ name: 'a', body: 'abc' }]);
  async function* src(): AsyncGenerator<Uint8Array> {
    yield new Uint8Array(0);
    yield tar.subarray(0, 3);
    yield new Uint8Array(0);
    yield tar.subarray(3);
  }
  assert.deepEqual(brief((await scanner.scanStream(src(), HASH)).events), ['file /a 3']);
});

test('every scan result is a LayerScan with the documented counters', async () => {
  const tar = tarEntries(sample);
  const s: LayerScan = await scanner.scanStream(stream(tar), NOHASH);
  assert.deepEqual(Object.keys(s).sort(), ['blobBytes', 'compression', 'events', 'tarBytes']);
});

test('a source may reuse its buffer: each chunk is done with before the next is requested', async () => {
  const tar = mixedArchive({ huge: false });
  /** yields views of ONE buffer, scribbling over it after every yield */
  async function* reusing(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
    const buf = new Uint8Array(size);
    for (let off = 0; off < bytes.length; off += size) {
      const n = Math.min(size, bytes.length - off);
      buf.set(bytes.subarray(off, off + n));
      yield buf.subarray(0, n);
      buf.fill(0xee);
    }
  }
  const opts: ScanOptions = { hash: true, verify: true, capture: (p) => (p.startsWith('/d2/') ? 64 : 0) };
  for (const blob of [tar, gzip(tar), zstd(tar)]) {
    const want = await scanner.scanStream(stream(blob, 1 << 20), opts);
    for (const size of [500, 8192, 1 << 16]) assert.deepEqual(await scanner.scanStream(reusing(blob, size), opts), want, `${want.compression} ${size}`);
  }
});

test('a RandomAccess may reuse its buffer: each read is done with before the next', async () => {
  const tar = mixedArchive({ huge: true });
  const want = await scanner.scanSeekable(ra(tar), { hash: false, verify: false, capture: (p) => (p.startsWith('/d3/') ? 50 : 0) });
  for (const win of [1024, 64 * 1024]) {
    const buf = new Uint8Array(4 << 20);
    const reusing: RandomAccess = {
      sizeBytes: tar.length,
      read: async (offset, length) => {
        buf.fill(0xee);
        const n = Math.min(length, tar.length - offset);
        buf.set(tar.subarray(offset, offset + n));
        return buf.subarray(0, n);
      },
    };
    const sink = new EventSink({ capture: (p) => (p.startsWith('/d3/') ? 50 : 0) });
    await seekTar((o, l) => reusing.read(o, l), reusing.sizeBytes, sink, { windowBytes: win });
    assert.deepEqual(sink.events.toArray(), want.events.toArray(), `window ${win}`);
  }
});

test('fuzz: mutated and truncated archives either scan or fail with an InputError, never hang', async () => {
  const base = tarEntries([
    { name: './etc/', type: 'dir' },
    { name: './etc/passwd', body: 'root:x:0:0\n' },
    { name: 'usr/share/' + 'long/'.repeat(30) + 'name.txt', body: 'pax named' },
    { name: 'gnu-free', body: new Uint8Array(1500).fill(3), uid: 3_000_000 },
    { name: 'a/.wh..wh..opq' },
    { name: 'a/.wh.b' },
    { name: 'l', type: 'symlink', linkname: 'x'.repeat(150) },
  ]);
  let seed = 12345;
  const rand = (n: number): number => {
    seed = (seed * 1103515245 + 12345) >>> 0;
    return seed % n;
  };
  let ok = 0;
  let failed = 0;
  for (let i = 0; i < 300; i++) {
    const bytes = base.slice(0, rand(4) === 0 ? rand(base.length) : base.length);
    for (let k = 0, n = 1 + rand(8); k < n && bytes.length > 0; k++) bytes[rand(bytes.length)] = rand(256);
    for (const run of [
      () => scanner.scanStream(stream(bytes, 1 + rand(700)), { hash: true, verify: true, capture: () => 16 }),
      () => scanner.scanSeekable(ra(bytes), NOHASH),
    ]) {
      try {
        await run();
        ok++;
      } catch (err) {
        assert.ok(err instanceof InputError, `iteration ${i}: ${String(err)}`);
        failed++;
      }
    }
  }
  assert.ok(ok > 0 && failed > 0, `ok ${ok}, failed ${failed}`);
  // mutated compressed blobs: corrupt data is an InputError too
  for (const [i, blob] of [gzip(base), zstd(base)].entries()) {
    for (let j = 0; j < 60; j++) {
      const bytes = blob.slice(0, rand(3) === 0 ? rand(blob.length) : blob.length);
      for (let k = 0, n = 1 + rand(4); k < n && bytes.length > 4; k++) bytes[4 + rand(bytes.length - 4)] = rand(256);
      try {
        await scanner.scanStream(stream(bytes, 1 + rand(300)), { hash: true, verify: true });
      } catch (err) {
        assert.ok(err instanceof InputError, `${i === 0 ? 'gzip' : 'zstd'} ${j}: ${String(err)}`);
      }
    }
  }
});
