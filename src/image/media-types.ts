/**
 * Media types of manifests, indexes and layers (OCI and Docker), and how we treat each layer type.
 */

/** OCI image index. */
export const OCI_INDEX = 'application/vnd.oci.image.index.v1+json';
/** OCI image manifest. */
export const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
/** Docker manifest list (schema 2). */
export const DOCKER_LIST = 'application/vnd.docker.distribution.manifest.list.v2+json';
/** Docker image manifest (schema 2). */
export const DOCKER_MANIFEST = 'application/vnd.docker.distribution.manifest.v2+json';
/** Docker schema 1 manifests (unsupported). */
export const DOCKER_SCHEMA1 = ['application/vnd.docker.distribution.manifest.v1+json', 'application/vnd.docker.distribution.manifest.v1+prettyjws'];
/** The media type a legacy `docker save` layer tar has. */
export const DOCKER_LAYER_TAR = 'application/vnd.docker.image.rootfs.diff.tar';
/** A gzip'd Docker layer. */
export const DOCKER_LAYER_GZIP = 'application/vnd.docker.image.rootfs.diff.tar.gzip';
/** The `Accept` header for manifests: OCI and Docker v2, images and indexes. */
export const MANIFEST_ACCEPT = [OCI_MANIFEST, OCI_INDEX, DOCKER_MANIFEST, DOCKER_LIST].join(', ');

/** Whether a media type names an index / manifest list. */
export function isIndexType(mt: string | undefined): boolean {
  return mt === OCI_INDEX || mt === DOCKER_LIST;
}

/** How a layer media type is handled: scanned, foreign (blob usually elsewhere), or unsupported. */
export function layerKind(mt: string): 'layer' | 'foreign' | 'unsupported' {
  if (/nondistributable|foreign/.test(mt)) return 'foreign';
  if (/^application\/vnd\.oci\.image\.layer\.v1\.tar(\+gzip|\+zstd)?$/.test(mt)) return 'layer';
  if (/^application\/vnd\.docker\.image\.rootfs\.diff\.tar(\.gzip|\.zstd)?$/.test(mt)) return 'layer';
  // estargz and other gzip-compatible encodings keep the tar+gzip suffix
  if (/^application\/vnd\.[a-z0-9.-]+\.tar(\+gzip|\+zstd)?$/.test(mt)) return 'layer';
  return 'unsupported';
}
