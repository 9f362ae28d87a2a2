/**
 * renderSummary(): the job summary, the fuller version of the PR comment: every layer in one table, all
 * directory deltas, all hints with evidence, waste by cause, top wasted paths, duplicates and deleted paths,
 * and the chart. It stays under GitHub's 1 MiB summary limit the same way the comment does.
 */
import { renderMarkdown } from './markdown.ts';
import type { MarkdownInput } from './markdown.ts';

/**
 * Renders the job summary (same input as the comment).
 * @param maxBytes the limit in UTF-8 bytes (default: 1,048,576)
 */
export function renderSummary(input: MarkdownInput, maxBytes?: number): string {
  return renderMarkdown({ ...input, collapseUnchanged: input.collapseUnchanged ?? false }, 'summary', maxBytes);
}
