/**
 * `npm ci` must succeed on a machine with Node and npm and nothing else (issue 12): no package in the lock
 * may run an install script, since such scripts compile native code (node-gyp needs a compiler and system
 * headers) or download binaries (unreachable from closed networks). npm is also moving install scripts to
 * opt-in. A new dependency that brings one fails here, naming the chain that pulled it in.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";

interface LockPackage {
  readonly hasInstallScript?: boolean;
  readonly dependencies?: Record<string, string>;
  readonly devDependencies?: Record<string, string>;
  readonly peerDependencies?: Record<string, string>;
  readonly optionalDependencies?: Record<string, string>;
}

/**
 * Packages whose install script only copies or checks files (never compiles or downloads). Each entry
 * says what its script does. Empty today: keep it that way unless a script is proven harmless.
 */
const ALLOWED: ReadonlyMap<string, string> = new Map<string, string>([]);

const lock = JSON.parse(readFileSync(join(__dirname, "..", "..", "package-lock.json"), "utf8")) as {
  readonly lockfileVersion: number;
  readonly packages: Record<string, LockPackage>;
};

/** "node_modules/a/node_modules/b" → "b"; scoped names keep their scope. */
function packageName(path: string): string {
  const at = path.lastIndexOf("node_modules/");
  return path.slice(at + "node_modules/".length);
}

/** Which packages in the lock depend on `name` — the chain a reader follows to find the culprit. */
function dependents(name: string): string[] {
  return Object.entries(lock.packages)
    .filter(([, p]) =>
      [p.dependencies, p.devDependencies, p.peerDependencies, p.optionalDependencies].some(
        (deps) => deps !== undefined && name in deps
      )
    )
    .map(([path]) => (path === "" ? "(this project)" : packageName(path)));
}

describe("the dependency tree installs without scripts", () => {
  it("reads a lockfile v2 or v3 (the packages map is what npm ci installs from)", () => {
    expect(lock.lockfileVersion).toBeGreaterThanOrEqual(2);
    expect(Object.keys(lock.packages).length).toBeGreaterThan(100);
  });

  it("has no package with an install script outside the allow-list", () => {
    const offenders = Object.entries(lock.packages)
      .filter(([path, p]) => path !== "" && p.hasInstallScript === true)
      .map(([path]) => packageName(path))
      .filter((name) => !ALLOWED.has(name))
      .map((name) => `${name} (required by ${dependents(name).join(", ") || "nothing"})`);
    expect(offenders).toEqual([]);
  });

  it("keeps the sideloading tools (and their peer tree with native keytar) out of the install", () => {
    const names = new Set(Object.keys(lock.packages).map(packageName));
    for (const absent of ["office-addin-debugging", "keytar", "@microsoft/m365agentstoolkit-cli"]) {
      expect(names.has(absent)).toBe(false);
    }
  });
});
