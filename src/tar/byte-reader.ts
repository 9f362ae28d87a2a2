/**
 * A pull reader over a stream of chunks: exact reads for headers, bounded reads for bodies, peeking and
 * skipping, and a running byte position. Chunks are handed out as views, never copied unless a read spans
 * several of them.
 */

/** Pull-based reader with a small queue of pending chunks. */
export class ByteReader {
  private readonly it: AsyncIterator<Uint8Array>;
  private readonly queue: Uint8Array[] = [];
  private queued = 0;
  private ended = false;
  /** bytes consumed so far (read or skipped) */
  position = 0;
  /** bytes pulled from the source so far */
  pulled = 0;

  constructor(source: AsyncIterable<Uint8Array>) {
    this.it = source[Symbol.asyncIterator]();
  }

  /** pulls one more chunk; false at the end of the source */
  private async pull(): Promise<boolean> {
    if (this.ended) return false;
    for (;;) {
      const r = await this.it.next();
      if (r.done) {
        this.ended = true;
        return false;
      }
      const c = r.value instanceof Uint8Array ? r.value : new Uint8Array(r.value as ArrayBuffer);
      if (c.length === 0) continue;
      this.queue.push(c);
      this.queued += c.length;
      this.pulled += c.length;
      return true;
    }
  }

  private takeFront(n: number): Uint8Array {
    const head = this.queue[0]!;
    if (head.length <= n) {
      this.queue.shift();
      this.queued -= head.length;
      this.position += head.length;
      return head;
    }
    this.queue[0] = head.subarray(n);
    this.queued -= n;
    this.position += n;
    return head.subarray(0, n);
  }

  /** up to `max` bytes (at least 1), or null at the end of input */
  async read(max: number): Promise<Uint8Array | null> {
    if (this.queued === 0 && !(await this.pull())) return null;
    return this.takeFront(max);
  }

  /** exactly `n` bytes, or null when the input ends first (the partial bytes are consumed) */
  async readExact(n: number): Promise<Uint8Array | null> {
    while (this.queued < n) if (!(await this.pull())) break;
    if (this.queued < n) {
      this.position += this.queued;
      this.queue.length = 0;
      this.queued = 0;
      return null;
    }
    if (n === 0) return new Uint8Array(0);
    if (this.queue[0]!.length >= n) return this.takeFront(n);
    const out = new Uint8Array(n);
    let off = 0;
    while (off < n) {
      const c = this.takeFront(n - off);
      out.set(c, off);
      off += c.length;
    }
    return out;
  }

  /** the next `n` bytes (fewer at the end of input) without consuming them */
  async peek(n: number): Promise<Uint8Array> {
    while (this.queued < n) if (!(await this.pull())) break;
    const len = Math.min(n, this.queued);
    const out = new Uint8Array(len);
    let off = 0;
    for (const c of this.queue) {
      if (off >= len) break;
      const part = c.subarray(0, len - off);
      out.set(part, off);
      off += part.length;
    }
    return out;
  }

  /** skips `n` bytes; false when the input ends first */
  async skip(n: number): Promise<boolean> {
    let left = n;
    while (left > 0) {
      if (this.queued === 0 && !(await this.pull())) return false;
      left -= this.takeFront(left).length;
    }
    return true;
  }

  /** reads and discards everything up to the end of the source (so a producer is never left blocked) */
  async drainToEnd(): Promise<void> {
    this.position += this.queued;
    this.queue.length = 0;
    this.queued = 0;
    while (await this.pull()) {
      this.position += this.queued;
      this.queue.length = 0;
      this.queued = 0;
    }
  }

  /** stops the source early (e.g. on an error), letting it release its resources */
  async cancel(): Promise<void> {
    this.ended = true;
    await this.it.return?.();
  }
}
