import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  HeaderError,
  TYPE,
  decodeHeader,
  parseGnuLongName,
  parseNumeric,
  parsePax,
} from '../../src/tar/headers.ts';
import { paxRecord, tarHeaderBlocks } from '../helpers/tar-writer.ts';
import type { TarEntrySpec, TarOptions } from '../helpers/tar-writer.ts';

const enc = new TextEncoder();

/** The entry's own header block (the last block tarHeaderBlocks returns). */
function headerOf(e: TarEntrySpec, opts: TarOptions = {}): Uint8Array {
  const blocks = tarHeaderBlocks(e, opts);
  return blocks[blocks.length - 1]!;
}

/** Rewrites the checksum of a header after a test changed bytes. */
function fixChecksum(b: Uint8Array, signed = false): Uint8Array {
  b.fill(0x20, 148, 156);
  let sum = 0;
  for (const x of b) sum += signed && x > 127 ? x - 256 : x;
  const s = sum.toString(8).padStart(6, '0') + '\0 ';
  b.set(enc.encode(s), 148);
  return b;
}

test('decodeHeader reads every flavour', () => {
  const entry: TarEntrySpec = { name: 'etc/passwd', body: 'root', mode: 0o640, uid: 1000, gid: 50, mtime: 1234567890 };
  const table: Array<[TarOptions['format'], string]> = [
    ['ustar', 'ustar'],
    ['pax', 'ustar'],
    ['gnu', 'gnu'],
    ['v7', 'v7'],
  ];
  for (const [format, want] of table) {
    const h = decodeHeader(headerOf(entry, { format }), 0);
    assert.ok(h, String(format));
    assert.deepEqual(h, {
      name: 'etc/passwd',
      mode: 0o640,
      uid: 1000,
      gid: 50,
      sizeBytes: 4,
      mtimeSec: 1234567890,
      typeflag: TYPE.file,
      linkname: '',
      format: want,
    });
  }
});

test('decodeHeader: typeflags, link names and the ustar prefix', () => {
  const sym = decodeHeader(headerOf({ name: 'a/link', type: 'symlink', linkname: '../target' }), 0)!;
  assert.equal(sym.typeflag, TYPE.symlink);
  assert.equal(sym.linkname, '../target');
  const hard = decodeHeader(headerOf({ name: 'a/hard', type: 'hardlink', linkname: './a/file' }), 0)!;
  assert.equal(hard.typeflag, TYPE.hardlink);
  assert.equal(hard.linkname, './a/file');
  assert.equal(decodeHeader(headerOf({ name: 'd/', type: 'dir' }), 0)!.typeflag, TYPE.dir);
  assert.equal(decodeHeader(headerOf({ name: 'c', type: 'char' }), 0)!.typeflag, TYPE.char);
  assert.equal(decodeHeader(headerOf({ name: 'f', type: 'fifo' }), 0)!.typeflag, TYPE.fifo);
  const long = 'dir/'.repeat(30) + 'file.txt';
  assert.equal(decodeHeader(headerOf({ name: long }, { format: 'ustar' }), 0)!.name, long);
  // GNU headers have no prefix field: bytes there (atime etc.) must not be read as a prefix
  const gnu = headerOf({ name: 'x' }, { format: 'gnu' });
  gnu.set(enc.encode('garbage'), 345);
  assert.equal(decodeHeader(fixChecksum(gnu), 0)!.name, 'x');
  // a header at an offset inside a bigger buffer
  const big = new Uint8Array(2048);
  big.set(headerOf({ name: 'inside', body: 'abc' }), 1024);
  assert.equal(decodeHeader(big, 1024)!.name, 'inside');
});

test('decodeHeader: utf-8 names', () => {
  const name = 'ünïcode/ファイル.txt';
  assert.equal(decodeHeader(headerOf({ name }, { format: 'ustar' }), 0)!.name, name);
});

test('decodeHeader: zero block is null', () => {
  assert.equal(decodeHeader(new Uint8Array(512), 0), null);
});

test('decodeHeader: checksums, unsigned and signed', () => {
  const h = headerOf({ name: 'x' }, { format: 'ustar' });
  h[0] = 0xe9; // a latin-1 byte in the name makes the signed and unsigned sums differ
  assert.ok(decodeHeader(fixChecksum(h.slice()), 0));
  assert.ok(decodeHeader(fixChecksum(h.slice(), true), 0));
  const bad = headerOf({ name: 'x' });
  bad[0] = 0x79;
  assert.throws(() => decodeHeader(bad, 0), (e: unknown) => e instanceof HeaderError && e.reason === 'checksum');
  const text = enc.encode('hello world, this is not a tar file\n'.repeat(20)).subarray(0, 512);
  assert.throws(() => decodeHeader(text, 0), /bad header checksum/);
});

