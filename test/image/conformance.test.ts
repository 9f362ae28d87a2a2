/**
 * Conformance over the test bed: every export of every bed image, through every reader, agrees with the
 * others and with the bed's oracle (see conformance-check.ts); the two-platform index selects correctly.
 * Skips loudly when the bed is not built (fails under CI=true).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createReadStream } from 'node:fs';
import { InputError } from '../../src/errors.ts';
import { openSource } from '../../src/image/index.ts';
import { formatPlatform, parsePlatform, platformMatches } from '../../src/image/platform.ts';
import { requireBed } from '../helpers/bed.ts';
import { checkImage } from './conformance-check.ts';
import { loadOpts } from './fixtures.ts';

test('every export of every bed image reads identically and matches the oracle', async (t) => {
  const bed = requireBed(t);
  if (bed === null) return;
  for (const image of Object.values(bed.images)) {
    await t.test(image.name, async () => {
      const loads = await checkImage(image);
      assert.equal(loads, 14);
    });
  }
});

test('the two-platform index: default linux/amd64, each platform by --platform, error listing them', async (t) => {
  const bed = requireBed(t);
  if (bed === null) return;
  const { ociDir, ociArchive, platforms } = bed.multiarch;
  assert.ok(platforms.length >= 2);
  const specs: Array<[string, () => NodeJS.ReadableStream | undefined]> = [
    [`oci:${ociDir}`, () => undefined],
    [`oci-archive:${ociArchive}`, () => undefined],
    ['-', () => createReadStream(ociArchive)],
  ];
  for (const [spec, stdin] of specs) {
    const s = stdin();
    const def = await openSource(spec, s ? { stdin: s } : {}).load(loadOpts({ scan: { hash: false, verify: false } }));
    assert.equal(formatPlatform(def.platform), 'linux/amd64', spec);
    const configs = new Set<string>();
    for (const p of platforms) {
      const s2 = stdin();
      const img = await openSource(spec, s2 ? { stdin: s2 } : {}).load(loadOpts({ platform: parsePlatform(p), scan: { hash: false, verify: spec === '-' } }));
      assert.ok(platformMatches(parsePlatform(p), img.platform), `${spec}: asked ${p}, got ${formatPlatform(img.platform)}`);
      configs.add(img.configDigest);
    }
    assert.equal(configs.size, platforms.length, `${spec}: one config per platform`);
    const s3 = stdin();
    await assert.rejects(
      openSource(spec, s3 ? { stdin: s3 } : {}).load(loadOpts({ platform: parsePlatform('linux/s390x') })),
      (e: unknown) => {
        assert.ok(e instanceof InputError);
        assert.match(e.message, /^no image for platform linux\/s390x in .*; available: /);
        for (const p of platforms) assert.ok(e.message.includes(p), `${e.message} lists ${p}`);
        return true;
      },
    );
  }
});
