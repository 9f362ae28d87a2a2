/**
 * `layer-budget explore SOURCE [--output FILE.html] [--baseline REPORT.json] [--platform P]`: writes the
 * self-contained explorer page (src/render/explorer) for an image.
 */
import type { Analysis } from '../analysis/types.ts';
import type { Report } from '../report/types.ts';
import { buildExplorerData, explorerInput } from '../render/explorer/model.ts';
import { renderExplorer } from '../render/explorer/page.ts';
import type { Ports } from './ports.ts';

/** Where `explore` writes the page (default of --output). */
export const EXPLORER_FILE = 'layer-budget-explorer.html';

/** The explorer page's HTML for an analysis. */
export function explorerHtml(analysis: Analysis, baseline: Report | null, locationOf?: (layer: number) => string | null): string {
  return renderExplorer(buildExplorerData(explorerInput(analysis, { baseline, ...(locationOf ? { locationOf } : {}) })));
}

/** Writes the page; returns the path written. */
export async function writeExplorer(ports: Ports, analysis: Analysis, baseline: Report | null, output: string | undefined): Promise<string> {
  const path = output ?? EXPLORER_FILE;
  await ports.files.writeText(path, explorerHtml(analysis, baseline));
  return path;
}
