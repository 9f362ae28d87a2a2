/**
 * The real ArtifactStore: @actions/artifact (artifact service v4). It needs the runner's
 * ACTIONS_RUNTIME_TOKEN, so it only runs inside a job; tests use a fake store, and listing and downloading go
 * through the REST API (`report-artifact.ts`), which the fake GitHub server covers.
 */
import { DefaultArtifactClient } from '@actions/artifact';
import type { ArtifactStore } from '../action/ports.ts';

/** An ArtifactStore on @actions/artifact; a rerun's same-named artifact is replaced. */
export function createArtifactStore(): ArtifactStore {
  const client = new DefaultArtifactClient();
  return {
    async upload(name, files, rootDirectory, retentionDays) {
      try {
        const res = await client.uploadArtifact(name, files, rootDirectory, { retentionDays });
        return { id: res.id ?? null };
      } catch (err) {
        // a rerun of the job: the name is taken by the earlier attempt's artifact
        if (!/already exists|conflict|409/i.test((err as Error).message)) throw err;
        await client.deleteArtifact(name);
        const res = await client.uploadArtifact(name, files, rootDirectory, { retentionDays });
        return { id: res.id ?? null };
      }
    },
  };
}
