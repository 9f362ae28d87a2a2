import { test } from 'node:test';
import assert from 'node:assert/strict';
import { InputError } from '../../src/errors.ts';
import { decompress, sniffCompression } from '../../src/layer/compression.ts';
import { createLayerScanner } from '../../src/layer/scan.ts';
import { chunked, gzip, tarEntries, zstd } from '../helpers/tar-writer.ts';

const scanner = createLayerScanner();
const enc = new TextEncoder();

/** A compressible tar, so that corrupting the compressed bytes corrupts the compressed structure. */
function textTar(): Uint8Array {
  return tarEntries([
    { name: 'etc/os-release', body: 'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\n'.repeat(2000) },
    { name: 'etc/hostname', body: 'box\n' },
  ]);
}

test('sniffCompression: supported magics, plain tar, short input', () => {
  const table: Array<[number[], string]> = [
    [[0x1f, 0x8b, 0x08, 0, 0, 0], 'gzip'],
    [[0x28, 0xb5, 0x2f, 0xfd, 0x24, 0], 'zstd'],
    [[0x2e, 0x2f, 0, 0, 0, 0], 'none'], // "./"
    [[0x65, 0x74, 0x63, 0x2f, 0, 0], 'none'], // "etc/"
    [[], 'none'],
    [[0x1f], 'none'],
    [[0x28, 0xb5, 0x2f], 'none'],
  ];
  for (const [bytes, want] of table) assert.equal(sniffCompression(new Uint8Array(bytes)), want, JSON.stringify(bytes));
});

test('sniffCompression: known but unsupported formats give a clear error', () => {
  const table: Array<[number[], string]> = [
    [[0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], 'unsupported compression xz'],
    [[0x42, 0x5a, 0x68, 0x39, 0x31, 0x41], 'unsupported compression bzip2'],
    [[0x04, 0x22, 0x4d, 0x18, 0x64, 0x40], 'unsupported compression lz4'],
    [[0x4c, 0x5a, 0x49, 0x50, 0x01, 0x0c], 'unsupported compression lzip'],
    [[0x1f, 0x9d, 0x90, 0x2e, 0x00, 0x00], 'unsupported compression compress (.Z)'],
    [[0x5d, 0x00, 0x00, 0x80, 0x00, 0xff], 'unsupported compression lzma'],
    [[0x50, 0x4b, 0x03, 0x04, 0x14, 0x00], 'unsupported archive format zip'],
    [[0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], 'unsupported archive format 7z'],
  ];
  for (const [bytes, want] of table) {
    assert.throws(() => sniffCompression(new Uint8Array(bytes)), (e: unknown) => e instanceof InputError && e.message === want, want);
  }
});

test('scanStream rejects unsupported compression by magic, whatever the chunking', async () => {
  const xz = new Uint8Array([0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00, 1, 2, 3, 4]);
  for (const size of [1, 3, 1024]) {
    await assert.rejects(scanner.scanStream(chunked(xz, size), { hash: true, verify: false }), { name: 'InputError', message: 'unsupported compression xz' });
  }
  await assert.rejects(scanner.scanStream(chunked(enc.encode('BZh91AY&SY' + 'x'.repeat(600)), 2), { hash: false, verify: false }), {
    message: 'unsupported compression bzip2',
  });
});

test('decompress round-trips gzip and zstd at any chunking', async () => {
  const tar = textTar();
  for (const [kind, blob] of [['gzip', gzip(tar)], ['zstd', zstd(tar)]] as const) {
    for (const size of [1, 100, 1 << 20]) {
      const parts: Uint8Array[] = [];
      for await (const c of decompress(kind, chunked(blob, size))) parts.push(c);
      assert.deepEqual(Buffer.concat(parts), Buffer.from(tar), `${kind} ${size}`);
    }
  }
});

async function rejectsWith(blob: Uint8Array, message: string): Promise<void> {
  for (const size of [7, 4096, 1 << 20]) {
    await assert.rejects(scanner.scanStream(chunked(blob, size), { hash: true, verify: true }), (e: unknown) => {
      assert.ok(e instanceof InputError, String(e));
      assert.equal(e.message, message);
      return true;
    });
  }
}

test('corrupt and truncated gzip give a clear error', async () => {
  const gz = gzip(textTar());
  await rejectsWith(gz.subarray(0, gz.length >> 1), 'corrupt gzip stream: unexpected end of file');
  await rejectsWith(gz.subarray(0, gz.length - 4), 'corrupt gzip stream: unexpected end of file');
  await rejectsWith(new Uint8Array([0x1f, 0x8b]), 'corrupt gzip stream: unexpected end of file');
  const badMethod = gz.slice();
  badMethod[2] = 9;
  await rejectsWith(badMethod, 'corrupt gzip stream: unknown compression method');
  const badCrc = gz.slice();
  badCrc[badCrc.length - 6] = badCrc[badCrc.length - 6]! ^ 0xff;
  await rejectsWith(badCrc, 'corrupt gzip stream: incorrect data check');
  const badBlock = gz.slice();
  badBlock.fill(0xff, 20, 40);
  await assert.rejects(scanner.scanStream(chunked(badBlock, 4096), { hash: true, verify: false }), /^InputError: corrupt gzip stream: /);
  // garbage after the gzip member is an error, as for gzip(1); trailing zeros are tolerated, as node:zlib does
  await rejectsWith(new Uint8Array([...gz, 1, 2, 3]), 'corrupt gzip stream: incorrect header check');
  const zeros = await scanner.scanStream(chunked(new Uint8Array([...gz, 0, 0, 0, 0]), 4096), { hash: true, verify: false });
  assert.equal(zeros.events.length, 2);
});

test('corrupt and truncated zstd give a clear error', async () => {
  const zs = zstd(textTar());
  await rejectsWith(zs.subarray(0, zs.length >> 1), 'corrupt zstd stream: unexpected end of file');
  const bad = zs.slice();
  bad.fill(0xff, 6, 30);
  await assert.rejects(scanner.scanStream(chunked(bad, 4096), { hash: true, verify: false }), (e: unknown) => e instanceof InputError && e.message.startsWith('corrupt zstd stream: '));
});

test('stopping early destroys the decompressor and returns the source', async () => {
  let returned = false;
  const gz = gzip(textTar());
  async function* src(): AsyncGenerator<Uint8Array> {
    try {
      for (let i = 0; i < gz.length; i += 100) yield gz.subarray(i, i + 100);
    } finally {
      returned = true;
    }
  }
  for await (const c of decompress('gzip', src())) {
    assert.ok(c.length > 0);
    break;
  }
  for (let i = 0; i < 100 && !returned; i++) await new Promise((r) => setTimeout(r, 10));
  assert.ok(returned);
});
