/**
 * A rate-limited producer for the benchmark's end-to-end row: writes FILE to stdout at MBPS megabytes per second
 * (1 MB = 1,000,000 B), in 1 MiB chunks, honouring backpressure — a stand-in for `docker save` streaming an export.
 *
 *   node bench/throttle.ts FILE MBPS
 */
import { openSync, readSync } from 'node:fs';

const [file, rate] = process.argv.slice(2);
if (!file || !(Number(rate) > 0)) {
  console.error('usage: node bench/throttle.ts FILE MBPS');
  process.exit(2);
}
const bytesPerMs = (Number(rate) * 1e6) / 1000;
const fd = openSync(file, 'r');
const start = performance.now();
let sent = 0;
for (;;) {
  const buf = Buffer.allocUnsafe(1 << 20);
  const n = readSync(fd, buf, 0, buf.length, null);
  if (n === 0) break;
  const ok = process.stdout.write(buf.subarray(0, n));
  sent += n;
  const ahead = sent / bytesPerMs - (performance.now() - start);
  if (ahead > 0) await new Promise((r) => setTimeout(r, ahead));
  if (!ok) await new Promise((r) => process.stdout.once('drain', r));
}
