/**
 * makeContext: the read-only view of an Analysis that every rule gets (user layers, instructions, per-layer
 * regular files, visibility). Built once per run so that rules stay short.
 */
import type { Analysis, VisibleFile } from '../analysis/types.ts';
import type { HistoryEntry } from '../image/types.ts';
import type { HintContext } from './types.ts';
import { LayerFiles } from './types.ts';
import { maskCredentials } from './credentials.ts';

/** Which layers belong to the base image: from `report.baseImage.layerCount`, else each layer's `isBase`. */
function baseFlags(analysis: Analysis): boolean[] {
  const { report } = analysis;
  const n = Math.max(report.layers.length, analysis.layerEvents.length);
  const count = report.baseImage.layerCount;
  const flags: boolean[] = [];
  for (let i = 0; i < n; i++) {
    if (count !== null) flags.push(i < count);
    else flags.push(report.layers[i]?.isBase === true);
  }
  return flags;
}

/** Non-empty history entries aligned to layers in order, as the engine aligns them (extra entries ignored). */
function alignHistory(analysis: Analysis, layerCount: number): Array<HistoryEntry | undefined> {
  const nonEmpty = (analysis.image.config.history ?? []).filter((h) => h.empty_layer !== true);
  const out: Array<HistoryEntry | undefined> = [];
  for (let i = 0; i < layerCount; i++) out.push(nonEmpty[i]);
  return out;
}

/**
 * Masks credentials an instruction may carry in the clear (a Dockerfile `RUN` that writes a token, a URL with a
 * password, an AWS key id), so that no hint repeats them: `://user:***@`, `API_TOKEN=***`, `AKIA****************`.
 * The one detector (`credentials.ts`), which the core's redaction uses too.
 */
export const redact: (text: string) => string = maskCredentials;

/** Builds the HintContext of one Analysis. Pure; reads only the Analysis. */
export function makeContext(analysis: Analysis): HintContext {
  const { report } = analysis;
  const base = baseFlags(analysis);
  const layerCount = base.length;
  const userLayers: number[] = [];
  for (let i = 0; i < layerCount; i++) if (!base[i]) userLayers.push(i);
  const history = alignHistory(analysis, layerCount);

  const layerFiles = new LayerFiles(analysis.layerEvents);

  // one entry per inode: a bitmap by inode id (ids are small integers), no per-file key
  let maxInode = 0;
  for (const f of analysis.visibleFiles) if (f.inode > maxInode) maxInode = f.inode;
  const seenInodes = new Uint8Array(maxInode + 1);
  const visibleInodes: VisibleFile[] = [];
  for (const f of analysis.visibleFiles) {
    if (seenInodes[f.inode] === 0) {
      seenInodes[f.inode] = 1;
      visibleInodes.push(f);
    }
  }
  const tree = analysis.tree;
  let visibleKeys: Set<string> | null = null;
  const isVisible = (layer: number, path: string): boolean => {
    if (tree !== undefined) {
      // the final tree answers directly: the path is a file whose bytes were written by `layer`
      const node = tree.lookup(path);
      const ino = node < 0 ? -1 : tree.inode(node);
      return ino > 0 && tree.inodeLayer(ino) === layer;
    }
    if (visibleKeys === null) {
      visibleKeys = new Set();
      for (const f of analysis.visibleFiles) visibleKeys.add(`${f.layer}\u0000${f.path}`);
    }
    return visibleKeys.has(`${layer}\u0000${path}`);
  };

  const rawInstruction = (layer: number): string =>
    report.layers[layer]?.instruction ?? history[layer]?.created_by ?? '';

  return {
    analysis,
    report,
    userLayers,
    isUserLayer: (layer) => base[layer] !== true,
    rawInstruction,
    instruction: (layer) => {
      if (layer === null) return null;
      const l = report.layers[layer];
      const s = l?.normalizedInstruction || l?.instruction || history[layer]?.created_by || '';
      return s === '' ? null : redact(s);
    },
    layerFiles,
    filesOf: (layer) => layerFiles.ofLayer(layer),
    visibleInodes,
    isVisible,
    layerHistory: history,
  };
}
