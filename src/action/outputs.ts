/**
 * The real OutputWriter and Logger: step outputs (GITHUB_OUTPUT) and log annotations through @actions/core.
 */
import * as core from '@actions/core';
import type { Logger, OutputWriter } from './ports.ts';

/** Step outputs via @actions/core `setOutput`. */
export function createOutputWriter(): OutputWriter {
  return { set: (name, value) => core.setOutput(name, value) };
}

/** The workflow log: info lines, notice/warning/error annotations, collapsible groups. */
export function createLogger(): Logger {
  return {
    info: (m) => core.info(m),
    notice: (m) => core.notice(m),
    warning: (m, props) => core.warning(m, props),
    error: (m, props) => core.error(m, props),
    group: (name, fn) => core.group(name, fn),
  };
}
