/**
 * The explorer page's script (inline; see page.ts). Plain ES2020, no template literals, no dependencies. It
 * reads the JSON data block, replays the per-layer changes into typed arrays for the selected layer, and draws a
 * virtualised tree (only the rows in view exist in the DOM), the layer list, the waste, duplicates and hints
 * views, a treemap and per-layer bars. Every image-derived string reaches the DOM through textContent (or a
 * canvas fillText), never innerHTML.
 */
export const CLIENT_JS = String.raw`(function () {
'use strict';
var D = JSON.parse(document.getElementById('lb-data').textContent);
var N = D.parent.length, L = D.changes.length, ROW = 20;
var parent = Int32Array.from(D.parent), seg = Int32Array.from(D.seg);
function $(id) { return document.getElementById(id); }
function el(tag, cls, text) { var e = document.createElement(tag); if (cls) e.className = cls; if (text !== undefined && text !== null) e.textContent = String(text); return e; }
var SI = ['B', 'kB', 'MB', 'GB', 'TB', 'PB'];
function fmt(b) { if (b < 1000) return Math.round(b) + ' B'; var i = 0, v = b; while (v >= 1000 && i < SI.length - 1) { v /= 1000; i++; } if (Number(v.toFixed(1)) >= 1000 && i < SI.length - 1) { v /= 1000; i++; } return v.toFixed(1) + ' ' + SI[i]; }
function nameOf(n) { return n === 0 ? '/' : D.names[seg[n]]; }
var pathCache = null;
function pathOf(n) {
  if (pathCache && pathCache[n] !== undefined) return pathCache[n];
  var parts = []; for (var m = n; m > 0; m = parent[m]) parts.push(D.names[seg[m]]);
  return '/' + parts.reverse().join('/');
}
function allPaths() {
  if (pathCache) return pathCache;
  pathCache = new Array(N); pathCache[0] = '/';
  for (var n = 1; n < N; n++) { var p = pathCache[parent[n]]; pathCache[n] = (p === '/' ? '' : p) + '/' + D.names[seg[n]]; }
  return pathCache;
}

// children in CSR form
var kidStart = new Int32Array(N + 1), kids = new Int32Array(Math.max(N - 1, 0));
(function () { var c = new Int32Array(N); for (var n = 1; n < N; n++) c[parent[n]]++; for (var i = 0; i < N; i++) kidStart[i + 1] = kidStart[i] + c[i]; var fill = kidStart.slice(0, N); for (var n2 = 1; n2 < N; n2++) kids[fill[parent[n2]]++] = n2; })();

// view state, replayed for the selected layer
var present = new Uint8Array(N), since = new Int32Array(N), fsize = new Float64Array(N), kind = new Uint8Array(N), removedBy = new Int32Array(N), op = new Uint8Array(N);
var agg = new Float64Array(N), cnt = new Int32Array(N), ghost = new Float64Array(N), changedBelow = new Uint8Array(N);
var view = { layer: L - 1, onlyChanges: false, showDeleted: true, sort: 'size' };
var expanded = new Uint8Array(N); expanded[0] = 1;
var selected = 0, rows = [], sortedKids = new Map();

function removeSubtree(root, layer) {
  var stack = [root];
  while (stack.length) {
    var n = stack.pop();
    if (present[n] && since[n] < layer) { present[n] = 0; removedBy[n] = layer; }
    for (var i = kidStart[n]; i < kidStart[n + 1]; i++) stack.push(kids[i]);
  }
}
function replay(upto) {
  present.fill(0); since.fill(-1); fsize.fill(0); kind.fill(0); removedBy.fill(-1); op.fill(0);
  present[0] = 1;
  for (var l = 0; l <= upto; l++) {
    var c = D.changes[l], i;
    var mark = l === upto;
    if (mark) for (i = 0; i < c.node.length; i++) if (c.kind[i] !== 4) { var w = c.node[i]; op[w] = present[w] ? 2 : 1; }
    for (i = 0; i < c.node.length; i++) if (c.kind[i] === 4) { removeSubtree(c.node[i], l); if (mark && !op[c.node[i]]) op[c.node[i]] = 3; }
    for (i = 0; i < c.node.length; i++) {
      if (c.kind[i] === 4) continue;
      var n = c.node[i];
      present[n] = 1; since[n] = l; fsize[n] = c.bytes[i]; kind[n] = c.kind[i]; removedBy[n] = -1;
      for (var p = parent[n]; p > 0 && !present[p]; p = parent[p]) { present[p] = 1; since[p] = l; kind[p] = 0; removedBy[p] = -1; if (mark && !op[p]) op[p] = 1; }
    }
  }
  agg.fill(0); cnt.fill(0); ghost.fill(0); changedBelow.fill(0);
  for (var m = N - 1; m >= 0; m--) {
    if (present[m] && kind[m] === 1) { agg[m] += fsize[m]; cnt[m] += 1; }
    else if (!present[m] && removedBy[m] >= 0 && kind[m] === 1) ghost[m] += fsize[m];
    if (op[m]) changedBelow[m] = 1;
    if (m > 0) { var q = parent[m]; if (present[m]) { agg[q] += agg[m]; cnt[q] += cnt[m]; } ghost[q] += ghost[m]; if (changedBelow[m]) changedBelow[q] = 1; }
  }
  sortedKids = new Map();
}
function shown(n) {
  if (!present[n] && !(view.showDeleted && removedBy[n] >= 0)) return false;
  if (view.onlyChanges && !changedBelow[n]) return false;
  return true;
}
function childrenOf(n) {
  var s = sortedKids.get(n); if (s) return s;
  s = [];
  for (var i = kidStart[n]; i < kidStart[n + 1]; i++) if (shown(kids[i])) s.push(kids[i]);
  if (view.sort === 'name') s.sort(function (a, b) { var x = D.names[seg[a]], y = D.names[seg[b]]; return x < y ? -1 : x > y ? 1 : 0; });
  else s.sort(function (a, b) { return (agg[b] + ghost[b]) - (agg[a] + ghost[a]) || a - b; });
  sortedKids.set(n, s); return s;
}
function isDir(n) { return n === 0 || kind[n] === 0; }
function hasKids(n) { return kidStart[n + 1] > kidStart[n]; }
function buildRows() {
  rows = [];
  var stack = [[0, 0]];
  while (stack.length) {
    var top = stack.pop(), n = top[0], d = top[1];
    rows.push(n); rowDepth.set(n, d);
    if (expanded[n] && hasKids(n)) { var ks = childrenOf(n); for (var i = ks.length - 1; i >= 0; i--) stack.push([ks[i], d + 1]); }
  }
  if (rows.indexOf(selected) < 0) selected = 0;
  $('tree-spacer').style.height = (rows.length * ROW) + 'px';
  drawRows(true);
}
var rowDepth = new Map(), pool = [];
function drawRows(force) {
  var tree = $('tree'), top = tree.scrollTop, h = tree.clientHeight || 600;
  var first = Math.max(0, Math.floor(top / ROW) - 5), last = Math.min(rows.length, Math.ceil((top + h) / ROW) + 5);
  var need = last - first;
  while (pool.length < need) { var r = el('div', 'row'); r.appendChild(el('span', 'name')); r.appendChild(el('span', 'size')); r.appendChild(el('span', 'count')); r.appendChild(el('span', 'note')); tree.appendChild(r); pool.push(r); }
  for (var i = 0; i < pool.length; i++) {
    var row = pool[i];
    if (i >= need) { row.style.display = 'none'; continue; }
    var idx = first + i, n = rows[idx];
    row.style.display = ''; row.style.top = (idx * ROW) + 'px'; row.dataset.node = String(n);
    var gone = !present[n];
    var cls = 'row' + (n === selected ? ' selected' : '') + (gone ? ' gone' : op[n] === 1 ? ' added' : op[n] === 2 ? ' modified' : '');
    row.className = cls;
    row.setAttribute('role', 'treeitem'); row.setAttribute('aria-selected', n === selected ? 'true' : 'false');
    var nameEl = row.childNodes[0]; nameEl.textContent = '';
    nameEl.style.paddingLeft = (rowDepth.get(n) * 14) + 'px';
    var tog = el('span', 'tog', isDir(n) && hasKids(n) ? (expanded[n] ? '\u25be' : '\u25b8') : ''); nameEl.appendChild(tog);
    nameEl.appendChild(document.createTextNode(nameOf(n) + (isDir(n) && n !== 0 ? '/' : '') + (kind[n] === 2 ? ' \u2192 link' : '')));
    if (op[n]) { var b = el('span', 'badge ' + ' AMD'.charAt(op[n]), ' AMD'.charAt(op[n])); b.style.marginLeft = '6px'; nameEl.appendChild(b); }
    row.childNodes[1].textContent = fmt(gone ? ghost[n] : agg[n]);
    row.childNodes[2].textContent = isDir(n) ? cnt[n].toLocaleString('en-US') : '';
    row.childNodes[3].textContent = gone ? 'deleted by layer ' + removedBy[n] : op[n] === 1 ? 'added in layer ' + view.layer : op[n] === 2 ? 'modified in layer ' + view.layer : since[n] >= 0 && n !== 0 ? 'from layer ' + since[n] : '';
  }
}
function toggle(n, open) { if (!hasKids(n)) return; expanded[n] = open === undefined ? (expanded[n] ? 0 : 1) : (open ? 1 : 0); buildRows(); }
function select(n, scroll) {
  selected = n;
  if (scroll) { var i = rows.indexOf(n), tree = $('tree'); if (i >= 0 && (i * ROW < tree.scrollTop || (i + 1) * ROW > tree.scrollTop + tree.clientHeight)) tree.scrollTop = Math.max(0, i * ROW - tree.clientHeight / 2); }
  drawRows(true);
}
function reveal(n, layer) {
  if (n < 0) return;
  if (layer !== undefined && layer !== null && layer !== view.layer) setLayer(layer);
  if (!present[n] && !(removedBy[n] >= 0)) { setLayer(L - 1); }
  if (!view.showDeleted && !present[n]) { view.showDeleted = true; $('show-deleted').checked = true; replay(view.layer); }
  if (view.onlyChanges && !changedBelow[n]) { view.onlyChanges = false; $('only-changes').checked = false; sortedKids = new Map(); }
  for (var p = parent[n]; p >= 0; p = parent[p]) expanded[p] = 1;
  showTab('tree'); buildRows(); select(n, true); $('tree').focus();
}

// layer list
function setLayer(l) {
  view.layer = l; replay(l);
  var trs = $('layers').tBodies[0].rows;
  for (var i = 0; i < trs.length; i++) trs[i].classList.toggle('selected', Number(trs[i].dataset.layer) === l);
  $('view-label').textContent = l === L - 1 ? 'final image (as of layer ' + l + ')' : 'as of layer ' + l + '; its changes are marked';
  buildRows();
}
function drawLayers() {
  var body = $('layers').tBodies[0];
  D.layers.forEach(function (r) {
    var tr = document.createElement('tr'); tr.dataset.layer = String(r.index);
    tr.appendChild(el('td', '', r.index + (r.isBase ? ' (base)' : '')));
    var td = el('td', '', r.instruction); td.title = r.instruction;
    if (r.location) td.appendChild(el('span', 'loc', r.location));
    tr.appendChild(td);
    tr.appendChild(el('td', '', r.size)); tr.appendChild(el('td', '', r.compressed)); tr.appendChild(el('td', '', r.wasted)); tr.appendChild(el('td', '', r.hiddenBy));
    tr.addEventListener('click', function () { setLayer(r.index); showTab('tree'); });
    body.appendChild(tr);
  });
}

// tabs
function showTab(name) {
  var bs = document.querySelectorAll('#tabs button');
  for (var i = 0; i < bs.length; i++) bs[i].setAttribute('aria-selected', bs[i].dataset.tab === name ? 'true' : 'false');
  ['tree', 'waste', 'dups', 'hints', 'map', 'bars'].forEach(function (t) { $('panel-' + t).hidden = t !== name; });
  if (name === 'tree') drawRows(true);
  if (name === 'map') drawMap();
}

// search: substring, or a glob where * matches any run of characters and ? one character
function globMatch(p, s) {
  var i = 0, j = 0, star = -1, mark = 0;
  while (j < s.length) {
    if (i < p.length && (p[i] === '?' || p[i] === s[j])) { i++; j++; }
    else if (i < p.length && p[i] === '*') { star = i++; mark = j; }
    else if (star >= 0) { i = star + 1; j = ++mark; }
    else return false;
  }
  while (i < p.length && p[i] === '*') i++;
  return i === p.length;
}
function search(q) {
  var box = $('results'); box.textContent = '';
  if (!q) { box.hidden = true; return []; }
  var paths = allPaths(), out = [], glob = /[*?]/.test(q), lq = q.toLowerCase();
  var pat = glob ? (q.charAt(0) === '/' ? q : '*' + q).replace(/\*+/g, '*') : '';
  for (var n = 1; n < N && out.length < 1000; n++) {
    if (!present[n] && removedBy[n] < 0) continue;
    var p = paths[n];
    if (glob ? globMatch(pat, p) : p.toLowerCase().indexOf(lq) >= 0) out.push(n);
  }
  box.hidden = false;
  box.appendChild(el('div', 'more', out.length >= 1000 ? 'first 1000 matches' : out.length + ' match' + (out.length === 1 ? '' : 'es')));
  out.slice(0, 300).forEach(function (n) { var d = el('div', '', paths[n] + (present[n] ? '' : '  (deleted)')); d.dataset.node = String(n); d.addEventListener('click', function () { reveal(n); }); box.appendChild(d); });
  return out;
}

// waste, duplicates, hints
function drawWaste() {
  var panel = $('panel-waste'), W = D.wasted, byCause = D.causes.map(function () { return []; });
  for (var i = 0; i < W.node.length; i++) byCause[W.cause[i]].push(i);
  D.causes.forEach(function (c, ci) {
    var box = el('div', 'cause'); box.appendChild(el('h3', '', c.text + ': ' + c.size));
    var list = byCause[ci].sort(function (a, b) { return W.bytes[b] - W.bytes[a]; });
    list.slice(0, 400).forEach(function (i) {
      var it = el('div', 'item waste-item'); it.dataset.node = String(W.node[i]);
      it.appendChild(el('span', 'p', pathOf(W.node[i]))); it.appendChild(el('span', 's', fmt(W.bytes[i])));
      it.appendChild(el('span', 'l', 'in layer ' + W.layer[i] + ', hidden by layer ' + W.hiddenBy[i]));
      it.addEventListener('click', function () { reveal(W.node[i], W.layer[i]); });
      box.appendChild(it);
    });
    if (list.length > 400) box.appendChild(el('div', 'more', (list.length - 400) + ' more'));
    if (list.length === 0) box.appendChild(el('div', 'more', 'none'));
    panel.appendChild(box);
  });
}
function drawDups() {
  var panel = $('panel-dups');
  if (!D.duplicates.length) { panel.appendChild(el('p', 'more', 'No duplicate files (or the image was analyzed with --no-hash).')); return; }
  D.duplicates.forEach(function (g) {
    var box = el('div', 'cause'); box.appendChild(el('h3', '', g.nodes.length + ' copies of ' + g.size + ' (' + g.reclaim + ' reclaimable)'));
    g.nodes.forEach(function (n) { if (n < 0) return; var it = el('div', 'item'); it.appendChild(el('span', 'p', pathOf(n))); it.addEventListener('click', function () { reveal(n); }); box.appendChild(it); });
    panel.appendChild(box);
  });
}
function drawHints() {
  var panel = $('panel-hints');
  if (!D.hints.length) { panel.appendChild(el('p', 'more', 'No hints.')); return; }
  D.hints.forEach(function (h) {
    var box = el('div', 'hint'); var t = el('div'); t.appendChild(el('span', 'sev ' + h.severity, h.severity)); t.appendChild(el('b', '', h.title)); t.appendChild(el('span', 'more', ' saves ' + h.savings + ' \u00b7 ' + h.rule)); box.appendChild(t);
    box.appendChild(el('div', 'advice', h.advice));
    h.evidence.forEach(function (e) {
      var it = el('div', 'item'); var p = el(e.node >= 0 ? 'a' : 'span', e.node >= 0 ? 'p jump' : 'p', e.path); it.appendChild(p); it.appendChild(el('span', 's', e.size));
      if (e.node >= 0) it.addEventListener('click', function () { reveal(e.node, h.layer === null ? undefined : h.layer); });
      box.appendChild(it);
    });
    panel.appendChild(box);
  });
}

// per-layer bars, with the baseline alongside
function drawBars() {
  var panel = $('panel-bars'), max = 1, b = D.baseline;
  D.layers.forEach(function (r) { max = Math.max(max, r.sizeBytes); });
  if (b) b.layers.forEach(function (r) { max = Math.max(max, r.sizeBytes); });
  if (b) panel.appendChild(el('p', 'more', 'blue: this image; grey: baseline ' + b.title));
  var box = el('div', 'bars'), n = Math.max(D.layers.length, b ? b.layers.length : 0);
  for (var i = 0; i < n; i++) {
    var r = D.layers[i], br = b ? b.layers[i] : null;
    var row = el('div', 'b'); row.appendChild(el('span', 'lab', r ? i + ' ' + r.instruction : i + ' (baseline only)'));
    var tr = el('div', 'track'); var f = el('div', 'fill'); f.style.width = (r ? 100 * r.sizeBytes / max : 0) + '%'; tr.appendChild(f);
    if (br) { var g = el('div', 'fill base'); g.style.width = (100 * br.sizeBytes / max) + '%'; tr.appendChild(g); }
    row.appendChild(tr); row.appendChild(el('span', 'val', (r ? r.size : '') + (br ? ' (was ' + fmt(br.sizeBytes) + ')' : '')));
    if (r) (function (idx) { row.addEventListener('click', function () { setLayer(idx); showTab('tree'); }); })(r.index);
    box.appendChild(row);
  }
  panel.appendChild(box);
}

// treemap of the final tree (squarified), click a directory to zoom in, a file to reveal it
var mapRoot = 0, mapRects = [];
function worst(sum, mx, mn, side) { return Math.max(side * side * mx / (sum * sum), (sum * sum) / (side * side * mn)); }
function squarify(items, x, y, w, h, out) {
  var total = 0; items.forEach(function (it) { total += it.v; });
  if (total <= 0 || w <= 0 || h <= 0) return;
  var scale = w * h / total, rest = items.slice();
  while (rest.length) {
    var short = Math.min(w, h), row = [], rowSum = 0, mx = 0, mn = Infinity, cur = Infinity;
    while (rest.length) {
      var a = rest[0].v * scale, s = rowSum + a, nmx = Math.max(mx, a), nmn = Math.min(mn, a), r = worst(s, nmx, nmn, short);
      if (row.length && r > cur) break;
      cur = r; mx = nmx; mn = nmn; row.push(rest.shift()); rowSum = s;
    }
    var thick = rowSum / short, off = 0;
    row.forEach(function (it) { var len = it.v * scale / thick; if (w >= h) out.push({ n: it.n, x: x, y: y + off, w: thick, h: len }); else out.push({ n: it.n, x: x + off, y: y, w: len, h: thick }); off += len; });
    if (w >= h) { x += thick; w -= thick; } else { y += thick; h -= thick; }
  }
}
function drawMap() {
  if (view.layer !== L - 1) setLayer(L - 1);
  var cv = $('map'), ctx = cv.getContext('2d'), W = cv.width, H = cv.height;
  ctx.clearRect(0, 0, W, H); mapRects = [];
  var items = []; childrenOf(mapRoot).forEach(function (n) { if (present[n] && agg[n] > 0) items.push({ n: n, v: agg[n] }); });
  items.sort(function (a, b) { return b.v - a.v; });
  squarify(items, 0, 0, W, H, mapRects);
  var colors = ['#54aeff', '#4ac26b', '#d4a72c', '#fb8f44', '#c297ff', '#ff8182', '#6cb6ff', '#57ab5a'];
  mapRects.forEach(function (r, i) {
    ctx.fillStyle = colors[i % colors.length]; ctx.fillRect(r.x, r.y, r.w, r.h);
    ctx.strokeStyle = '#fff'; ctx.lineWidth = 2; ctx.strokeRect(r.x, r.y, r.w, r.h);
    if (isDir(r.n)) { var inner = []; var ks = []; childrenOf(r.n).forEach(function (k) { if (present[k] && agg[k] > 0) ks.push({ n: k, v: agg[k] }); }); ks.sort(function (a, b) { return b.v - a.v; }); squarify(ks.slice(0, 200), r.x + 3, r.y + 16, r.w - 6, r.h - 19, inner); ctx.strokeStyle = 'rgba(255,255,255,0.6)'; ctx.lineWidth = 1; inner.forEach(function (q) { ctx.strokeRect(q.x, q.y, q.w, q.h); }); }
    if (r.w > 40 && r.h > 14) { ctx.fillStyle = '#000'; ctx.font = '12px system-ui, sans-serif'; ctx.save(); ctx.beginPath(); ctx.rect(r.x, r.y, r.w, r.h); ctx.clip(); ctx.fillText(nameOf(r.n) + ' ' + fmt(agg[r.n]), r.x + 4, r.y + 12); ctx.restore(); }
  });
  var crumbs = $('map-crumbs'); crumbs.textContent = '';
  var chain = []; for (var m = mapRoot; m >= 0; m = parent[m]) chain.unshift(m);
  chain.forEach(function (m) { var a = el('a', 'jump', m === 0 ? '/' : nameOf(m) + '/'); a.addEventListener('click', function () { mapRoot = m; drawMap(); }); crumbs.appendChild(a); });
}
function mapHit(ev) {
  var cv = $('map'), rect = cv.getBoundingClientRect(), x = (ev.clientX - rect.left) * cv.width / rect.width, y = (ev.clientY - rect.top) * cv.height / rect.height;
  for (var i = 0; i < mapRects.length; i++) { var r = mapRects[i]; if (x >= r.x && x < r.x + r.w && y >= r.y && y < r.y + r.h) return r.n; }
  return -1;
}

// wiring
function init() {
  $('image-title').textContent = D.title;
  var hl = $('headline');
  D.headline.forEach(function (h) { var d = el('div'); d.appendChild(el('dt', '', h.label)); d.appendChild(el('dd', '', h.value)); hl.appendChild(d); });
  drawLayers(); drawWaste(); drawDups(); drawHints(); drawBars();
  var bs = document.querySelectorAll('#tabs button');
  for (var i = 0; i < bs.length; i++) bs[i].addEventListener('click', function (e) { showTab(e.currentTarget.dataset.tab); });
  $('only-changes').addEventListener('change', function (e) { view.onlyChanges = e.target.checked; sortedKids = new Map(); buildRows(); });
  $('show-deleted').addEventListener('change', function (e) { view.showDeleted = e.target.checked; sortedKids = new Map(); buildRows(); });
  $('sort').addEventListener('change', function (e) { view.sort = e.target.value; sortedKids = new Map(); buildRows(); });
  var timer = 0;
  $('search').addEventListener('input', function (e) { clearTimeout(timer); var q = e.target.value; timer = setTimeout(function () { search(q); }, 150); });
  $('search').addEventListener('keydown', function (e) { if (e.key === 'Enter') { var r = search(e.target.value); if (r.length) reveal(r[0]); } if (e.key === 'Escape') { e.target.value = ''; search(''); $('tree').focus(); } });
  var tree = $('tree');
  tree.addEventListener('scroll', function () { drawRows(false); });
  tree.addEventListener('click', function (e) {
    var row = e.target.closest('.row'); if (!row || row.dataset.node === undefined) return;
    var n = Number(row.dataset.node);
    if (e.target.classList.contains('tog')) toggle(n); else select(n, false);
  });
  tree.addEventListener('dblclick', function (e) { var row = e.target.closest('.row'); if (row) toggle(Number(row.dataset.node)); });
  tree.addEventListener('keydown', function (e) {
    var i = rows.indexOf(selected);
    if (e.key === 'ArrowDown') { if (i < rows.length - 1) select(rows[i + 1], true); }
    else if (e.key === 'ArrowUp') { if (i > 0) select(rows[i - 1], true); }
    else if (e.key === 'ArrowRight') { if (hasKids(selected) && !expanded[selected]) toggle(selected, true); else if (hasKids(selected) && expanded[selected] && i < rows.length - 1) select(rows[i + 1], true); }
    else if (e.key === 'ArrowLeft') { if (hasKids(selected) && expanded[selected] && selected !== 0) toggle(selected, false); else if (parent[selected] >= 0) select(parent[selected], true); }
    else if (e.key === 'Enter' || e.key === ' ') toggle(selected);
    else if (e.key === 'Home') select(rows[0], true);
    else if (e.key === 'End') select(rows[rows.length - 1], true);
    else return;
    e.preventDefault();
  });
  document.addEventListener('keydown', function (e) { if (e.key === '/' && document.activeElement !== $('search')) { e.preventDefault(); showTab('tree'); $('search').focus(); } });
  var cv = $('map');
  cv.addEventListener('click', function (e) { var n = mapHit(e); if (n < 0) return; if (isDir(n)) { mapRoot = n; drawMap(); } else reveal(n); });
  cv.addEventListener('dblclick', function (e) { var n = mapHit(e); if (n >= 0) reveal(n); });
  cv.addEventListener('mousemove', function (e) { var n = mapHit(e), tip = $('map-tip'); if (n < 0) { tip.hidden = true; return; } tip.hidden = false; tip.textContent = pathOf(n) + '  ' + fmt(agg[n]) + (isDir(n) ? '  (' + cnt[n] + ' files; click to zoom)' : ''); tip.style.left = (e.clientX + 12) + 'px'; tip.style.top = (e.clientY + 12) + 'px'; });
  cv.addEventListener('mouseleave', function () { $('map-tip').hidden = true; });
  setLayer(L - 1);
  if (L === 0) buildRows();
  window.layerBudgetExplorer = { ready: true, reveal: reveal, setLayer: setLayer, search: search, rows: function () { return rows.slice(); }, size: function (i) { return D.layers[i] ? D.layers[i].sizeBytes : 0; } };
  document.body.dataset.ready = 'true';
}
init();
})();
`;
