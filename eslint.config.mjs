// Office add-in lint conventions (office-addin-lint: eslint-plugin-office-addins + Prettier), plus the
// layering rules that keep src/core pure. `npm run lint` runs this through office-addin-lint.
import officeAddins from "eslint-plugin-office-addins";
import prettierRecommended from "eslint-plugin-prettier/recommended";
import tsParser from "@typescript-eslint/parser";
import reactPlugin from "eslint-plugin-react";

// The same @typescript-eslint plugin instance the office-addins preset registers (ESLint refuses a second one),
// extended to .tsx files, which the preset leaves out.
const tsPlugin = officeAddins.configs.recommended.find((c) => c.plugins?.["@typescript-eslint"]).plugins["@typescript-eslint"];

const pureCoreImports = {
  patterns: [
    { group: ["react", "react-dom", "react/*", "@fluentui/*"], message: "src/core is pure: no UI." },
    { group: ["exceljs", "fs", "node:*", "path", "os", "child_process"], message: "src/core is pure: no I/O." },
    { group: ["**/adapters/**", "**/app/**", "**/taskpane/**", "**/fake-excel/**", "**/cli/**"], message: "src/core depends on nothing outside it." },
  ],
};

export default [
  { ignores: ["dist/**", "build/**", "node_modules/**", "coverage/**", "test-results/**", "out/**", "**/*.js", "**/*.mjs"] },
  ...officeAddins.configs.recommended,
  prettierRecommended,
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { "office-addins": officeAddins, react: reactPlugin, "@typescript-eslint": tsPlugin },
    // office-addin-lint's own config sets the parser the same way: the plugin's bundled reference resolves to undefined.
    languageOptions: { parser: tsParser, ecmaVersion: 2022, sourceType: "module", parserOptions: { ecmaFeatures: { jsx: true } } },
    settings: { react: { version: "detect" } },
    rules: {
      ...reactPlugin.configs.recommended.rules,
      "react/react-in-jsx-scope": "off",
      "react/prop-types": "off",
      // The compiler checks names; ESLint's no-undef does not know TypeScript's globals (typescript-eslint's advice).
      "no-undef": "off",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["src/core/**/*.ts"],
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "no-restricted-imports": ["error", pureCoreImports],
      "no-restricted-globals": [
        "error",
        { name: "Excel", message: "src/core must not touch Office.js." },
        { name: "Office", message: "src/core must not touch Office.js." },
        { name: "document", message: "src/core has no DOM." },
        { name: "window", message: "src/core has no DOM." },
        { name: "fetch", message: "src/core makes no network call." },
      ],
      "no-restricted-syntax": [
        "error",
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: "src/core reads no clock: pass the report date in." },
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: "src/core reads no clock: pass the report date in." },
      ],
    },
  },
  {
    files: ["src/app/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["react", "@fluentui/*", "exceljs", "**/adapters/**", "**/taskpane/**"], message: "src/app talks to ports, not to adapters or UI." }] },
      ],
      "no-restricted-globals": ["error", { name: "Excel", message: "use the WorkbookPort" }, { name: "Office", message: "use the WorkbookPort" }],
    },
  },
  {
    files: ["src/taskpane/**/*.{ts,tsx}"],
    ignores: ["src/taskpane/index.tsx", "src/taskpane/**/*.test.tsx"],
    rules: {
      "no-restricted-globals": ["error", { name: "Excel", message: "components get Office actions as props" }],
    },
  }
];
