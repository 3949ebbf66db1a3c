/** End-to-end tests in headless Chromium (tests/e2e): `npm run test:e2e`, after `npm run build:demo`. */
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests/e2e"],
  testMatch: ["**/*.test.ts"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: false }],
  },
  // One browser at a time: the machine has two cores, and each file starts its own Chromium.
  maxWorkers: 1,
  testTimeout: 120000,
  slowTestThreshold: 30,
};
