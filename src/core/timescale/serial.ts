// Excel's 1900 date system. Serial 1 is 1900-01-01 and serial 60 is the phantom 29/02/1900 that Excel
// keeps for Lotus 1-2-3 compatibility, so from 1900-03-01 (serial 61) on the epoch is 1899-12-30 and
// before it 1899-12-31. The phantom day has no ISO form: it is read as 1900-02-28.
import { civilFromDays, daysFromCivil, fromIso, toIso } from "../calendar/ymd";

const EPOCH_MODERN = daysFromCivil(1899, 12, 30);
const EPOCH_EARLY = daysFromCivil(1899, 12, 31);
const PHANTOM_LEAP_DAY = 60;
/** 9999-12-31, Excel's last date. */
const MAX_SERIAL = 2958465;

/**
 * An Excel serial (1900 date system) as an ISO date; the time of day (fraction) is dropped.
 * Returns "" for a value that is not a date serial (negative, not finite, after 9999-12-31).
 */
export function excelSerialToIso(serial: number): string {
  if (!Number.isFinite(serial) || serial < 0) return "";
  const whole = Math.floor(serial);
  if (whole > MAX_SERIAL) return "";
  if (whole === PHANTOM_LEAP_DAY) return "1900-02-28";
  const days = whole < PHANTOM_LEAP_DAY ? EPOCH_EARLY + whole : EPOCH_MODERN + whole;
  return toIso(civilFromDays(days));
}

/** An ISO date as an Excel serial (1900 date system); NaN when the text is not a real date. */
export function isoToExcelSerial(iso: string): number {
  const date = fromIso(iso);
  if (!date) return Number.NaN;
  const days = daysFromCivil(date.y, date.m, date.d);
  const modern = days - EPOCH_MODERN;
  return modern >= PHANTOM_LEAP_DAY + 1 ? modern : days - EPOCH_EARLY;
}
