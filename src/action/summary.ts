/**
 * The real SummaryWriter: appends markdown to the job summary (GITHUB_STEP_SUMMARY, 1 MiB limit) through
 * @actions/core. Without GITHUB_STEP_SUMMARY (a local run) it writes nothing.
 */
import { summary } from '@actions/core';
import type { SummaryWriter } from './ports.ts';

/** The job summary limit GitHub enforces per step. */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024;

/** A SummaryWriter on @actions/core; text over the limit is cut with a note. */
export function createSummaryWriter(env: Record<string, string | undefined>): SummaryWriter {
  return {
    async write(markdown) {
      if (!env['GITHUB_STEP_SUMMARY']) return;
      let text = markdown;
      if (Buffer.byteLength(text) > SUMMARY_LIMIT_BYTES - 1024) {
        text = `${Buffer.from(text).subarray(0, SUMMARY_LIMIT_BYTES - 2048).toString('utf8')}\n\n_(summary cut at GitHub's 1 MiB limit; the full report is in the artifact)_\n`;
      }
      await summary.addRaw(text, true).write();
    },
  };
}