test('parseNumeric: octal, spaces, NULs, base-256, absurd values', () => {
  const field = (s: string | number[]): Uint8Array => {
    const b = new Uint8Array(12);
    if (typeof s === 'string') b.set(enc.encode(s));
    else b.set(s);
    return b;
  };
  const ok: Array<[string | number[], number]> = [
    ['00000001750\0', 1000],
    ['     1750 \0', 1000],
    ['1750', 1000],
    ['\0', 0],
    ['', 0],
    ['77777777777\0', 8589934591],
    [[0x80, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1], 1],
    [[0x80, 0, 0, 0, 0, 0, 0, 0x01, 0, 0, 0, 0], 2 ** 32],
    [[0x80, 0, 0, 0, 0, 0x1f, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff], Number.MAX_SAFE_INTEGER],
  ];
  for (const [input, want] of ok) assert.equal(parseNumeric(field(input), 0, 12, 'size'), want, JSON.stringify(input));
  const bad: Array<[string | number[], RegExp]> = [
    ['12a4\0', /invalid size field/],
    ['1750 9\0', /invalid size field/],
    [[0x80, 0, 0, 0, 0, 0x20, 0, 0, 0, 0, 0, 0], /absurd size \(more than 2\^53\)/],
    [[0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xfe], /negative size/],
  ];
  for (const [input, want] of bad) assert.throws(() => parseNumeric(field(input), 0, 12, 'size'), want, JSON.stringify(input));
  // a negative base-256 mtime (before 1970) is fine
  assert.equal(parseNumeric(field([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xfe]), 0, 12, 'mtime'), -2);
});

test('decodeHeader: GNU base-256 numbers', () => {
  const h = decodeHeader(headerOf({ name: 'big', uid: 3_000_000, size: 2 ** 34 }, { format: 'gnu' }), 0)!;
  assert.equal(h.uid, 3_000_000);
  assert.equal(h.sizeBytes, 2 ** 34);
});

test('parsePax: records, utf-8, unknown keys, padding', () => {
  const body = enc.encode(
    paxRecord('path', 'ünïcode/' + 'x'.repeat(200)) +
      paxRecord('linkpath', 'tgt') +
      paxRecord('size', '123456789012') +
      paxRecord('uid', '70000') +
      paxRecord('gid', '0') +
      paxRecord('mtime', '1700000000.123456789') +
      paxRecord('SCHILY.xattr.user.a', 'b=c') +
      paxRecord('GNU.sparse.major', '1') +
      '\0\0\0',
  );
  assert.deepEqual(parsePax(body), {
    path: 'ünïcode/' + 'x'.repeat(200),
    linkpath: 'tgt',
    sizeBytes: 123456789012,
    uid: 70000,
    gid: 0,
    mtimeSec: 1700000000,
  });
  assert.deepEqual(parsePax(new Uint8Array(0)), {});
  // a record whose length field is right at a digit boundary (the writer computes it)
  for (let n = 90; n < 110; n++) assert.equal(parsePax(enc.encode(paxRecord('path', 'p'.repeat(n)))).path, 'p'.repeat(n));
});

test('parsePax: malformed records and bad numbers', () => {
  const table: Array<[string, RegExp]> = [
    ['abc path=x\n', /malformed pax record/],
    ['99 path=x\n', /malformed pax record/],
    ['11 path=x\n', /malformed pax record/], // length one too long
    ['10 path=xy\n', /malformed pax record/], // length one too short
    ['10 path=xy', /malformed pax record/],
    ['7 =abc\n', /malformed pax record/],
    [paxRecord('size', 'abc'), /invalid pax size 'abc'/],
    [paxRecord('size', '-5'), /invalid pax size '-5'/],
    [paxRecord('size', ''), /invalid pax size ''/],
    [paxRecord('size', '1e9'), /invalid pax size '1e9'/],
    [paxRecord('size', '9007199254740993'), /absurd pax size/],
    [paxRecord('size', '99999999999999999999'), /invalid pax size/],
    [paxRecord('uid', 'root'), /invalid pax uid 'root'/],
    [paxRecord('mtime', 'yesterday'), /invalid pax mtime 'yesterday'/],
  ];
  for (const [input, want] of table) assert.throws(() => parsePax(enc.encode(input)), want, JSON.stringify(input));
});

test('parseGnuLongName', () => {
  assert.equal(parseGnuLongName(enc.encode('a/very/long/name\0\0\0')), 'a/very/long/name');
  assert.equal(parseGnuLongName(enc.encode('no-nul')), 'no-nul');
});
