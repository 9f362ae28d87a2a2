/** The explorer page's stylesheet (inline; see page.ts). */
export const STYLE_CSS = String.raw`
:root { --fg:#1f2328; --muted:#656d76; --bg:#fff; --line:#d0d7de; --sel:#ddf4ff; --add:#1a7f37; --mod:#9a6700; --del:#cf222e; --bar:#0969da; --base:#8c959f; }
* { box-sizing: border-box; }
body { margin:0; font:13px/1.4 system-ui, -apple-system, "Segoe UI", sans-serif; color:var(--fg); background:var(--bg); }
header { display:flex; flex-wrap:wrap; align-items:baseline; gap:12px; padding:8px 12px; border-bottom:1px solid var(--line); }
header h1 { font-size:15px; margin:0; }
#image-title { font-family:ui-monospace, monospace; color:var(--muted); overflow-wrap:anywhere; }
#headline { display:flex; flex-wrap:wrap; gap:14px; margin:0; }
#headline div { display:flex; gap:4px; } #headline dt { color:var(--muted); } #headline dd { margin:0; font-weight:600; }
main { display:grid; grid-template-columns:minmax(380px, 44%) 1fr; height:calc(100vh - 42px); }
#layers-pane { overflow:auto; border-right:1px solid var(--line); padding:4px; }
#layers { border-collapse:collapse; width:100%; }
#layers th, #layers td { padding:3px 5px; border-bottom:1px solid var(--line); text-align:right; white-space:nowrap; }
#layers th:nth-child(2), #layers td:nth-child(2) { text-align:left; white-space:normal; max-width:260px; overflow:hidden; text-overflow:ellipsis; font-family:ui-monospace, monospace; font-size:12px; }
#layers tbody tr { cursor:pointer; } #layers tbody tr:hover { background:#f6f8fa; } #layers tbody tr.selected { background:var(--sel); }
#layers .loc { display:block; color:var(--muted); font-size:11px; }
.switch { display:block; margin:6px 4px; }
#work { display:flex; flex-direction:column; min-width:0; }
#tabs { display:flex; gap:2px; border-bottom:1px solid var(--line); padding:4px 8px 0; }
#tabs button { border:1px solid transparent; border-bottom:none; background:none; padding:5px 10px; cursor:pointer; font:inherit; }
#tabs button[aria-selected="true"] { border-color:var(--line); background:var(--bg); font-weight:600; border-radius:6px 6px 0 0; }
.panel { flex:1; overflow:auto; padding:6px 8px; min-height:0; }
#panel-tree { display:flex; flex-direction:column; overflow:hidden; }
#panel-tree[hidden], .panel[hidden] { display:none; }
#tree-tools { display:flex; gap:8px; align-items:center; margin-bottom:4px; }
#search { flex:1; font:inherit; padding:3px 6px; }
#view-label { color:var(--muted); }
#results { max-height:30%; overflow:auto; border:1px solid var(--line); margin-bottom:4px; }
#results div { padding:2px 6px; cursor:pointer; font-family:ui-monospace, monospace; font-size:12px; overflow-wrap:anywhere; } #results div:hover { background:#f6f8fa; }
#tree { position:relative; flex:1; overflow:auto; outline:none; font-family:ui-monospace, monospace; font-size:12px; }
#tree:focus .row.selected { outline:1px solid var(--bar); }
.row { position:absolute; left:0; right:0; height:20px; display:flex; align-items:center; white-space:nowrap; cursor:default; }
.row.head { position:static; font-weight:600; color:var(--muted); border-bottom:1px solid var(--line); font-family:inherit; }
.row.selected { background:var(--sel); }
.row .name { flex:1; overflow:hidden; text-overflow:ellipsis; }
.row .tog { display:inline-block; width:14px; text-align:center; cursor:pointer; color:var(--muted); }
.row .size { width:90px; text-align:right; } .row .count { width:70px; text-align:right; color:var(--muted); } .row .note { width:210px; padding-left:10px; overflow:hidden; text-overflow:ellipsis; }
.row.added .name { color:var(--add); } .row.modified .name { color:var(--mod); }
.row.gone .name, .row.gone .size { text-decoration:line-through; color:var(--del); }
.badge { display:inline-block; min-width:16px; padding:0 4px; border-radius:8px; font-size:11px; font-weight:600; color:#fff; text-align:center; }
.badge.A { background:var(--add); } .badge.M { background:var(--mod); } .badge.D { background:var(--del); }
.cause h3 { font-size:13px; margin:10px 0 4px; }
.item { display:flex; gap:10px; padding:2px 4px; cursor:pointer; font-family:ui-monospace, monospace; font-size:12px; } .item:hover { background:#f6f8fa; }
.item .p { flex:1; overflow-wrap:anywhere; } .item .s { width:90px; text-align:right; } .item .l { color:var(--muted); width:210px; }
.more { color:var(--muted); padding:2px 4px; }
.hint { border:1px solid var(--line); border-radius:6px; padding:6px 8px; margin:6px 0; }
.hint .sev { font-weight:700; text-transform:uppercase; font-size:11px; margin-right:6px; } .hint .sev.error { color:var(--del); } .hint .sev.warning { color:var(--mod); } .hint .sev.info { color:var(--muted); }
.hint .advice { color:var(--muted); margin:4px 0; }
a.jump { color:var(--bar); cursor:pointer; text-decoration:underline; }
#map { width:100%; max-width:1200px; border:1px solid var(--line); cursor:pointer; }
#map-crumbs { margin-bottom:4px; } #map-crumbs a { margin-right:4px; }
#map-tip { position:fixed; pointer-events:none; background:#24292f; color:#fff; padding:3px 6px; border-radius:4px; font-size:12px; max-width:520px; overflow-wrap:anywhere; }
.bars .b { display:flex; align-items:center; gap:8px; margin:3px 0; cursor:pointer; }
.bars .lab { width:260px; overflow:hidden; text-overflow:ellipsis; white-space:nowrap; font-family:ui-monospace, monospace; font-size:12px; }
.bars .track { flex:1; } .bars .fill { height:9px; background:var(--bar); margin:1px 0; } .bars .fill.base { background:var(--base); }
.bars .val { width:170px; text-align:right; }
`;
