/**
 * What Excel displays for a number under a number format ("mmm-yy" → "Jan-14", "0.00" → "3.50").
 *
 * A small formatter of its own rather than the `numfmt` package: numfmt 4.0.1 as installed is not loadable
 * (its package.json `exports` point at `dist/index.cjs`, which the published tarball does not contain), and
 * detection only needs the common date and number formats that action plans use. Anything it does not
 * understand falls back to Excel's General display, which is what a reader would mostly see anyway.
 */

import { MONTH_NAMES as MONTHS } from "../calendar/months";

const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const MS_PER_DAY = 86400000;

/** Excel serial (1900 system) of a JS Date whose UTC fields hold the cell's local date-time. */
export function dateToSerial(d: Date): number {
  return (d.getTime() - EXCEL_EPOCH_MS) / MS_PER_DAY;
}

/** Excel's General display of a number: up to 11 significant characters, no trailing zeros. */
export function formatGeneral(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  if (Number.isInteger(n) && Math.abs(n) < 1e11) return String(n);
  const abs = Math.abs(n);
  if (abs !== 0 && (abs >= 1e11 || abs < 1e-9)) {
    const [mantissa = "", exp = "0"] = n.toExponential(5).split("e");
    const e = Number(exp);
    const m = mantissa.includes(".") ? mantissa.replace(/\.?0+$/, "") : mantissa;
    return `${m}E${e < 0 ? "-" : "+"}${String(Math.abs(e)).padStart(2, "0")}`;
  }
  const intDigits = abs < 1 ? 1 : Math.floor(Math.log10(abs)) + 1;
  const decimals = Math.max(0, 10 - intDigits);
  return n.toFixed(decimals).replace(/\.?0+$/, "");
}

