/**
 * renderComment(): the sticky PR comment. Its first line is the hidden marker `<!-- layer-budget:KEY -->`
 * that finds it again. It never exceeds GitHub's 65,536-character limit: the lowest-value parts are cut first
 * and a note says what was cut and points to the job summary.
 */
import { renderMarkdown } from './markdown.ts';
import type { MarkdownInput } from './markdown.ts';

export type { MarkdownInput as CommentInput } from './markdown.ts';

/**
 * Renders the PR comment (see MarkdownInput for every field and its default).
 * @param maxLength the limit in UTF-16 code units (default: 65,536)
 */
export function renderComment(input: MarkdownInput, maxLength?: number): string {
  return renderMarkdown(input, 'comment', maxLength);
}
