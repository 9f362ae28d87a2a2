import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compileGlob, globBase, GlobError, matchGlob, matchPathOrAncestor } from '../../src/budget/glob.ts';
import { globToRegExp, matchPathOrAncestor as oldPathOrAncestor } from './glob-regex-oracle.ts';

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

// --- the NFA matcher agrees with the old regex translation, and is bounded ---------------------------------

test('compileGlob agrees with the regex translation on random short patterns and subjects', () => {
  let seed = 12345;
  const rnd = (n: number): number => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  const patAtoms = ['a', 'b', '/', '*', '**', '?', '{', '}', ',', '[ab]', '[!a]', '[a-b]', '\\*', '\\', '.', '**/', '[', ']'];
  const subjAtoms = ['a', 'b', '/', '.', '*', '{', ',', 'ab/', '/a'];
  let checked = 0;
  for (let n = 0; n < 4000; n++) {
    let pattern = '';
    for (let k = rnd(7) + 1; k > 0; k--) pattern += patAtoms[rnd(patAtoms.length)];
    let subject = rnd(2) ? '/' : '';
    for (let k = rnd(7); k > 0; k--) subject += subjAtoms[rnd(subjAtoms.length)];
    for (const path of [true, false]) {
      let re: RegExp;
      try {
        re = globToRegExp(pattern, { path });
      } catch {
        continue; // an invalid set: the NFA throws GlobError instead
      }
      const g = compileGlob(pattern, { path });
      assert.equal(g.test(subject), re.test(subject), `${path ? 'path' : 'text'} ${JSON.stringify(pattern)} ~ ${JSON.stringify(subject)}`);
      if (path) assert.equal(g.testPathOrAncestor(subject), oldPathOrAncestor(pattern, subject), `ancestor ${JSON.stringify(pattern)} ~ ${JSON.stringify(subject)}`);
      checked++;
    }
  }
  assert.ok(checked > 7000);
});

test('hostile patterns finish in well under a second on a 6 kB path (issue 11)', () => {
  const deep = `/${Array.from({ length: 1400 }, (_, i) => (i % 2 ? 'test' : 'src')).join('/')}/x.pyc`;
  const as = `/${'a'.repeat(6000)}`;
  const nested = `/${Array.from({ length: 150 }, () => 'a'.repeat(40)).join('/')}`;
  const cases: Array<[string, () => boolean, boolean]> = [
    ['paths /**/src/**/test/**/*.py', () => compileGlob('/**/src/**/test/**/*.py').testPathOrAncestor(deep), false],
    ['paths /**/src/**/test/**/*.py (match)', () => compileGlob('/**/src/**/test/**/*.py').testPathOrAncestor(`${deep.slice(0, -4)}.py`), true],
    ['ignore /**a**a**a**a**a**b', () => compileGlob('/**a**a**a**a**a**b').testPathOrAncestor(as), false],
    ['ignore /**a**a**a**a**a**b, many segments', () => compileGlob('/**a**a**a**a**a**b').testPathOrAncestor(nested), false],
    ['ignore /**/a/**/b/**/*.c', () => compileGlob('/**/a/**/b/**/*.c').testPathOrAncestor(nested), false],
    ['instructions *a*a*a*a*a*a*b', () => compileGlob('*a*a*a*a*a*a*b', { path: false }).test(`RUN ${'a'.repeat(6000)}`), false],
    ['nested braces', () => compileGlob(`${'{a,'.repeat(2000)}b${'}'.repeat(2000)}`, { path: false }).test('b'), true],
    ['unbalanced braces', () => compileGlob('{'.repeat(5000), { path: false }).test('{'.repeat(5000)), true],
  ];
  for (const [what, run, want] of cases) {
    const t0 = performance.now();
    assert.equal(run(), want, what);
    const ms = performance.now() - t0;
    if (process.env.GLOB_TIMES) console.log(`${what}: ${ms.toFixed(1)} ms`);
    assert.ok(ms < 900, `${what}: ${ms.toFixed(0)} ms`);
  }
});

test('an invalid character set is a GlobError, not a crash', () => {
  assert.throws(() => compileGlob('/a/[z-a]'), GlobError);
});

test('a pattern whose DFA would be exponential falls back to the NFA simulation, still correct and bounded', () => {
  // `*a` then 13 × `?`: the DFA must remember the last 14 characters (2^14 states); the cache stops at 4,096
  const g = compileGlob(`*a${'?'.repeat(13)}`, { path: false });
  let seed = 7;
  let s = '';
  for (let i = 0; i < 20_000; i++) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    s += (seed >> 16) & 1 ? 'a' : 'b';
  }
  const t0 = performance.now();
  for (const cut of [20_000, 19_999, 19_998, 12_345]) {
    const sub = s.slice(0, cut);
    assert.equal(g.test(sub), sub[sub.length - 14] === 'a', `cut ${cut}`);
  }
  assert.ok(performance.now() - t0 < 5000);
});
