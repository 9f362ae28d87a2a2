/**
 * Reads a report out of a workflow run's artifact through the REST API: find the artifact by name, download
 * its zip (the API answers with a redirect to blob storage, which fetch follows), take `report.json` out of it
 * in memory and validate it. The artifact may come from an untrusted run, so sizes are capped and the report
 * is validated before use.
 */
import type { Report } from '../report/types.ts';
import { explainApiError } from './api-error.ts';
import type { Octokit } from './octokit.ts';
import { readZipEntry } from './unzip.ts';
import { InputError, untrusted } from '../errors.ts';

/** The artifact name of a key's report. */
export function artifactName(key: string): string {
  return `layer-budget-${key}`;
}

/** The explorer page's artifact: separate from the report's, so the baseline download stays small. */
export function explorerArtifactName(key: string): string {
  return `layer-budget-${key}-explorer`;
}

/** The file inside the artifact. */
export const REPORT_FILE = 'report.json';

/** An artifact as listed by the API (the fields we use). */
export interface ListedArtifact {
  id: number;
  name: string;
  size_in_bytes: number;
  expired: boolean;
  created_at?: string | null;
}

/** Artifacts of a run with the given name, newest first. */
export async function listRunArtifacts(opts: { octokit: Octokit; owner: string; repo: string; runId: number; name: string }): Promise<ListedArtifact[]> {
  const { octokit, owner, repo, runId, name } = opts;
  try {
    const list = await octokit.paginate(octokit.rest.actions.listWorkflowRunArtifacts, { owner, repo, run_id: runId, name, per_page: 100 });
    return list.filter((a) => a.name === name).sort((a, b) => b.id - a.id);
  } catch (err) {
    throw explainApiError(`listing the artifacts of run ${runId}`, err, 'actions: read');
  }
}

export interface ReadReportOptions {
  octokit: Octokit;
  owner: string;
  repo: string;
  artifact: ListedArtifact;
  /** parses and validates the report text (the engine's `fromJson`) */
  parse: (text: string, what: string) => Report;
  /** what to call it in errors (default: `report artifact`) */
  what?: string;
  /** largest zip downloaded (default: 64 MiB) */
  maxZipBytes?: number;
  /** largest report.json accepted (default: 32 MiB) */
  maxReportBytes?: number;
}

/** Downloads the artifact and returns its validated report. */
export async function readReportArtifact(opts: ReadReportOptions): Promise<Report> {
  const { octokit, owner, repo, artifact } = opts;
  const what = opts.what ?? 'report artifact';
  const maxZip = opts.maxZipBytes ?? 64 * 1024 * 1024;
  if (artifact.size_in_bytes > maxZip) throw new InputError(`${what} ${untrusted(artifact.name)} (${artifact.id}) is ${artifact.size_in_bytes} bytes (limit ${maxZip})`, { hint: 'the artifact comes from another run and may be corrupt or hostile: it must be the zip the action uploads, holding report.json' });
  let data: unknown;
  try {
    const res = await octokit.rest.actions.downloadArtifact({ owner, repo, artifact_id: artifact.id, archive_format: 'zip' });
    data = res.data;
  } catch (err) {
    throw explainApiError(`downloading ${what} ${artifact.name} (${artifact.id})`, err, 'actions: read');
  }
  const bytes = data instanceof ArrayBuffer ? new Uint8Array(data) : data instanceof Uint8Array ? data : null;
  if (!bytes) throw new Error(`downloading ${what} ${untrusted(artifact.name)} (${artifact.id}): unexpected response type`);
  if (bytes.length > maxZip) throw new InputError(`${what} ${untrusted(artifact.name)} (${artifact.id}) is ${bytes.length} bytes (limit ${maxZip})`, { hint: 'the artifact comes from another run and may be corrupt or hostile: it must be the zip the action uploads, holding report.json' });
  let entry: Uint8Array | null;
  try {
    entry = readZipEntry(bytes, REPORT_FILE, { maxEntryBytes: opts.maxReportBytes ?? 32 * 1024 * 1024 });
  } catch (err) {
    throw new InputError(`reading ${what} ${untrusted(artifact.name)} (${artifact.id}): ${untrusted((err as Error).message)}`, { cause: err, hint: 'the artifact comes from another run and may be corrupt or hostile: it must be the zip the action uploads, holding report.json' });
  }
  if (!entry) throw new InputError(`${what} ${untrusted(artifact.name)} (${artifact.id}) has no ${REPORT_FILE}`, { hint: 'the artifact comes from another run and may be corrupt or hostile: it must be the zip the action uploads, holding report.json' });
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(entry);
  } catch (err) {
    throw new InputError(`${what} ${untrusted(artifact.name)} (${artifact.id}): ${REPORT_FILE} is not UTF-8`, { cause: err, hint: 'the artifact comes from another run and may be corrupt or hostile: it must be the zip the action uploads, holding report.json' });
  }
  return opts.parse(text, what);
}
