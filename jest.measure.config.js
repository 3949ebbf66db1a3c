/**
 * One-off measurements that need a package the project does not depend on (`npm run measure:chrono`
 * installs chrono-node without saving it first). Not part of `npm test`.
 * @type {import('jest').Config}
 */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/scripts/measure"],
  testMatch: ["**/*.test.ts"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: false }],
  },
};
