import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanPath, cleanRelative, parentPath, resolveRelative } from '../../src/tar/paths.ts';

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

test('cleanPath agrees with a reference implementation on generated names', () => {
  const reference = (name: string): string => {
    const out: string[] = [];
    for (const seg of name.split('/')) {
      if (seg === '' || seg === '.') continue;
      if (seg === '..') out.pop();
      else out.push(seg);
    }
    return '/' + out.join('/');
  };
  const parts = ['', '.', '..', '...', 'a', '.a', 'a.', '..b', '.wh.x', '/', '//'];
  let n = 0;
  for (const a of parts) for (const b of parts) for (const c of parts) for (const sep1 of ['/', '//']) for (const sep2 of ['/', '']) {
    const name = a + sep1 + b + sep2 + c;
    assert.equal(cleanPath(name), reference(name), JSON.stringify(name));
    assert.equal(cleanPath('./' + name), reference(name), JSON.stringify('./' + name));
    n++;
  }
  assert.ok(n > 1000);
});

test('cleanRelative and resolveRelative: member names, derived from cleanPath', () => {
  const table: Array<[string, string]> = [
    ['', ''],
    ['./', ''],
    ['./manifest.json', 'manifest.json'],
    ['/abs/x', 'abs/x'],
    ['a//b/../c/', 'a/c'],
    ['../../etc/passwd', 'etc/passwd'],
  ];
  for (const [input, want] of table) {
    assert.equal(cleanRelative(input), want, input);
    assert.equal(cleanRelative(input), cleanPath(input).slice(1), input);
  }
  assert.equal(resolveRelative('a/b/link', '../c'), 'a/c');
  assert.equal(resolveRelative('link', 'target'), 'target');
  assert.equal(resolveRelative('a/link', '/abs'), 'abs');
  assert.equal(resolveRelative('a/link', '../../../../x'), 'x');
});
