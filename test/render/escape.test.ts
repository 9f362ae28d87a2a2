import { test } from 'node:test';
import assert from 'node:assert/strict';
import { escapeCode, escapeMarkdown, escapeTerminal, truncateMiddle, visibleControls } from '../../src/render/escape.ts';

const ZW = '\u200b';

test('escapeMarkdown: every hostile string', () => {
  assert.equal(escapeMarkdown('a|b'), 'a\\|b');
  assert.equal(escapeMarkdown('<script>alert(1)</script>'), '&lt;script&gt;alert(1)&lt;/script&gt;');
  assert.equal(escapeMarkdown('ping @org/team'), `ping @${ZW}org/team`);
  assert.equal(escapeMarkdown('`rm -rf`'), '\\`rm -rf\\`');
  assert.equal(escapeMarkdown('a\nb\r\tc'), 'a␤b␍␉c');
  assert.equal(escapeMarkdown('*bold* _it_ [link](x) ~s~ a\\b'), '\\*bold\\* \\_it\\_ \\[link\\](x) \\~s\\~ a\\\\b');
  assert.equal(escapeMarkdown('fixes #12 &amp;'), `fixes #${ZW}12 &amp;amp;`);
  const long = `/${'a'.repeat(999)}`;
  const out = escapeMarkdown(long);
  assert.equal(Array.from(out).length, 200);
  assert.ok(out.startsWith('/aaa') && out.includes('…'));
});

test('escapeCode: fences, pipes, controls, long strings', () => {
  assert.equal(escapeCode('RUN npm ci'), '`RUN npm ci`');
  assert.equal(escapeCode('a|b'), '`a\\|b`');
  assert.equal(escapeCode('a|b', { inTable: false }), '`a|b`');
  assert.equal(escapeCode('echo `date`'), '`` echo `date` ``');
  assert.equal(escapeCode('``x``'), '``` ``x`` ```');
  assert.equal(escapeCode('<script>@org/team'), '`<script>@org/team`');
  assert.equal(escapeCode('file\nname'), '`file␤name`');
  assert.equal(escapeCode(''), '(empty)');
  assert.equal(escapeCode('abcdefghij', { maxLength: 5 }), '`ab…ij`');
});

test('visibleControls, truncateMiddle, escapeTerminal', () => {
  assert.equal(visibleControls('\x1b[31mred\x07\x00'), '␛[31mred␇␀');
  assert.equal(visibleControls('a\u202eb\x85'), 'a\\u{202e}b\\u{85}');
  assert.equal(truncateMiddle('/a/very/long/path', 9), '/a/v…path');
  assert.equal(truncateMiddle('short', 9), 'short');
  assert.equal(truncateMiddle('😀😀😀😀😀', 3), '😀…😀');
  assert.equal(escapeTerminal('\x1b]0;title\x07'), '␛]0;title␇');
});
