/**
 * The explorer page: one self-contained HTML file (inline styles, script and data; no network request, no
 * server; it works from file:// and from an artifact opened offline). Every string from the image goes in as
 * JSON data and is put on the page with textContent, never as markup. A Content-Security-Policy forbids any
 * request. Pure: no I/O. See docs/architecture.md § The explorer.
 */
import type { ExplorerData } from './model.ts';
import { CLIENT_JS } from './client.ts';
import { STYLE_CSS } from './style.ts';

/** The page's file name: `explore`'s default --output, and the file inside the action's explorer artifact. */
export const EXPLORER_FILE = 'layer-budget-explorer.html';

/** JSON that is safe inside a `<script>` element: `<`, `>`, `&` and the JS line separators escaped. */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Text that is safe in an HTML text node or a double-quoted attribute. */
function htmlText(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Renders the explorer page for `data`. */
export function renderExplorer(data: ExplorerData): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:; connect-src 'none'; form-action 'none'; base-uri 'none'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>layer-budget explorer: ${htmlText(data.title)}</title>
<style>${STYLE_CSS}</style>
</head>
<body>
<header id="top"><h1>layer-budget explorer</h1><span id="image-title"></span><dl id="headline"></dl></header>
<main>
<section id="layers-pane" aria-label="layers">
<table id="layers"><thead><tr><th>#</th><th>instruction</th><th>size</th><th>compressed</th><th>wasted</th><th>hidden by</th></tr></thead><tbody></tbody></table>
<label class="switch"><input type="checkbox" id="only-changes"> only this layer's changes</label>
<label class="switch"><input type="checkbox" id="show-deleted" checked> show deleted paths</label>
</section>
<section id="work">
<nav id="tabs" role="tablist">
<button role="tab" data-tab="tree" aria-selected="true">Tree</button><button role="tab" data-tab="waste">Waste</button><button role="tab" data-tab="dups">Duplicates</button><button role="tab" data-tab="hints">Hints</button><button role="tab" data-tab="map">Treemap</button><button role="tab" data-tab="bars">Layer sizes</button>
</nav>
<div id="panel-tree" class="panel">
<div id="tree-tools"><input id="search" type="search" placeholder="search: substring or glob (* ?)  — press / to focus" autocomplete="off" spellcheck="false"> <label>sort <select id="sort"><option value="size">size</option><option value="name">name</option></select></label> <span id="view-label"></span></div>
<div id="results" hidden></div>
<div id="tree-head" class="row head"><span class="name">path</span><span class="size">size</span><span class="count">files</span><span class="note">change</span></div>
<div id="tree" tabindex="0" role="tree" aria-label="file tree"><div id="tree-spacer"></div></div>
</div>
<div id="panel-waste" class="panel" hidden></div>
<div id="panel-dups" class="panel" hidden></div>
<div id="panel-hints" class="panel" hidden></div>
<div id="panel-map" class="panel" hidden><div id="map-crumbs"></div><canvas id="map" width="900" height="520"></canvas><div id="map-tip" hidden></div></div>
<div id="panel-bars" class="panel" hidden></div>
</section>
</main>
<script id="lb-data" type="application/json">${scriptSafeJson(data)}</script>
<script>${CLIENT_JS}</script>
</body>
</html>
`;
}
