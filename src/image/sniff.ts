/**
 * Recognizing what a file or stream is from its first bytes, so that a wrong input gets a message saying what
 * it looks like and what is accepted.
 */
import { InputError } from '../errors.ts';

/** What we accept, for error hints. */
export const ACCEPTED =
  'accepted: a docker/podman save archive (docker-archive:PATH), an oci-archive (oci-archive:PATH), an OCI layout directory (oci:DIR), a registry image (docker://HOST/REPO:TAG), docker-daemon:IMAGE, podman:IMAGE, or - for a tar on stdin';

/** Whether a 512-byte block is a tar header with a valid checksum (any flavour). */
export function isTarHeader(b: Uint8Array): boolean {
  if (b.length < 512) return false;
  let sum = 0;
  let zero = true;
  for (let i = 0; i < 512; i++) {
    if (b[i] !== 0) zero = false;
    sum += i >= 148 && i < 156 ? 32 : b[i]!;
  }
  if (zero) return false;
  const s = Buffer.from(b.subarray(148, 156)).toString('latin1').replace(/[\0 ]+$/g, '').trim();
  return /^[0-7]+$/.test(s) && parseInt(s, 8) === sum;
}

/** Describes non-tar bytes (`a gzip-compressed file`, …), or null when they look like a tar. */
export function describeNonTar(head: Uint8Array): string | null {
  if (head.length === 0) return 'empty';
  if (head[0] === 0x1f && head[1] === 0x8b) return 'a gzip-compressed file (not a plain tar archive)';
  if (head[0] === 0x28 && head[1] === 0xb5 && head[2] === 0x2f && head[3] === 0xfd) return 'a zstd-compressed file (not a plain tar archive)';
  if (head[0] === 0x42 && head[1] === 0x5a && head[2] === 0x68) return 'a bzip2-compressed file (not a plain tar archive)';
  if (head[0] === 0xfd && head[1] === 0x37 && head[2] === 0x7a && head[3] === 0x58) return 'an xz-compressed file (not a plain tar archive)';
  if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) return 'a zip archive';
  if (isTarHeader(head)) return null;
  const text = Buffer.from(head.subarray(0, 64)).toString('utf8').trimStart();
  if (text.startsWith('{') || text.startsWith('[')) return 'a JSON document';
  if (head.length < 512) return `not a tar archive (only ${head.length} bytes)`;
  return 'not a tar archive';
}

/** Throws an InputError when the first bytes are not a tar header. `what` names the input. */
export function requireTar(head: Uint8Array, what: string): void {
  const d = describeNonTar(head);
  if (d === null) return;
  const gz = d.startsWith('a gzip');
  throw new InputError(`${what} is ${d === 'empty' ? 'empty' : d}`, {
    hint: gz ? `decompress it first (gunzip), then pass the tar; ${ACCEPTED}` : ACCEPTED,
  });
}
