// The report as JSON, written in pieces. A 100,000-row plan's report is 160 MB of indented JSON: built as
// one string and then encoded for stdout it took two copies of that on top of the report itself (the CLI's
// `check --format json` peaked at 1.08 GB). The pieces are byte for byte what JSON.stringify(value, null, 2)
// gives, so the output is unchanged.

/** From this depth a value is stringified whole: report, workbooks, workbook, tables, table, actions, then
 * one action (a few hundred bytes) at a time. */
const SPLIT_DEPTH = 6;
// Every string made here stays under V8's large-object size (128 KB; two bytes a character once a dash or
// an ellipsis is in it). A larger one is allocated straight into the old generation, or promoted there by
// the first collection it outlives: written in 400 KB slices, a 100,000-row report's writing left ~40 MB of
// such garbage in the old generation, which is collected only by a full collection (BENCHMARKS.md,
// wt17-climem). Small pieces die young, where collecting them costs almost nothing.
/** Pieces are joined up to about this many characters before each write. */
const BATCH = 16 * 1024;
/** Elements of an array of leaves stringified together (a table's actions: ~1,600 characters each). */
const SLICE = 16;

const INDENT = "  ";

function skipped(v: unknown): boolean {
  return v === undefined || typeof v === "function" || typeof v === "symbol";
}

function isContainer(v: unknown): v is object {
  return (
    typeof v === "object" && v !== null && typeof (v as { toJSON?: unknown }).toJSON !== "function"
  );
}

/** `value` stringified at `indent`: JSON.stringify's own output with its lines indented further. */
function leaf(value: unknown, indent: string): string {
  const s = JSON.stringify(value, null, 2);
  // JSON escapes every newline inside a string, so each raw newline starts a line of the layout
  return indent === "" ? s : s.replace(/\n/g, `\n${indent}`);
}

/**
 * An array of leaves (a table's actions) stringified a slice at a time: one JSON.stringify and one
 * re-indenting per slice rather than per element, which cost 12% more CPU on a 100,000-row report.
 */
function* leafSlices(value: readonly unknown[], indent: string): Generator<string> {
  yield "[\n";
  for (let i = 0; i < value.length; i += SLICE) {
    // "[\n  a,\n  b\n]" without its brackets is the slice's elements one level in
    const s = JSON.stringify(value.slice(i, i + SLICE), null, 2);
    const body = s.slice(2, s.length - 2);
    yield `${i > 0 ? ",\n" : ""}${indent}${indent === "" ? body : body.replace(/\n/g, `\n${indent}`)}`;
  }
  yield `\n${indent}]`;
}

/** The pieces of JSON.stringify(value, null, 2), the containers near the top opened one member at a time. */
export function* jsonPieces(value: unknown, indent = "", depth = 0): Generator<string> {
  // a long list below the split (a verdict reason's thousands of actions) is still written a slice at a time
  if (depth >= SPLIT_DEPTH && Array.isArray(value) && value.length > SLICE) {
    yield* leafSlices(value, indent);
    return;
  }
  if (!isContainer(value) || depth >= SPLIT_DEPTH) {
    yield leaf(value, indent);
    return;
  }
  const inner = indent + INDENT;
  if (Array.isArray(value)) {
    if (value.length === 0) {
      yield "[]";
      return;
    }
    if (depth + 1 >= SPLIT_DEPTH) {
      yield* leafSlices(value, indent);
      return;
    }
    yield `[\n${inner}`;
    for (let i = 0; i < value.length; i++) {
      if (i > 0) yield `,\n${inner}`;
      const v: unknown = value[i];
      if (skipped(v)) yield "null";
      else yield* jsonPieces(v, inner, depth + 1);
    }
    yield `\n${indent}]`;
    return;
  }
  const entries = Object.entries(value).filter(([, v]) => !skipped(v));
  if (entries.length === 0) {
    yield "{}";
    return;
  }
  yield `{\n${inner}`;
  for (let i = 0; i < entries.length; i++) {
    const [k, v] = entries[i] as [string, unknown];
    yield `${i > 0 ? `,\n${inner}` : ""}${JSON.stringify(k)}: `;
    yield* jsonPieces(v, inner, depth + 1);
  }
  yield `\n${indent}}`;
}

/**
 * Writes the pieces through `write`, a batch at a time, waiting for each write to be taken (stdout's
 * backpressure), so at most a batch or two of the text exists at once.
 */
export async function writePieces(
  pieces: Iterable<string>,
  write: (text: string) => void | Promise<void>
): Promise<void> {
  let batch = "";
  for (const piece of pieces) {
    batch += piece;
    if (batch.length >= BATCH) {
      await write(batch);
      batch = "";
    }
  }
  if (batch) await write(batch);
}

/** Writes JSON.stringify(value, null, 2) and a newline through `write`, in batches (writePieces). */
export async function writeJson(
  value: unknown,
  write: (text: string) => void | Promise<void>
): Promise<void> {
  await writePieces(withNewline(jsonPieces(value)), write);
}

function* withNewline(pieces: Iterable<string>): Generator<string> {
  yield* pieces;
  yield "\n";
}
