/**
 * Real Chromium for the explorer tests: Debian's `chromium` (installed by .ci/run) driven by playwright-core.
 * No browser is downloaded. Returns null when the binary is missing (a local run without it skips; CI fails).
 */
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';

/** The Chromium binary (default: /usr/bin/chromium; LAYER_BUDGET_CHROMIUM overrides). */
export const CHROMIUM = process.env['LAYER_BUDGET_CHROMIUM'] ?? '/usr/bin/chromium';

/** Launches headless Chromium with the flags this closed network needs, or null when it is not installed. */
export async function launchChromium(): Promise<Browser | null> {
  if (!existsSync(CHROMIUM)) return null;
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
}
