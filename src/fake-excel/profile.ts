import { API_SETS } from "./apiSets.generated";
import { FakeOfficeError } from "./errors";

/** The ExcelApi versions the add-in is tested on: the manifest's minimum and each step a feature needs. */
export const EXCEL_API_VERSIONS = ["1.9", "1.12", "1.13", "1.17", "1.18", "1.20"] as const;
export type ExcelApiVersion = (typeof EXCEL_API_VERSIONS)[number];

export const PLATFORMS = ["web", "windows", "mac"] as const;
export type Platform = (typeof PLATFORMS)[number];

/** Which Excel the fake pretends to be. */
export interface HostProfile {
  readonly api: ExcelApiVersion;
  readonly platform: Platform;
}

/** What the fake is when a test does not say: Excel on the web at ExcelApi 1.18 (the fake's old default). */
export const DEFAULT_PROFILE: HostProfile = { api: "1.18", platform: "web" };

/** Every profile the contract suite runs on. */
export const ALL_PROFILES: readonly HostProfile[] = EXCEL_API_VERSIONS.flatMap((api) =>
  PLATFORMS.map((platform) => ({ api, platform }))
);

export function profileName(p: HostProfile): string {
  return `ExcelApi ${p.api} (${p.platform})`;
}

/**
 * The minor number of an API version: 1.9 is 9 and 1.18 is 18 (so 1.9 comes before 1.18, which a plain
 * number comparison gets wrong). The number 1.10 cannot be told from 1.1, so it reads as 1.1.
 */
export function minorOf(version: number | string): number {
  const [, minor = "0"] = String(version).split(".");
  return Number(minor.slice(0, 2)) || 0;
}

/**
 * Whether a requirement set ("ExcelApi 1.13", or name and version) is in the profile. ExcelApiOnline is
 * Excel on the web's own set; ExcelApiDesktop is Windows' and Mac's.
 */
export function profileSupports(p: HostProfile, name: string, version = "1.1"): boolean {
  if (name === "ExcelApi") return minorOf(version) <= minorOf(p.api);
  if (name === "ExcelApiOnline") return p.platform === "web" && minorOf(version) <= 1;
  if (name === "ExcelApiDesktop") return p.platform !== "web" && minorOf(version) <= 1;
  return false;
}

/** Excel's error for a member its version does not have (Excel.ErrorCodes.apiNotFound). */
export function apiNotFound(member: string): FakeOfficeError {
  return new FakeOfficeError(
    "ApiNotFound",
    "The API you are trying to use could not be found. It may be available in a newer version of Excel. Please refer to the Excel requirement sets documentation for more information.",
    member
  );
}

/** Throws ApiNotFound when `member` ("Range.getMergedAreasOrNullObject") is above the profile. */
export function requireMember(p: HostProfile, member: string): void {
  const set = API_SETS[member];
  if (!set) return;
  const [name = "", version = "1.1"] = set.split(" ");
  if (!profileSupports(p, name, version)) throw apiNotFound(member);
}
