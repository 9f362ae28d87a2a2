/**
 * `node --expose-gc bench/stages.ts SOURCE`: heap used and RSS (MB) after each stage of one analysis, with a
 * forced GC before each reading, to see what each stage keeps.
 */
import { openSource } from '../src/image/index.ts';
import { createLayerScanner } from '../src/layer/scan.ts';
import { PathTable } from '../src/layer/path-table.ts';
import { analyze } from '../src/analysis/analyze.ts';
import { captureBytes, runHints } from '../src/hints/index.ts';
import { makeContext } from '../src/hints/context.ts';
import { tuneHeap } from '../src/io/heap.ts';

tuneHeap();

const gc = (globalThis as { gc?: () => void }).gc;
const mb = (n: number): string => (n / 1048576).toFixed(0);
function mark(stage: string): void {
  gc?.();
  const m = process.memoryUsage();
  console.log(`${stage.padEnd(14)} heap ${mb(m.heapUsed).padStart(4)}/${mb(m.heapTotal).padStart(4)} MB  ext ${mb(m.external)} ab ${mb(m.arrayBuffers)}  rss ${mb(m.rss).padStart(4)} MB  peak ${mb(process.resourceUsage().maxRSS * 1024).padStart(4)} MB`);
}
const source = process.argv[2] ?? '';
const hash = !process.argv.includes('--no-hash');
mark('start');
const image = await openSource(source).load({ scanner: createLayerScanner(), scan: { hash, verify: false, paths: new PathTable(), ...(hash ? { capture: captureBytes } : {}) } });
mark('read');
const a = analyze(image);
mark('analyze');
const ctx = makeContext(a);
mark('context');
if (process.argv.includes('--spaces')) {
  const v8 = await import('node:v8');
  for (const sp of v8.getHeapSpaceStatistics()) console.log(`  ${sp.space_name.padEnd(24)} size ${mb(sp.space_size)} used ${mb(sp.space_used_size)} phys ${mb(sp.physical_space_size)}`);
}
void ctx;
if (!process.argv.includes('--rules')) {
  runHints(a, {});
  mark('hints');
}

if (process.argv.includes('--rules')) {
  const { RULES } = await import('../src/hints/index.ts');
  const v8 = await import('node:v8');
  for (const r of RULES) {
    gc?.();
    const before = v8.getHeapStatistics();
    const t = performance.now();
    r.run(ctx);
    const ms = performance.now() - t;
    const after = v8.getHeapStatistics();
    console.log(`${r.id.padEnd(24)} ${ms.toFixed(0).padStart(5)} ms  heap total ${mb(before.total_heap_size)} → ${mb(after.total_heap_size)} MB  rss ${mb(process.memoryUsage().rss)}`);
  }
}
