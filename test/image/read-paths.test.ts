/**
 * Which scanner path each reader takes: seekable for uncompressed blobs on disk without hashing, streamed
 * otherwise, at most 2 layers at a time; the single-pass reader hands layers over as they pass.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createLayerScanner } from '../../src/layer/scan.ts';
import { openSource } from '../../src/image/index.ts';
import type { LayerScanner } from '../../src/image/types.ts';
import type { TarEntrySpec } from '../helpers/tar-writer.ts';
import { chunks, docker25, dockerLegacy, makeImage, ociArchive, ociDir, tempFile, twoLayers } from './fixtures.ts';

interface Spy {
  scanner: LayerScanner;
  calls: Array<'stream' | 'seekable'>;
  maxInFlight: number;
}

function spy(delayMs = 0): Spy {
  const real = createLayerScanner();
  let inFlight = 0;
  const s: Spy = {
    calls: [],
    maxInFlight: 0,
    scanner: {
      async scanStream(body, opts) {
        s.calls.push('stream');
        s.maxInFlight = Math.max(s.maxInFlight, ++inFlight);
        try {
          await new Promise((r) => setTimeout(r, delayMs));
          return await real.scanStream(body, opts);
        } finally {
          inFlight--;
        }
      },
      async scanSeekable(ra, opts) {
        s.calls.push('seekable');
        s.maxInFlight = Math.max(s.maxInFlight, ++inFlight);
        try {
          await new Promise((r) => setTimeout(r, delayMs));
          return await real.scanSeekable(ra, opts);
        } finally {
          inFlight--;
        }
      },
    },
  };
  return s;
}

function fiveLayers(): TarEntrySpec[][] {
  return [0, 1, 2, 3, 4].map((i) => [{ name: `l${i}/f`, body: 'x'.repeat(700 + i) }]);
}

test('files on disk: seekable when uncompressed and hashing/verify off, streamed otherwise; 2 at a time', async () => {
  const plain = makeImage(fiveLayers());
  const gz = makeImage(fiveLayers(), { compress: 'gzip' });
  const cases: Array<[string, boolean, 'stream' | 'seekable']> = [
    [`oci:${ociDir(plain)}`, false, 'seekable'],
    [`oci:${ociDir(plain)}`, true, 'stream'],
    [`oci:${ociDir(gz)}`, false, 'stream'],
    [`docker-archive:${tempFile(dockerLegacy(plain))}`, false, 'seekable'],
    [`docker-archive:${tempFile(dockerLegacy(plain))}`, true, 'stream'],
    [`docker-archive:${tempFile(docker25(gz))}`, false, 'stream'],
    [`oci-archive:${tempFile(ociArchive(plain))}`, false, 'seekable'],
  ];
  for (const [spec, hash, path] of cases) {
    const s = spy(20);
    const img = await openSource(spec).load({ scanner: s.scanner, scan: { hash, verify: false } });
    assert.equal(img.layers.length, 5);
    assert.deepEqual(s.calls, [path, path, path, path, path], spec);
    assert.equal(s.maxInFlight, 2, `${spec}: layers in parallel`);
  }
});

test('the single-pass reader scans each layer as it passes, before manifest.json arrives', async () => {
  const f = makeImage(fiveLayers());
  const bytes = docker25(f);
  let pulled = 0;
  let pulledAtFirstScan = -1;
  async function* source(): AsyncGenerator<Uint8Array> {
    for await (const c of chunks(bytes, 1024)) {
      pulled += c.length;
      yield c;
    }
  }
  const s = spy();
  const real = s.scanner.scanStream.bind(s.scanner);
  s.scanner.scanStream = (body, opts) => {
    if (pulledAtFirstScan < 0) pulledAtFirstScan = pulled;
    return real(body, opts);
  };
  const stdin = source() as unknown as NodeJS.ReadableStream;
  const img = await openSource('-', { stdin }).load({ scanner: s.scanner, scan: { hash: true, verify: false } });
  assert.equal(img.layers.length, 5);
  assert.ok(pulledAtFirstScan > 0 && pulledAtFirstScan < bytes.length / 2, `first scan after ${pulledAtFirstScan} of ${bytes.length} bytes`);
  assert.equal(s.maxInFlight, 1);
  assert.deepEqual(s.calls, ['stream', 'stream', 'stream', 'stream', 'stream']);
  // a legacy archive too, with its layer tars
  const s2 = spy();
  await openSource('-', { stdin: chunks(dockerLegacy(makeImage(twoLayers()))) as unknown as NodeJS.ReadableStream }).load({ scanner: s2.scanner, scan: { hash: false, verify: false } });
  assert.deepEqual(s2.calls, ['stream', 'stream']);
});
