/**
 * The real ArtifactStore: @actions/artifact (artifact service v4, a Twirp "results service" at
 * ACTIONS_RESULTS_URL plus a signed blob upload). Listing and downloading another run's artifact go through the
 * REST API (`report-artifact.ts`).
 *
 * Artifact names are unique within a workflow run and artifacts are immutable, so before uploading:
 * - an artifact of the same name already in this run on attempt 1 means another job of the run uses the same
 *   `key` (a matrix without per-leg keys): a configuration error that names the key;
 * - on a re-run (GITHUB_RUN_ATTEMPT > 1) it is this job's own earlier attempt: it is deleted and replaced.
 * Where artifacts cannot work at all (GitHub Enterprise Server, no ACTIONS_RUNTIME_TOKEN outside GitHub's
 * runners), the upload fails with ArtifactsUnavailableError, whose message says why and what to use instead.
 */
import { DefaultArtifactClient } from '@actions/artifact';
import { InputError } from '../errors.ts';

/** Uploads artifacts (real adapter: @actions/artifact). Listing and downloading go through the REST API. */
export interface ArtifactStore {
  /** upload `files` (absolute paths under `rootDirectory`) as artifact `name` */
  upload(name: string, files: string[], rootDirectory: string, retentionDays: number): Promise<{ id: number | null }>;
}

/** Artifacts cannot be uploaded in this environment; the message says why and what to use instead. */
export class ArtifactsUnavailableError extends Error {
  override readonly name = 'ArtifactsUnavailableError';
}

/** What to use when artifacts can't carry the baseline. */
export const ARTIFACT_ALTERNATIVES =
  'pull requests get no baseline from artifacts here; give them one with `baseline-image` (e.g. `docker://ghcr.io/OWNER/APP:main`, read straight from the registry) or `baseline-report` (a report JSON you keep yourself)';

/** The key of an artifact name `layer-budget-<key>`. */
function keyOf(name: string): string {
  return name.startsWith('layer-budget-') ? name.slice('layer-budget-'.length) : name;
}

/** Two jobs of one run use the same key. */
export function keyCollision(name: string): InputError {
  const key = keyOf(name);
  return new InputError(`another job of this workflow run already uploaded the report artifact ${name}: two jobs use the key \`${key}\``, {
    hint: 'give each matrix leg its own key, e.g. `key: ${{ matrix.image }}`',
  });
}

/** Why artifacts can't work here (null: they can), from the runner's environment. */
export function artifactsUnavailableReason(env: Record<string, string | undefined>): string | null {
  let host = 'github.com';
  try {
    host = new URL(env['GITHUB_SERVER_URL'] || 'https://github.com').hostname.toLowerCase();
  } catch {
    // a malformed server URL: let the client decide
  }
  if (host !== 'github.com' && !host.endsWith('.ghe.com') && !host.endsWith('.localhost')) {
    return `this is GitHub Enterprise Server (${host}), where @actions/artifact v2+ cannot upload artifacts (GHESNotSupportedError)`;
  }
  if (!env['ACTIONS_RUNTIME_TOKEN'] || !env['ACTIONS_RESULTS_URL']) {
    return 'the runner gives this step no ACTIONS_RUNTIME_TOKEN / ACTIONS_RESULTS_URL (a runner other than GitHub Actions, e.g. act)';
  }
  return null;
}

/** An ArtifactStore on @actions/artifact (`env` default: process.env). */
export function createArtifactStore(env: Record<string, string | undefined> = process.env): ArtifactStore {
  let client: DefaultArtifactClient | null = null;
  const attempt = Number(env['GITHUB_RUN_ATTEMPT'] ?? 1) || 1;
  return {
    async upload(name, files, rootDirectory, retentionDays) {
      const reason = artifactsUnavailableReason(env);
      if (reason) throw new ArtifactsUnavailableError(`the report can't be uploaded as an artifact: ${reason}; ${ARTIFACT_ALTERNATIVES}`);
      client ??= new DefaultArtifactClient();
      const c = client;
      const exists = await c.getArtifact(name).then(
        () => true,
        (err: Error) => {
          if (err.name === 'ArtifactNotFoundError') return false;
          throw unavailable(err) ?? err;
        },
      );
      if (exists) {
        if (attempt <= 1) throw keyCollision(name);
        await c.deleteArtifact(name);
      }
      try {
        const res = await c.uploadArtifact(name, files, rootDirectory, { retentionDays });
        return { id: res.id ?? null };
      } catch (err) {
        const u = unavailable(err as Error);
        if (u) throw u;
        // a concurrent job of this run took the name between our check and the upload
        if (/\(409\)|already exists|conflict/i.test((err as Error).message)) {
          if (attempt <= 1) throw keyCollision(name);
          await c.deleteArtifact(name);
          const res = await c.uploadArtifact(name, files, rootDirectory, { retentionDays });
          return { id: res.id ?? null };
        }
        throw err;
      }
    },
  };
}

function unavailable(err: Error): ArtifactsUnavailableError | null {
  if (err.name === 'GHESNotSupportedError') {
    return new ArtifactsUnavailableError(`the report can't be uploaded as an artifact: GitHub Enterprise Server is not supported by @actions/artifact v2+; ${ARTIFACT_ALTERNATIVES}`);
  }
  return null;
}
