import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanPath, parentPath } from '../../src/fs/paths.ts';

test('cleanPath', () => {
  const table: Array<[string, string]> = [
    ['', '/'],
    ['.', '/'],
    ['./', '/'],
    ['/', '/'],
    ['//', '/'],
    ['..', '/'],
    ['etc/passwd', '/etc/passwd'],
    ['/etc/passwd', '/etc/passwd'],
    ['./etc/passwd', '/etc/passwd'],
    ['etc/', '/etc'],
    ['./etc/', '/etc'],
    ['./a//b/../c', '/a/c'],
    ['../../etc', '/etc'],
    ['/../x/./y/', '/x/y'],
    ['a/b/c/../../d', '/a/d'],
    ['a/..', '/'],
    ['.wh.foo', '/.wh.foo'],
    ['a/.wh..wh..opq', '/a/.wh..wh..opq'],
    ['...', '/...'],
    ['a/.../b', '/a/.../b'],
    ['..a/b..', '/..a/b..'],
    ['a/./b', '/a/b'],
    ['a/.', '/a'],
    ['ünïcode/ファイル', '/ünïcode/ファイル'],
  ];
  for (const [input, want] of table) assert.equal(cleanPath(input), want, JSON.stringify(input));
});

test('parentPath', () => {
  assert.equal(parentPath('/a/b'), '/a');
  assert.equal(parentPath('/a'), '/');
  assert.equal(parentPath('/'), '/');
});
