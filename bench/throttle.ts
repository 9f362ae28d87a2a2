/**
 * A rate-limited producer for the benchmark's end-to-end row: writes FILE to stdout at MBPS megabytes per second
 * (1 MB = 1,000,000 B), in 1 MiB chunks, blocking while the reader is behind — a stand-in for `docker save` streaming an export.
 *
 *   node bench/throttle.ts FILE MBPS
 */
import { openSync, readSync, writeSync } from 'node:fs';

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
  // Blocking writes to fd 1 (process.stdout is never touched, so the pipe stays blocking): a consumer that
  // stops reading simply blocks us, as it blocks `docker save`. (A 'drain' wait on process.stdout left nothing
  // alive in the event loop, and the producer exited mid-archive.)
  for (let off = 0; off < n; ) {
    try {
      off += writeSync(1, buf, off, n - off);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EAGAIN') throw e;
      await new Promise((r) => setTimeout(r, 1));
    }
  }
  sent += n;
  const ahead = sent / bytesPerMs - (performance.now() - start);
  if (ahead > 0) await new Promise((r) => setTimeout(r, ahead));
}
