import type { XContext } from './api';
import { PAYLOAD_BUDGET_BYTES } from './payload';

/**
 * Writes planned by bytes: operations are queued with the JSON size they add to the request,
 * and the batcher syncs before one would take the request over the budget. A write that fits
 * (nearly every write) is one sync, as before; a report sheet of many rows becomes a few, none
 * over Excel on the web's 5 MB.
 */
export class RequestBatcher {
  private bytes = 0;
  private queued = 0;
  /** Syncs this batcher made. */
  syncs = 0;
  /** Largest request it sent, estimated, in bytes. */
  maxBytes = 0;

  constructor(
    private readonly ctx: XContext,
    readonly budget: number = PAYLOAD_BUDGET_BYTES,
    /** Called when a new request starts (e.g. to suspend screen updating until its sync). */
    private readonly onNewRequest?: () => void,
  ) {}

  /** Queue `queue()`'s operations, `bytes` of request; syncs first when they would not fit. */
  async add(bytes: number, queue: () => void): Promise<void> {
    if (this.queued > 0 && this.bytes + bytes > this.budget) await this.sync();
    if (this.queued === 0) this.onNewRequest?.();
    queue();
    this.bytes += bytes;
    this.queued++;
  }

  /** Send what is queued; with nothing queued, still one sync when none was made yet. */
  async finish(): Promise<void> {
    if (this.queued > 0 || this.syncs === 0) await this.sync();
  }

  private async sync(): Promise<void> {
    this.maxBytes = Math.max(this.maxBytes, this.bytes);
    this.bytes = 0;
    this.queued = 0;
    this.syncs++;
    await this.ctx.sync();
  }
}

/**
 * Split a matrix's rows into consecutive chunks whose JSON stays under `limit` bytes each:
 * [start, end) offsets. A single row over the limit still goes alone.
 */
export function chunkRows(rowBytes: number[], limit: number): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  let size = 0;
  rowBytes.forEach((b, i) => {
    if (i > start && size + b > limit) {
      out.push([start, i]);
      start = i;
      size = 0;
    }
    size += b + 1;
  });
  if (rowBytes.length > start) out.push([start, rowBytes.length]);
  return out;
}
