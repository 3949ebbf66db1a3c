/* eslint-disable no-undef */
// Builds the browser harness into dist-demo/ (`npm run build:demo`, served by `npm run demo:web`):
//  - index.html + demo.js: the page, holding a fake Excel workbook and drawing it as a sheet view;
//  - taskpane.html + taskpane.js: the REAL task pane, built from the same entry as dist/, except that the
//    office.js CDN tag is replaced by fake-host.js, which gives the pane `Office` and `Excel` namespaces
//    backed by the page's workbook (window.parent);
//  - samples/*.json: the bundled sample plans converted to fake-Excel seeds at build time (seedFromXlsx,
//    from the compiled CLI in build/), so the page never needs ExcelJS unless the user drops a file.
// The production add-in build (webpack.config.js, dist/) is not affected.
const fs = require("fs");
const path = require("path");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { resolve, typescriptRule } = require("./scripts/webpack-typescript");

const SAMPLES_DIR = path.resolve(__dirname, "assets", "samples");
const OFFICE_JS_TAG =
  /<script[^>]*src="https:\/\/appsforoffice\.microsoft\.com\/[^"]*office\.js"[^>]*><\/script>/;

/** The real taskpane.html, with office.js swapped for the fake host (a blocking script, as office.js is). */
function demoTaskpaneHtml() {
  const html = fs.readFileSync(path.resolve(__dirname, "src", "taskpane", "taskpane.html"), "utf8");
  if (!OFFICE_JS_TAG.test(html)) {
    throw new Error(
      "src/taskpane/taskpane.html no longer has the office.js <script> tag the demo replaces"
    );
  }
  return html.replace(
    OFFICE_JS_TAG,
    '<!-- demo build: fake-host.js stands in for office.js (webpack.demo.config.js) -->\n    <script src="fake-host.js"></script>'
  );
}

/** Emits samples/index.json and one seed per sample, converted with the compiled seedFromXlsx. */
class DemoSamplesPlugin {
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("DemoSamplesPlugin", (compilation) => {
      compilation.hooks.processAssets.tapPromise(
        { name: "DemoSamplesPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        async () => {
          const compiled = path.resolve(__dirname, "build", "fake-excel", "seedFromXlsx.js");
          if (!fs.existsSync(compiled)) {
            throw new Error(`${compiled} is missing: run \`npm run build:cli\` first`);
          }
          const { seedFromXlsx } = require(compiled);
          const manifestPath = path.join(SAMPLES_DIR, "samples.json");
          compilation.fileDependencies.add(manifestPath);
          const manifest = JSON.parse(fs.readFileSync(manifestPath, "utf8"));
          const listed = [];
          for (const sample of manifest.samples) {
            const file = path.join(SAMPLES_DIR, sample.file);
            compilation.fileDependencies.add(file);
            const seed = await seedFromXlsx(fs.readFileSync(file));
            const name = `samples/${sample.file.replace(/\.xlsx$/i, "")}.json`;
            compilation.emitAsset(name, new sources.RawSource(JSON.stringify(seed)));
            listed.push({ file: sample.file, title: sample.title, asOf: sample.asOf, seed: name });
          }
          compilation.emitAsset(
            "samples/index.json",
            new sources.RawSource(JSON.stringify({ samples: listed }, null, 2))
          );
        }
      );
    });
  }
}

module.exports = (_env, options = {}) => {
  const dev = options.mode !== "production";
  return {
    mode: dev ? "development" : "production",
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      "fake-host": "./src/demo/fakeHost.ts",
      demo: "./src/demo/main.tsx",
    },
    output: {
      path: path.resolve(__dirname, "dist-demo"),
      filename: "[name].js",
      chunkFilename: "[name].[contenthash:8].js",
      clean: true,
    },
    // ExcelJS (a dropped .xlsx only) resolves to its browser build through its package's "browser" field.
    resolve,
    module: {
      rules: [typescriptRule],
      // exceljs.min.js is already bundled: parsing it for requires only costs time.
      noParse: /exceljs[\\/]dist[\\/]exceljs(\.min)?\.js$/,
    },
    optimization: {
      // fake-host.js is written into taskpane.html by hand, so it must stand alone (no shared chunks).
      splitChunks: { chunks: (chunk) => chunk.name !== "fake-host" },
    },
    performance: { hints: false },
    plugins: [
      // The .xlsx reader (a dropped file) uses Node's Buffer; in the page it is the `buffer` package.
      new webpack.ProvidePlugin({ Buffer: ["buffer", "Buffer"] }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        templateContent: demoTaskpaneHtml(),
        chunks: ["taskpane"],
      }),
      new HtmlWebpackPlugin({
        filename: "index.html",
        template: "./src/demo/index.html",
        chunks: ["demo"],
      }),
      new DemoSamplesPlugin(),
    ],
  };
};

module.exports.demoTaskpaneHtml = demoTaskpaneHtml;
