import { fromIso, lastDayOfMonth, toIso } from "../calendar/ymd";
import type { Timescale } from "../schema/timescale";
import { dateFormatPrecision } from "./numfmt";
import { result } from "./result";
import { excelSerialToIso } from "./serial";

const YEAR_MIN = 1900;
const YEAR_MAX = 2100;
/** 1970-01-01 to 2100-12-31: a General-format number in this range is most likely a date that lost its format. */
const SERIAL_GUESS_MIN = 25569;
const SERIAL_GUESS_MAX = 73415;

/** A number cell: a date serial shown with a date format, or a year such as 2004 (never a serial). */
export function parseNumber(
  text: string | null,
  value: number,
  numberFormat: string | undefined
): Timescale | null {
  const shown = dateFormatPrecision(numberFormat);
  if (shown) {
    const date = fromIso(excelSerialToIso(value));
    if (!date) return null;
    if (shown === "day") return result(text, { due: toIso(date), precision: "day" });
    if (shown === "month")
      return result(text, { due: toIso(lastDayOfMonth(date.y, date.m)), precision: "month" });
    return result(text, { due: `${date.y}-12-31`, precision: "year" });
  }
  if (Number.isInteger(value) && value >= YEAR_MIN && value <= YEAR_MAX) {
    return result(text, { due: `${value}-12-31`, precision: "year" });
  }
  if (value >= SERIAL_GUESS_MIN && value <= SERIAL_GUESS_MAX) {
    const iso = excelSerialToIso(value);
    return result(text, {
      due: iso,
      precision: "day",
      notes: [`the number ${value} has no date format: read as the Excel date ${iso}`],
    });
  }
  return null;
}
