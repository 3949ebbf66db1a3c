/** One `context.sync()` as the fake saw it. */
export interface SyncRecord {
  readonly ops: number;
  /** JSON length of what would cross the wire to Excel (addresses, values set, method arguments). */
  readonly requestBytes: number;
  /** JSON length of what came back (loaded properties). */
  readonly responseBytes: number;
  /** How many times each method was called in the batch ("getRanges": 3). */
  readonly calls: Readonly<Record<string, number>>;
  /** Error code when the sync was rejected. */
  readonly failed?: string;
}

/** Round-trip counters: what the adapter's performance claims are measured with. */
export class FakeStats {
  syncs = 0;
  queuedOps = 0;
  maxRequestBytes = 0;
  maxResponseBytes = 0;
  log: SyncRecord[] = [];

  record(r: SyncRecord): void {
    this.syncs += 1;
    this.queuedOps += r.ops;
    this.maxRequestBytes = Math.max(this.maxRequestBytes, r.requestBytes);
    this.maxResponseBytes = Math.max(this.maxResponseBytes, r.responseBytes);
    this.log.push(r);
  }

  reset(): void {
    this.syncs = 0;
    this.queuedOps = 0;
    this.maxRequestBytes = 0;
    this.maxResponseBytes = 0;
    this.log = [];
  }
}

/** Bytes a value would take as JSON on the wire. */
export function jsonBytes(v: unknown): number {
  if (v === undefined) return 0;
  return JSON.stringify(v)?.length ?? 0;
}