/** Splits a format code into its `;` sections, ignoring `;` inside quotes or after a backslash. */
function sections(code: string): string[] {
  const out: string[] = [];
  let cur = "";
  let quoted = false;
  for (let i = 0; i < code.length; i++) {
    const ch = code[i] as string;
    if (ch === '"') quoted = !quoted;
    if (ch === "\\" && i + 1 < code.length) {
      cur += ch + (code[i + 1] as string);
      i++;
      continue;
    }
    if (ch === ";" && !quoted) {
      out.push(cur);
      cur = "";
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

/** The format with quoted literals, escapes and [..] blocks removed: what decides its kind. */
function bare(code: string): string {
  return code
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[[^\]]*\]/g, "");
}

/** True when a format code renders a date or time (it has d, m, y, h or s outside literals). */
export function isDateFormat(code: string): boolean {
  const first = sections(code)[0] ?? "";
  return /[dmyhs]/i.test(bare(first)) && !/^general$/i.test(first.trim());
}

type DateToken = { kind: "lit"; text: string } | { kind: "code"; text: string };

function tokenizeDate(code: string): DateToken[] {
  const tokens: DateToken[] = [];
  let i = 0;
  while (i < code.length) {
    const ch = code[i] as string;
    if (ch === '"') {
      const end = code.indexOf('"', i + 1);
      const stop = end < 0 ? code.length : end;
      tokens.push({ kind: "lit", text: code.slice(i + 1, stop) });
      i = stop + 1;
    } else if (ch === "\\" && i + 1 < code.length) {
      tokens.push({ kind: "lit", text: code[i + 1] as string });
      i += 2;
    } else if (ch === "[") {
      const end = code.indexOf("]", i);
      i = end < 0 ? code.length : end + 1;
    } else if (/^(AM\/PM|A\/P)/i.test(code.slice(i))) {
      const m = /^(AM\/PM|A\/P)/i.exec(code.slice(i)) as RegExpExecArray;
      tokens.push({ kind: "code", text: m[0].toUpperCase() });
      i += m[0].length;
    } else if (/[dmyhs]/i.test(ch)) {
      let j = i;
      while (j < code.length && (code[j] as string).toLowerCase() === ch.toLowerCase()) j++;
      tokens.push({ kind: "code", text: code.slice(i, j).toLowerCase() });
      i = j;
    } else if (ch === "_" || ch === "*") {
      i += 2;
    } else {
      tokens.push({ kind: "lit", text: ch });
      i++;
    }
  }
  return tokens;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

function formatDate(serial: number, code: string): string {
  const ms = Math.round(serial * MS_PER_DAY) + EXCEL_EPOCH_MS;
  const d = new Date(ms);
  const tokens = tokenizeDate(code);
  const hasAmPm = tokens.some((t) => t.kind === "code" && (t.text === "AM/PM" || t.text === "A/P"));
  // "m"/"mm" means minutes right after an hour token or right before a seconds token.
  const codes = tokens.map((t, i) => ({ t, i })).filter((x) => x.t.kind === "code");
  const minuteAt = new Set<number>();
  codes.forEach((x, k) => {
    if (x.t.text !== "m" && x.t.text !== "mm") return;
    const prev = codes[k - 1]?.t.text ?? "";
    const next = codes[k + 1]?.t.text ?? "";
    if (prev.startsWith("h") || next.startsWith("s")) minuteAt.add(x.i);
  });
  const hours = d.getUTCHours();
  let out = "";
  tokens.forEach((t, i) => {
    if (t.kind === "lit") {
      out += t.text;
      return;
    }
    const s = t.text;
    if (minuteAt.has(i)) out += s === "mm" ? pad(d.getUTCMinutes(), 2) : String(d.getUTCMinutes());
    else if (s.startsWith("y"))
      out += s.length <= 2 ? pad(d.getUTCFullYear() % 100, 2) : String(d.getUTCFullYear());
    else if (s === "m") out += String(d.getUTCMonth() + 1);
    else if (s === "mm") out += pad(d.getUTCMonth() + 1, 2);
    else if (s === "mmm") out += (MONTHS[d.getUTCMonth()] as string).slice(0, 3);
    else if (s === "mmmmm") out += (MONTHS[d.getUTCMonth()] as string).slice(0, 1);
    else if (s.startsWith("mmmm")) out += MONTHS[d.getUTCMonth()] as string;
    else if (s === "d") out += String(d.getUTCDate());
    else if (s === "dd") out += pad(d.getUTCDate(), 2);
    else if (s === "ddd") out += (DAYS[d.getUTCDay()] as string).slice(0, 3);
    else if (s.startsWith("dddd")) out += DAYS[d.getUTCDay()] as string;
    else if (s.startsWith("h")) {
      const h = hasAmPm ? ((hours + 11) % 12) + 1 : hours;
      out += s.length >= 2 ? pad(h, 2) : String(h);
    } else if (s.startsWith("s"))
      out += s.length >= 2 ? pad(d.getUTCSeconds(), 2) : String(d.getUTCSeconds());
    else if (s === "AM/PM") out += hours < 12 ? "AM" : "PM";
    else if (s === "A/P") out += hours < 12 ? "A" : "P";
  });
  return out;
}

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/** Renders a number by a (single-section) numeric format such as "0.00", "#,##0", "0%" or "£#,##0.00". */
function formatNumberSection(n: number, section: string): string {
  const literal = (s: string): string =>
    s
      .replace(/\[\$([^\]-]*)(-[^\]]*)?\]/g, "$1")
      .replace(/\[[^\]]*\]/g, "")
      .replace(/"([^"]*)"/g, "$1")
      .replace(/\\(.)/g, "$1")
      .replace(/_.|\*./g, "");
  const m = /[#0?][#0?,]*(\.[#0?]*)?/.exec(bare(section).replace(/\$/g, ""));
  if (!m) return literal(section);
  const core = m[0];
  const percent = section.includes("%");
  const decimals = m[1] ? m[1].length - 1 : 0;
  const thousands = /[#0?],[#0?]/.test(core);
  const value = Math.abs(percent ? n * 100 : n);
  const fixed = value.toFixed(decimals);
  const [intPart = "0", frac] = fixed.split(".");
  const minInt = (core.split(".")[0] ?? "").replace(/[^0]/g, "").length;
  let intText = intPart === "0" && minInt === 0 ? "" : intPart.padStart(minInt, "0");
  if (thousands) intText = groupThousands(intText);
  const numText = frac !== undefined ? `${intText}.${frac}` : intText;
  // put the number where its placeholders were in the section, keeping the literals around them
  const lit = literal(section);
  const litCore = /[#0?][#0?,]*(\.[#0?]*)?/.exec(lit);
  if (!litCore) return numText;
  return lit.slice(0, litCore.index) + numText + lit.slice(litCore.index + litCore[0].length);
}

/** What Excel shows for a number cell with this number format. */
export function formatNumber(n: number, code: string): string {
  const fmt = code.trim();
  if (fmt === "" || /^general$/i.test(fmt) || fmt === "@") return formatGeneral(n);
  const parts = sections(fmt);
  if (isDateFormat(fmt)) return formatDate(n, parts[0] as string);
  let section = parts[0] as string;
  let value = n;
  if (n < 0 && parts.length >= 2) {
    section = parts[1] as string;
    value = -n;
  } else if (n === 0 && parts.length >= 3) section = parts[2] as string;
  if (/^general$/i.test(section.trim())) return formatGeneral(n);
  const text = formatNumberSection(value, section);
  return value < 0 && !/^-/.test(text) ? `-${text}` : text;
}
