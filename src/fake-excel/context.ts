import { FakeOfficeError } from "./errors";
import type { FakeHost, RunInfo } from "./host";
import type { FakeClientObject } from "./proxy";
import { jsonBytes } from "./stats";
import { FakeWorkbook } from "./workbook";

/** What an applied op hands back: a load's data, committed only when the whole response fits. */
export interface OpResult {
  response?: unknown;
  commit?: () => void;
}

/** One queued command: a load, a property set or a method call. */
export interface FakeOp {
  /** The proxy it acts on; when that proxy turns out to be a null object the op is a no-op. */
  target: FakeClientObject | null;
  /** What the command adds to the request (property name, arguments, values set). */
  request: unknown;
  apply(): OpResult | void;
  /** Runs even on a null object (resolving `isNullObject` itself). */
  always?: boolean;
}

/**
 * Per-command overhead on the wire (action, object path, ids). Office.js sends each command as JSON with
 * its whole object path, about 200 bytes: the adapter plans its batches with that figure, so the fake
 * charges no less, or a batch Excel would refuse would pass here.
 */
export const OP_OVERHEAD = 200;

/** What a command carries besides its framing: the arguments, the value set, or the properties loaded. */
function payloadOf(op: FakeOp): unknown {
  const r = op.request as { args?: unknown; value?: unknown; load?: unknown } | null;
  return r?.args ?? r?.value ?? r?.load;
}

/**
 * Mimics Excel.RequestContext: commands queue on proxies and run, in order, at `sync()`. A failing command
 * rejects the sync; the ones before it have been applied (Excel batches are not transactions).
 */
export class FakeRequestContext {
  readonly workbook: FakeWorkbook;
  /** Tracking only matters for real Excel's object lifetimes; the fake keeps everything alive. */
  readonly trackedObjects = {
    add: (_o: unknown): void => undefined,
    remove: (_o: unknown): void => undefined,
  };
  private queue: FakeOp[] = [];

  constructor(
    readonly host: FakeHost,
    readonly runInfo: RunInfo = { id: 0, mergeUndoGroup: false }
  ) {
    this.workbook = new FakeWorkbook(this);
  }

  /** @internal */
  enqueue(op: FakeOp): void {
    this.queue.push(op);
  }

  async sync(): Promise<void> {
    const ops = this.queue;
    this.queue = [];
    const host = this.host;
    const requestBytes = ops.reduce((n, op) => n + OP_OVERHEAD + jsonBytes(payloadOf(op)), 0);
    let responseBytes = 0;
    const calls: Record<string, number> = {};
    for (const op of ops) {
      const call = (op.request as { call?: unknown } | null)?.call;
      if (typeof call === "string") calls[call] = (calls[call] ?? 0) + 1;
    }
    const fail = (code: string, err?: FakeOfficeError): never => {
      host.stats.record({ ops: ops.length, requestBytes, responseBytes, calls, failed: code });
      // what was applied before the failure stays applied, and its change events still fire
      void host.flushChanges();
      throw err ?? new FakeOfficeError(code, `Injected failure (${code}).`);
    };
    await Promise.resolve();
    host.faults.interject();
    const fault = host.faults.take();
    if (requestBytes > host.payloadLimit) {
      fail(
        "RequestPayloadSizeLimitExceeded",
        new FakeOfficeError(
          "RequestPayloadSizeLimitExceeded",
          `The request payload size (${requestBytes} bytes) has exceeded the limit.`
        )
      );
    }
    const commits: (() => void)[] = [];
    let applied = 0;
    host.beginApply(this.runInfo);
    for (const op of ops) {
      if (fault && applied >= fault.afterOps) break;
      try {
        if (op.always || !op.target || !op.target._isNull()) {
          const r = op.apply();
          if (r?.commit) commits.push(r.commit);
          if (r && "response" in r) responseBytes += jsonBytes(r.response);
        }
      } catch (e) {
        host.beginApply(null);
        if (e instanceof FakeOfficeError) fail(e.code, e);
        throw e;
      }
      applied += 1;
    }
    host.beginApply(null);
    if (fault) fail(fault.code);
    if (responseBytes > host.payloadLimit) {
      fail(
        "ResponsePayloadSizeLimitExceeded",
        new FakeOfficeError(
          "ResponsePayloadSizeLimitExceeded",
          `The response payload size (${responseBytes} bytes) has exceeded the limit.`
        )
      );
    }
    for (const c of commits) c();
    host.stats.record({ ops: ops.length, requestBytes, responseBytes, calls });
    void host.flushChanges();
  }
}
