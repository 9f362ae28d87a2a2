/**
 * The error catalogue: every `new InputError(` in src passes a `hint` (the type requires one; this also catches
 * an `as never` or a spread that drops it), and InputErrors print as exactly one message line and one hint line
 * with control characters made visible.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { escapeControls, InputError, untrusted } from '../../src/errors.ts';
import { reportError } from '../../src/cli/main.ts';
import { ROOT } from './cli.ts';

function* tsFiles(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yield* tsFiles(p);
    else if (name.endsWith('.ts')) yield p;
  }
}

/** The argument text of the call whose `(` is at `open`: balanced brackets, skipping strings and templates. */
function callArgs(src: string, open: number): string {
  const stack: string[] = [];
  let i = open;
  const closeOf: Record<string, string> = { '(': ')', '[': ']', '{': '}' };
  while (i < src.length) {
    const c = src[i]!;
    if (c === "'" || c === '"') {
      i++;
      while (i < src.length && src[i] !== c) i += src[i] === '\\' ? 2 : 1;
    } else if (c === '`') {
      i++;
      while (i < src.length && src[i] !== '`') {
        if (src[i] === '\\') i += 2;
        else if (src[i] === '$' && src[i + 1] === '{') {
          // a template expression: skip to its balanced close
          let depth = 1;
          i += 2;
          while (i < src.length && depth > 0) {
            if (src[i] === '{') depth++;
            else if (src[i] === '}') depth--;
            i++;
          }
        } else i++;
      }
    } else if (c in closeOf) stack.push(closeOf[c]!);
    else if (c === ')' || c === ']' || c === '}') {
      stack.pop();
      if (stack.length === 0) return src.slice(open + 1, i);
    }
    i++;
  }
  return src.slice(open + 1);
}

test('every new InputError( in src passes a hint', () => {
  const sites: string[] = [];
  const missing: string[] = [];
  for (const file of tsFiles(join(ROOT, 'src'))) {
    const src = readFileSync(file, 'utf8');
    for (const m of src.matchAll(/new InputError\(/g)) {
      const line = src.slice(0, m.index).split('\n').length;
      const where = `${relative(ROOT, file)}:${line}`;
      sites.push(where);
      const args = callArgs(src, m.index + m[0].length - 1);
      if (!/\bhint\b/.test(args)) missing.push(`${where}: ${args.slice(0, 120)}`);
    }
  }
  assert.ok(sites.length > 80, `found ${sites.length} sites`);
  assert.deepEqual(missing, []);
});

test('error printing: one message line and one hint line, control characters and newlines made visible', () => {
  let err = '';
  const ports = { console: { out: () => {}, err: (t: string) => void (err += t), isTTY: false, columns: 80 }, files: { readText: async () => null, writeText: async () => {} }, env: {}, stdin: process.stdin };
  const status = reportError(ports as never, new InputError('no image "\x1b]0;pwned\x07\x1b[2J" in x.tar\n::error::forged', { hint: 'name one\r\n::warning::x' }));
  assert.equal(status, 2);
  assert.equal(err, 'layer-budget: no image "␛]0;pwned␇␛[2J" in x.tar␤::error::forged\n  hint: name one␍␤::warning::x\n');
  assert.equal(escapeControls('a\u202eb\u009bc'), 'a\\u{202e}b\\u{9b}c');
  assert.equal(untrusted('x'.repeat(300)).length, 200);
});
