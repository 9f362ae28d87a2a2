import { test } from 'node:test';
import assert from 'node:assert/strict';
import { globBase, matchGlob, matchPathOrAncestor } from '../../src/budget/glob.ts';

test('matchGlob: path mode', () => {
  const cases: Array<[string, string, boolean]> = [
    ['/app/node_modules/**', '/app/node_modules/a/b.js', true],
    ['/app/node_modules/**', '/app/node_modules', false],
    ['/app/node_modules/**', '/app/other/a.js', false],
    ['/app/*.js', '/app/a.js', true],
    ['/app/*.js', '/app/sub/a.js', false],
    ['/**/*.pyc', '/usr/lib/x.pyc', true],
    ['/**/*.pyc', '/x.pyc', true],
    ['**/*.pyc', '/usr/x.pyc', true],
    ['/usr/**/doc/**', '/usr/share/doc/a/b', true],
    ['/usr/**/doc/**', '/usr/doc/a', true],
    ['/var/{cache,log}/**', '/var/log/x', true],
    ['/var/{cache,log}/**', '/var/lib/x', false],
    ['/a/{b,c{d,e}}', '/a/ce', true],
    ['/a/?.txt', '/a/b.txt', true],
    ['/a/?.txt', '/a/bc.txt', false],
    ['/a/[bc].txt', '/a/c.txt', true],
    ['/a/[!bc].txt', '/a/c.txt', false],
    ['/a/[!bc].txt', '/a/d.txt', true],
    ['app/x', '/app/x', true],
    ['/app/', '/app', true],
    ['/a/\\*', '/a/*', true],
    ['/a/\\*', '/a/b', false],
    ['/a.b', '/aXb', false],
    ['/a/{b', '/a/{b', true],
  ];
  for (const [p, s, want] of cases) assert.equal(matchGlob(p, s), want, `${p} ~ ${s}`);
});

test('matchGlob: text mode for instructions', () => {
  assert.equal(matchGlob('npm ci*', 'npm ci --omit=dev', { path: false }), true);
  assert.equal(matchGlob('COPY * /app/*', 'COPY dist /app/x/y', { path: false }), true);
  assert.equal(matchGlob('npm ci*', 'RUN npm ci', { path: false }), false);
  assert.equal(matchGlob('*npm ci*', 'RUN npm ci', { path: false }), true);
});

test('matchPathOrAncestor and globBase', () => {
  assert.equal(matchPathOrAncestor('/app/node_modules', '/app/node_modules/x/y.js'), true);
  assert.equal(matchPathOrAncestor('/app/node_modules', '/app/node_modules_old/y.js'), false);
  assert.equal(matchPathOrAncestor('/var/cache/**', 'var/cache/apt/a.bin'), true);
  assert.equal(matchPathOrAncestor('/**', '/x'), true);
  assert.equal(globBase('/app/node_modules/**'), '/app/node_modules');
  assert.equal(globBase('/usr/lib/*.so'), '/usr/lib');
  assert.equal(globBase('**/*.pyc'), '/');
  assert.equal(globBase('/opt/x'), '/opt/x');
});
