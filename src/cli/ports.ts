/**
 * Ports: every side effect the program needs, handed in by the entry points (CLI or action). The core never
 * reaches for process, fs or the network itself, so tests inject plain objects instead of mocking modules.
 */
import type { Readable } from 'node:stream';

/** Text output and terminal facts. */
export interface ConsolePort {
  /** write to standard output */
  out(text: string): void;
  /** write to standard error */
  err(text: string): void;
  /** standard output is a terminal (colors allowed) */
  readonly isTTY: boolean;
  /** terminal width in columns (default: 100) */
  readonly columns: number;
}

/** Files the program reads (config, saved reports) and writes (report output). */
export interface FilePort {
  /** the file's text, or null when it does not exist */
  readText(path: string): Promise<string | null>;
  /** write text, creating parent folders */
  writeText(path: string, text: string): Promise<void>;
}

/** What a program run may touch. */
export interface Ports {
  console: ConsolePort;
  files: FilePort;
  /** environment variables (registry credentials, DOCKER_CONFIG, NO_COLOR) */
  env: Record<string, string | undefined>;
  /** standard input, for the `-` source */
  stdin: Readable;
}
