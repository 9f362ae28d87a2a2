/**
 * The smallest useful image for the action's end-to-end tests: a legacy `docker save` archive (linux/amd64,
 * tagged `web:latest`) with one layer holding /app/blob of `bytes` bytes, built in memory.
 */
import { createHash } from 'node:crypto';
import { tarEntries } from './tar-writer.ts';

/** The archive's bytes (default: a 10,000-byte blob). */
export function blobImage(bytes = 10_000): Uint8Array {
  const layer = tarEntries([{ name: 'app/', type: 'dir' }, { name: 'app/blob', body: 'x'.repeat(bytes) }]);
  const diffId = `sha256:${createHash('sha256').update(layer).digest('hex')}`;
  const config = JSON.stringify({
    architecture: 'amd64',
    os: 'linux',
    created: '2026-01-01T00:00:00Z',
    config: { Cmd: ['/app/blob'] },
    rootfs: { type: 'layers', diff_ids: [diffId] },
    history: [{ created: '2026-01-01T00:00:00Z', created_by: 'COPY blob /app/blob # buildkit' }],
  });
  const configHex = createHash('sha256').update(config).digest('hex');
  const layerDir = diffId.slice(7, 71);
  return tarEntries([
    { name: `${layerDir}/`, type: 'dir' },
    { name: `${layerDir}/layer.tar`, body: layer },
    { name: `${configHex}.json`, body: config },
    { name: 'manifest.json', body: JSON.stringify([{ Config: `${configHex}.json`, RepoTags: ['web:latest'], Layers: [`${layerDir}/layer.tar`] }]) },
    { name: 'repositories', body: JSON.stringify({ web: { latest: layerDir } }) },
  ]);
}
