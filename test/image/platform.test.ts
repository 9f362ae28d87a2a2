import { test } from 'node:test';
import assert from 'node:assert/strict';
import { InputError } from '../../src/errors.ts';
import { formatPlatform, normalizePlatform, parsePlatform, platformMatches, selectPlatform } from '../../src/image/platform.ts';

test('parse and format os/arch[/variant]', () => {
  assert.deepEqual(parsePlatform('linux/amd64'), { os: 'linux', architecture: 'amd64' });
  assert.deepEqual(parsePlatform('linux/arm64/v8'), { os: 'linux', architecture: 'arm64', variant: 'v8' });
  assert.deepEqual(parsePlatform(' Linux/ARM/v7 '), { os: 'linux', architecture: 'arm', variant: 'v7' });
  assert.equal(formatPlatform({ os: 'linux', architecture: 'arm', variant: 'v7' }), 'linux/arm/v7');
  assert.equal(formatPlatform({ os: 'windows', architecture: 'amd64' }), 'windows/amd64');
  for (const bad of ['linux', 'linux/', '/amd64', 'a/b/c/d', 'linux/am d64']) {
    assert.throws(() => parsePlatform(bad), (e: unknown) => e instanceof InputError && e.message === `invalid platform ${JSON.stringify(bad)}`);
  }
});

test('normalization: aliases and the arm64 default variant', () => {
  assert.deepEqual(normalizePlatform({ os: 'linux', architecture: 'x86_64' }), { os: 'linux', architecture: 'amd64' });
  assert.deepEqual(normalizePlatform({ os: 'linux', architecture: 'aarch64' }), { os: 'linux', architecture: 'arm64', variant: 'v8' });
  const table: Array<[string, string, boolean]> = [
    ['linux/amd64', 'linux/amd64', true],
    ['linux/x86_64', 'linux/amd64', true],
    ['linux/aarch64', 'linux/arm64', true],
    ['linux/arm64', 'linux/arm64/v8', true],
    ['linux/arm64/v8', 'linux/arm64', true],
    ['linux/arm64/v8', 'linux/aarch64', true],
    ['linux/arm64/v9', 'linux/arm64', false],
    ['linux/arm', 'linux/arm/v7', true],
    ['linux/arm/v6', 'linux/arm/v7', false],
    ['linux/amd64', 'windows/amd64', false],
    ['linux/amd64', 'linux/arm64', false],
  ];
  for (const [want, have, ok] of table) assert.equal(platformMatches(parsePlatform(want), parsePlatform(have)), ok, `${want} vs ${have}`);
});

test('selection: wanted, single, linux/amd64 default, errors listing platforms', () => {
  const e = (p?: string) => ({ platform: p === undefined ? undefined : parsePlatform(p), id: p ?? 'none' });
  const list = [e('linux/arm64/v8'), e('linux/amd64'), e('linux/arm/v7')];
  assert.equal(selectPlatform(list, undefined, 'idx').id, 'linux/amd64');
  assert.equal(selectPlatform(list, parsePlatform('linux/aarch64'), 'idx').id, 'linux/arm64/v8');
  assert.equal(selectPlatform(list, parsePlatform('linux/arm'), 'idx').id, 'linux/arm/v7');
  assert.equal(selectPlatform([e('linux/s390x')], undefined, 'idx').id, 'linux/s390x');
  assert.equal(selectPlatform([e()], parsePlatform('linux/amd64'), 'idx').id, 'none');
  assert.throws(
    () => selectPlatform(list, parsePlatform('windows/amd64'), 'index of x'),
    (err: unknown) =>
      err instanceof InputError &&
      err.message === 'no image for platform windows/amd64 in index of x; available: linux/arm64/v8, linux/amd64, linux/arm/v7' &&
      err.hint === 'pass one of the available platforms with --platform',
  );
  assert.throws(
    () => selectPlatform([e('linux/arm64'), e('linux/ppc64le')], undefined, 'idx'),
    (err: unknown) => err instanceof InputError && err.message === 'idx holds several images and none is linux/amd64; available: linux/arm64, linux/ppc64le',
  );
  assert.throws(() => selectPlatform([], undefined, 'idx'), (err: unknown) => err instanceof InputError && err.message === 'idx lists no images');
});
