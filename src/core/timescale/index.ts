// The UK timescale grammar: parseTimescale and the date helpers other parts of the core share.
export { parseTimescale, parseTimescaleShared, type TimescaleOptions } from "./parse";
export { excelSerialToIso, isoToExcelSerial } from "./serial";
export {
  dateFormatPrecision,
  isDateFormat,
  isMonthOnlyFormat,
  type DateFormatPrecision,
} from "./numfmt";
export {
  compareYmd,
  daysInMonth,
  endOfTerm,
  fromIso,
  isValidYmd,
  lastDayOfMonth,
  termPeriod,
  toIso,
  type Term,
  type Ymd,
} from "../calendar/ymd";
