import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { deflateRawSync } from 'node:zlib';
import { listZip, readZipEntry } from '../../src/github/unzip.ts';
import { writeZip } from './zip-writer.ts';

const text = (b: Uint8Array | null) => (b ? Buffer.from(b).toString('utf8') : null);

describe('readZipEntry', () => {
  const cases: Array<[string, Parameters<typeof writeZip>[1]]> = [
    ['deflated', {}],
    ['stored', { store: true }],
    ['streamed (data descriptors)', { dataDescriptor: true }],
  ];
  for (const [name, opts] of cases) {
    it(`reads an entry: ${name}`, () => {
      const zip = writeZip({ 'a.txt': 'hello', 'report.json': '{"x":1}' }, opts);
      assert.equal(text(readZipEntry(zip, 'report.json')), '{"x":1}');
      assert.equal(readZipEntry(zip, 'missing.json'), null);
      assert.deepEqual(listZip(zip).map((e) => e.name), ['a.txt', 'report.json']);
    });
  }

  for (const bad of ['../report.json', '/etc/passwd', 'a/../../b', 'C:/x', 'a\\b']) {
    it(`rejects the unsafe name ${JSON.stringify(bad)}`, () => {
      assert.throws(() => readZipEntry(writeZip({ [bad]: 'x' }), 'report.json'), /unsafe/);
    });
  }

  it('rejects an entry over the size cap before inflating it', () => {
    const zip = writeZip({ 'report.json': 'x'.repeat(10_000) });
    assert.throws(() => readZipEntry(zip, 'report.json', { maxEntryBytes: 1000 }), /10000 bytes \(limit 1000\)/);
  });

  it('stops a zip bomb that lies about its size', () => {
    const zip = Buffer.from(writeZip({ 'report.json': 'x'.repeat(1_000_000) }));
    // forge the central directory's uncompressed size down to 100 bytes
    const cd = zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    zip.writeUInt32LE(100, cd + 24);
    assert.throws(() => readZipEntry(zip, 'report.json'), /inflating failed \(limit 100 bytes\)/);
    assert.ok(deflateRawSync('x'.repeat(1_000_000)).length < 2000, 'the bomb is small');
  });

  it('detects corruption (crc) and non-zips', () => {
    const zip = Buffer.from(writeZip({ 'report.json': 'hello world' }, { store: true }));
    zip[zip.indexOf('hello')] = 0x48;
    assert.throws(() => readZipEntry(zip, 'report.json'), /crc mismatch/);
    assert.throws(() => readZipEntry(new TextEncoder().encode('<html>not a zip</html>'), 'report.json'), /not a zip archive/);
  });
});
