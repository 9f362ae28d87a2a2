import { test } from 'node:test';
import assert from 'node:assert/strict';
import { breakMarkers, commentMarker, markerKey, startsWithMarker, withMarker } from '../../src/render/marker.ts';
import { capMarkdown, COMMENT_LIMIT, utf8Length } from '../../src/render/limit.ts';

test('marker: the key is cleaned the same way wherever the marker is built', () => {
  assert.equal(commentMarker('web'), '<!-- layer-budget:web -->');
  assert.equal(commentMarker('api.v2_x-y'), '<!-- layer-budget:api.v2_x-y -->');
  // a key cannot close the comment early, add a line, or smuggle markup
  assert.equal(markerKey('a-->b'), 'a-_b');
  assert.equal(markerKey('a\n<!-- layer-budget:web -->'), 'a___-_layer-budget_web_-_');
  assert.equal(markerKey('a---b'), 'a-b');
  assert.equal(markerKey(''), '_');
  assert.equal(markerKey('k'.repeat(300)).length, 100);
  for (const k of ['a-->b', 'x\ny', '<script>', 'a b', 'é']) assert.match(commentMarker(k), /^<!-- layer-budget:[A-Za-z0-9._-]+ -->$/);
});

test('marker: only the first line counts', () => {
  assert.ok(startsWithMarker('<!-- layer-budget:web -->\nbody', 'web'));
  assert.ok(startsWithMarker('<!-- layer-budget:web -->\r\nbody edited in the browser', 'web'));
  assert.ok(startsWithMarker('<!-- layer-budget:web -->', 'web'));
  // another key's marker, the marker on a later line, quoted, or with text before it
  assert.ok(!startsWithMarker('<!-- layer-budget:api -->\n<!-- layer-budget:web -->', 'web'));
  assert.ok(!startsWithMarker('hello\n<!-- layer-budget:web -->', 'web'));
  assert.ok(!startsWithMarker('> <!-- layer-budget:web -->', 'web'));
  assert.ok(!startsWithMarker('x <!-- layer-budget:web -->', 'web'));
  assert.ok(!startsWithMarker('<!-- layer-budget:web --> and more', 'web'));
  assert.ok(!startsWithMarker('<!-- layer-budget:webx -->', 'web'));
  assert.ok(!startsWithMarker('', 'web'));
  assert.equal(withMarker('<!-- layer-budget:web -->\nx', 'web'), '<!-- layer-budget:web -->\nx');
  assert.equal(withMarker('x\n<!-- layer-budget:web -->', 'web'), '<!-- layer-budget:web -->\nx\n<!-- layer-budget:web -->');
});

test('breakMarkers: no comment opener or closer survives, the text reads the same', () => {
  const out = breakMarkers('a <!-- layer-budget:web --> b <!---> c <!-->');
  assert.ok(!out.includes('<!--'));
  assert.ok(!out.includes('-->'));
  assert.equal(out.replace(/\u200b/g, ''), 'a <!-- layer-budget:web --> b <!---> c <!-->');
});

test('capMarkdown: one cap; keeps the first line, closes a fence and <details>, adds the note', () => {
  assert.equal(capMarkdown('short'), 'short');
  const body = `${commentMarker('k')}\n<details open><summary>x</summary>\n\n\`\`\`\n${'line\n'.repeat(20_000)}`;
  const cut = capMarkdown(body);
  assert.ok(cut.length <= COMMENT_LIMIT, String(cut.length));
  assert.ok(startsWithMarker(cut, 'k'));
  assert.ok(/line\n```\n<\/details>\n\n_The comment was cut at GitHub's 65,536-character limit/.test(cut), cut.slice(-300));
  // a tiny limit still holds
  assert.ok(capMarkdown(body, { limit: 300 }).length <= 300);
  // utf-8: 4-byte characters are never split and the byte bound holds
  const emoji = `${'😀'.repeat(400_000)}`;
  const u = capMarkdown(emoji, { unit: 'utf8' });
  assert.ok(utf8Length(u) <= 1_048_576);
  assert.ok(!/[\ud800-\udbff](?![\udc00-\udfff])/.test(u), 'no lone high surrogate');
  assert.ok(u.endsWith('_The summary was cut at the 1 MiB limit; the full report is in the report artifact._\n'), u.slice(-200));
  assert.equal(utf8Length('aé€😀'), 1 + 2 + 3 + 4);
  assert.equal(utf8Length('aé€😀'), Buffer.byteLength('aé€😀'));
});
