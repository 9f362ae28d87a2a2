/**
 * Loaded with `node --import bench/rss-probe.ts` when /usr/bin/time is missing: writes the process's peak RSS
 * (KiB) to $LB_BENCH_RSS_FILE on exit.
 */
import { writeFileSync } from 'node:fs';

const file = process.env['LB_BENCH_RSS_FILE'];
if (file) process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS)));
