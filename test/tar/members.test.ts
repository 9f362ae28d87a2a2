/**
 * The member index (outer archives) runs on the one walker: the seeking index and the single pass see the same
 * members, and both follow the layer scanner's end-of-archive rule, entry types and error messages.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { InputError } from '../../src/errors.ts';
import { ByteReader } from '../../src/tar/byte-reader.ts';
import { indexMembers, resolveMember, walkMembers } from '../../src/tar/members.ts';
import type { TarMember } from '../../src/tar/members.ts';
import { createLayerScanner } from '../../src/layer/scan.ts';
import { tarEntries } from '../helpers/tar-writer.ts';

const syncRead = (bytes: Uint8Array) => (offset: number, length: number): Uint8Array => bytes.subarray(offset, offset + length);

async function* chunks(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

/** The members of a tar by the single pass (reading every body) at a given chunk size. */
async function passMembers(bytes: Uint8Array, size = 1000): Promise<Array<TarMember & { body: string }>> {
  const out: Array<TarMember & { body: string }> = [];
  await walkMembers(new ByteReader(chunks(bytes, size)), async (m, body) => {
    const parts: Uint8Array[] = [];
    for await (const c of body) parts.push(c.slice());
    out.push({ ...m, body: Buffer.concat(parts).toString() });
  });
  return out;
}

const sample = tarEntries([
  { name: './', type: 'dir' },
  { name: './manifest.json', body: '[{"Config":"c.json"}]' },
  { name: 'blobs/sha256/' + 'a'.repeat(64), body: 'layer bytes' },
  { name: 'layer.tar', type: 'symlink', linkname: '../blobs/sha256/' + 'a'.repeat(64) },
  { name: './x/../hard', type: 'hardlink', linkname: './layer.tar' },
  { name: 'long/' + 'n'.repeat(200) + '/VERSION', body: '1.0' },
  { name: 'fifo', type: 'fifo' },
]);

test('the seeking index and the single pass see the same members', async () => {
  const idx = indexMembers(syncRead(sample), sample.length);
  assert.deepEqual(
    idx.map((m) => `${m.type} ${m.name} ${m.sizeBytes}${m.linkName ? ' -> ' + m.linkName : ''}`),
    [
      'dir  0',
      'file manifest.json 21',
      `file blobs/sha256/${'a'.repeat(64)} 11`,
      `symlink layer.tar 0 -> ../blobs/sha256/${'a'.repeat(64)}`,
      'hardlink hard 0 -> layer.tar',
      `file long/${'n'.repeat(200)}/VERSION 3`,
      'other fifo 0',
    ],
  );
  for (const size of [1, 511, 512, 4096]) {
    const pass = await passMembers(sample, size);
    assert.deepEqual(pass.map(({ body: _, ...m }) => m), idx, `chunk ${size}`);
    assert.equal(pass[1]!.body, '[{"Config":"c.json"}]');
  }
  // bodies sit at the offsets the index gives
  for (const m of idx.filter((x) => x.type === 'file')) assert.equal(Buffer.from(sample.subarray(m.offset, m.offset + 3)).toString(), m.name === 'manifest.json' ? '[{"' : m.name.endsWith('VERSION') ? '1.0' : 'lay');
  // links resolve (symlink relative to its own directory, hardlink archive-relative; `..` stays inside)
  const byName = new Map(idx.map((m) => [m.name, m]));
  assert.equal(resolveMember(byName, 'hard', 'x')?.name, 'blobs/sha256/' + 'a'.repeat(64));
  assert.equal(resolveMember(byName, 'fifo', 'x'), null);
  const loop = new Map<string, TarMember>([
    ['a', { name: 'a', type: 'symlink', linkName: 'b', sizeBytes: 0, offset: 0 }],
    ['b', { name: 'b', type: 'symlink', linkName: 'a', sizeBytes: 0, offset: 0 }],
  ]);
  assert.throws(() => resolveMember(loop, 'a', 'here'), (e: unknown) => e instanceof InputError && e.message === 'here: too many levels of links at a' && e.hint !== undefined);
});

/** Every reader of this module on the same bytes: the member index (seek and pass) and the layer scanner. */
async function allOutcomes(bytes: Uint8Array): Promise<string[]> {
  const scanner = createLayerScanner();
  const ra = { sizeBytes: bytes.length, read: async (o: number, l: number) => bytes.subarray(o, o + l) };
  const runs: Array<() => Promise<string>> = [
    async () => indexMembers(syncRead(bytes), bytes.length).map((m) => m.name).join(','),
    async () => (await passMembers(bytes, 700)).map((m) => m.name).join(','),
    async () => (await scanner.scanStream(chunks(bytes, 700), { hash: true, verify: false })).events.toArray().map((e) => e.path.slice(1)).join(','),
    async () => (await scanner.scanSeekable(ra, { hash: false, verify: false })).events.toArray().map((e) => e.path.slice(1)).join(','),
  ];
  const out: string[] = [];
  for (const run of runs) {
    try {
      out.push(await run());
    } catch (e) {
      assert.ok(e instanceof InputError, String(e));
      assert.ok(e.hint !== undefined && e.hint.length > 0, `no hint: ${e.message}`);
      out.push(`error: ${e.message}`);
    }
  }
  return out;
}

test('one end-of-archive rule and one set of messages for outer archives and layers', async () => {
  const a = tarEntries([{ name: 'a', body: 'abc' }], { end: false });
  const b = tarEntries([{ name: 'b', body: 'x'.repeat(600) }]);
  const zero = new Uint8Array(512);
  const cases: Array<[string, Uint8Array, string]> = [
    ['complete', b, 'b'],
    ['no end marker', a, 'a'],
    ['a lone zero block between entries', new Uint8Array([...a, ...zero, ...b]), 'a,b'],
    ['garbage after one zero block', new Uint8Array([...a, ...zero, ...new Uint8Array(512).fill(0x41)]), 'a'],
    ['trailing garbage after the marker', new Uint8Array([...b, ...new Uint8Array(100).fill(7)]), 'b'],
    ['cut inside a body', b.subarray(0, 512 + 300), 'error: unexpected end of archive in entry b'],
    ['cut inside the padding', b.subarray(0, 512 + 700), 'error: unexpected end of archive in entry b'],
    ['cut inside a header', new Uint8Array([...a, ...b.subarray(0, 100)]), 'error: unexpected end of archive in a header after entry a'],
    ['corrupt header', new Uint8Array([...a, ...new Uint8Array(512).fill(0x41)]), 'error: corrupt archive: bad header checksum at offset 1024 after entry a'],
    ['not a tar', new Uint8Array(600).fill(0x41), 'error: not a tar archive: bad header checksum'],
    ['empty', new Uint8Array(0), 'error: not a tar archive: empty'],
  ];
  for (const [what, bytes, want] of cases) assert.deepEqual(await allOutcomes(bytes), [want, want, want, want], what);
});
