// Decides what the task pane shows once office.js has (or has not) started. Pure over an injected
// `office` object so each way of opening the page can be tested without Office or a browser.

/** The minimum ExcelApi requirement set; the manifest's <Requirements> names the same version. */
export const MIN_EXCEL_API = "1.9";

/** How long to wait for `Office.onReady` before telling the user the page is not inside Office. */
export const DEFAULT_READY_TIMEOUT_MS = 5000;

/** Why the pane cannot run: each reason gets its own explanation in the OutsideOffice view. */
export type OutsideOfficeReason =
  /** office.js did not load (offline, blocked, or the page was opened from disk). */
  | "no-office-js"
  /** office.js loaded in a plain browser tab: `Office.onReady` reports no host. */
  | "no-host"
  /** Opened inside an Office application other than Excel. */
  | "not-excel"
  /** Excel is older than the minimum ExcelApi requirement set. */
  | "excel-too-old"
  /** `Office.onReady` neither resolved nor failed within the timeout. */
  | "timeout"
  /** `Office.onReady` rejected. */
  | "office-failed";

/** What the pane shows. */
export type BootView =
  | { readonly kind: "loading" }
  | { readonly kind: "pane"; readonly platform: string | null }
  | {
      readonly kind: "outside-office";
      readonly reason: OutsideOfficeReason;
      /** The error Office gave, when it gave one, so the user can report it. */
      readonly detail?: string;
    };

/** The part of the `Office` namespace the pane needs to start; `typeof Office` satisfies it. */
export interface OfficeLike {
  onReady(): Promise<{ host: unknown; platform: unknown }>;
  readonly HostType: { readonly Excel: unknown };
  readonly context: {
    readonly requirements: { isSetSupported(name: string, minVersion?: string): boolean };
  };
}

/** Options for {@link startTaskpane}; both exist so tests control time. */
export interface BootOptions {
  readonly timeoutMs?: number;
  /** Resolves after `ms` milliseconds. */
  readonly sleep?: (ms: number) => Promise<void>;
}

const defaultSleep = (ms: number): Promise<void> =>
  new Promise((resolve) => {
    setTimeout(resolve, ms);
  });

/** Chooses the view from what `Office.onReady` reported. */
export function viewForReadyInfo(
  office: OfficeLike,
  info: { host: unknown; platform: unknown }
): BootView {
  if (info.host === null || info.host === undefined) {
    return { kind: "outside-office", reason: "no-host" };
  }
  if (info.host !== office.HostType.Excel) {
    return { kind: "outside-office", reason: "not-excel" };
  }
  if (!office.context.requirements.isSetSupported("ExcelApi", MIN_EXCEL_API)) {
    return { kind: "outside-office", reason: "excel-too-old" };
  }
  return { kind: "pane", platform: typeof info.platform === "string" ? info.platform : null };
}

type ReadyResult =
  | { readonly kind: "ready"; readonly info: { host: unknown; platform: unknown } }
  | { readonly kind: "failed"; readonly error: unknown };
type ReadyOutcome = ReadyResult | { readonly kind: "timeout" };

/**
 * Waits for office.js and calls `show` with each view in turn. A slow Office is not written off: after
 * the timeout message, `show` is called again with the pane if `Office.onReady` resolves later.
 * Resolves with the last view shown.
 */
export async function startTaskpane(
  office: OfficeLike | undefined,
  show: (view: BootView) => void,
  options: BootOptions = {}
): Promise<BootView> {
  const display = (view: BootView): BootView => {
    show(view);
    return view;
  };
  if (office === undefined) {
    return display({ kind: "outside-office", reason: "no-office-js" });
  }
  display({ kind: "loading" });

  // Promise.resolve().then: a broken office.js that throws synchronously counts as a failure too.
  const ready: Promise<ReadyResult> = Promise.resolve()
    .then(() => office.onReady())
    .then(
      (info): ReadyResult => ({ kind: "ready", info }),
      (error: unknown): ReadyResult => ({ kind: "failed", error })
    );
  const sleep = options.sleep ?? defaultSleep;
  const timedOut = sleep(options.timeoutMs ?? DEFAULT_READY_TIMEOUT_MS).then((): ReadyOutcome => ({
    kind: "timeout",
  }));

  const first = await Promise.race([ready, timedOut]);
  if (first.kind !== "timeout") {
    return display(viewFor(office, first));
  }
  display({ kind: "outside-office", reason: "timeout" });
  const late = await ready;
  // Keep the timeout message unless Office finally says it is Excel: the other outcomes add nothing.
  const lateView = viewFor(office, late);
  return lateView.kind === "pane"
    ? display(lateView)
    : { kind: "outside-office", reason: "timeout" };
}

function viewFor(office: OfficeLike, outcome: ReadyResult): BootView {
  return outcome.kind === "failed"
    ? { kind: "outside-office", reason: "office-failed", detail: describeError(outcome.error) }
    : viewForReadyInfo(office, outcome.info);
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The global `Office` if office.js loaded, else undefined (reading an undeclared global would throw). */
export function globalOffice(scope: { Office?: OfficeLike } = globalThis): OfficeLike | undefined {
  return scope.Office;
}
