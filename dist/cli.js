#!/usr/bin/env node
// layer-budget command line: checks the Node version, then loads the bundle.
const major = Number(process.versions.node.split('.')[0]);
if (major < 24) {
  process.stderr.write('layer-budget: needs Node 24 or later; this is Node ' + process.versions.node + '\n  hint: install Node 24 (or run through npx / npm scripts of this package, which bring their own)\n');
  process.exit(2);
}
await import('./layer-budget.js');
