/**
 * Aligns the config history to the layers: entries with `empty_layer: true` made no layer; the others belong to
 * the layers in order (docs/architecture.md §"Formats"). Missing or short history leaves the remaining layers with instruction ''.
 * Extra non-empty entries (a malformed config) are ignored.
 */
import type { HistoryEntry } from '../image/types.ts';

/** What the history says about one layer. */
export interface LayerHistory {
  /** `created_by` as stored ('' when unknown) */
  instruction: string;
  /** `created` timestamp as stored, or null */
  created: string | null;
  /** `comment`, or null */
  comment: string | null;
}

/** Returns one entry per layer, in layer order. */
export function alignHistory(history: readonly HistoryEntry[] | undefined | null, layerCount: number): LayerHistory[] {
  const out: LayerHistory[] = [];
  for (const h of history ?? []) {
    if (out.length >= layerCount) break;
    if (h === null || typeof h !== 'object' || h.empty_layer === true) continue;
    out.push({
      instruction: typeof h.created_by === 'string' ? h.created_by : '',
      created: typeof h.created === 'string' ? h.created : null,
      comment: typeof h.comment === 'string' ? h.comment : null,
    });
  }
  while (out.length < layerCount) out.push({ instruction: '', created: null, comment: null });
  return out;
}
