/* eslint-disable no-undef */
// Builds the Excel task pane and ribbon command pages, after Microsoft's Office Add-in React template:
// `npm run build` writes dist/ for production, `npm run dev-server` serves https://localhost:3000/.
const path = require("path");
const zlib = require("zlib");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { resolve, typescriptRule } = require("./scripts/webpack-typescript");

const urlDev = "https://localhost:3000/";
// Where the production build is hosted (like the template's urlProd, but set by the environment): no
// default, because a manifest pointing at a placeholder host is a broken add-in for whoever deploys it.
// `npm run build:ci` (CI and the tests of dist/) builds for CI_TEST_URL instead: the reserved .invalid
// domain (RFC 2606) can never resolve, so that dist/ cannot be deployed by mistake.
const CI_TEST_URL = "https://addin.invalid/action-plan-checker/";
// Hosts that are somebody's example, not a deployment: the template's, RFC 2606's, and this machine.
const PLACEHOLDER_HOST =
  /(^|\.)(contoso\.com|example\.(com|org|net)|localhost|127\.0\.0\.1|[^.]+\.(example|invalid|test|localhost))$/i;
// Budget for the JS the task pane downloads before its first view (gzipped bytes).
const INITIAL_JS_BUDGET = 250 * 1024;

/** A base URL as the manifest needs it: https only (Office requires it), ending in "/". */
function normalisedUrl(value) {
  if (!/^https:\/\/[^/]+/.test(value)) {
    throw new Error(`ADDIN_PROD_URL must be an https:// URL (Office requires it); got ${value}`);
  }
  return value.endsWith("/") ? value : `${value}/`;
}

/**
 * The production base URL from ADDIN_PROD_URL; the build fails, saying what to do, when it is unset or
 * still a placeholder (contoso.com, example.com, localhost, a reserved test domain).
 */
function productionUrl(value = process.env.ADDIN_PROD_URL) {
  if (!value) {
    throw new Error(
      "ADDIN_PROD_URL is not set. A production build writes it into dist/manifest.xml as the address the add-in is served from: run ADDIN_PROD_URL=https://your.host/action-plan-checker/ npm run build (or npm run build:dev for https://localhost:3000/)."
    );
  }
  const url = normalisedUrl(value);
  const host = url.replace(/^https:\/\//, "").split(/[/:]/)[0];
  if (PLACEHOLDER_HOST.test(host)) {
    throw new Error(
      `ADDIN_PROD_URL is a placeholder (${url}): Office would load the add-in from a host that is not yours. Set it to where dist/ will be served, or run npm run build:dev for localhost.`
    );
  }
  return url;
}

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Rewrites the dev server origin in a manifest to the production base URL. */
function rewriteManifestUrls(content, prodUrl) {
  return content.toString().replace(new RegExp(escapeRegExp(urlDev), "g"), prodUrl);
}

// Certificates come from office-addin-dev-certs, which installs a trusted localhost CA on first use.
// Only `webpack serve` needs them: a production build must not prompt for certificate installation.
async function getHttpsOptions() {
  const devCerts = require("office-addin-dev-certs");
  const httpsOptions = await devCerts.getHttpsServerOptions();
  return { ca: httpsOptions.ca, key: httpsOptions.key, cert: httpsOptions.cert };
}

/** Reports the gzipped size of the task pane's initial JS; with `enforce`, fails the build above budget. */
class InitialJsBudgetPlugin {
  constructor(entry, budget, enforce) {
    this.entry = entry;
    this.budget = budget;
    this.enforce = enforce;
  }

  apply(compiler) {
    const { Compilation, WebpackError } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("InitialJsBudgetPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "InitialJsBudgetPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ANALYSE },
        () => {
          const entrypoint = compilation.entrypoints.get(this.entry);
          if (!entrypoint) return;
          const files = entrypoint.getFiles().filter((file) => file.endsWith(".js"));
          const gzipped = files.reduce((total, file) => {
            const source = compilation.getAsset(file).source.buffer();
            return total + zlib.gzipSync(source, { level: 9 }).length;
          }, 0);
          const kib = (gzipped / 1024).toFixed(1);
          const message = `${this.entry}: initial JS ${kib} KiB gzipped (${files.join(", ")}); budget ${this.budget / 1024} KiB`;
          const logger = compiler.getInfrastructureLogger("InitialJsBudgetPlugin");
          // Development bundles are unminified and carry the dev server client: only report them.
          if (!this.enforce) {
            logger.info(`${message} (development build: not enforced)`);
            return;
          }
          logger.info(message);
          if (gzipped > this.budget) {
            compilation.errors.push(new WebpackError(`Over budget. ${message}`));
          }
        }
      );
    });
  }
}

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  // env.ci: `npm run build:ci`, a production build for the tests, at an address that cannot be deployed
  const urlProd = dev ? urlDev : env.ci ? CI_TEST_URL : productionUrl();
  const config = {
    // Production ships no source maps: the pane's code is not secret, but the maps would double dist/.
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: dev ? "[name].js" : "[name].[contenthash:8].js",
      chunkFilename: dev ? "[name].js" : "[name].[contenthash:8].js",
      clean: true,
    },
    resolve,
    module: {
      rules: [typescriptRule],
    },
    optimization: {
      // React, Fluent UI and later-loaded views land in shared/async chunks, keeping the first view small.
      splitChunks: { chunks: "all" },
    },
    // Webpack's default hint is on raw size; the budget that matters is gzipped (InitialJsBudgetPlugin).
    performance: { hints: false },
    plugins: [
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "assets/support.html", to: "support.html" },
          {
            from: "manifest*.xml",
            to: "[name][ext]",
            transform: (content) => (dev ? content : rewriteManifestUrls(content, urlProd)),
          },
        ],
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
      }),
      new InitialJsBudgetPlugin("taskpane", INITIAL_JS_BUDGET, !dev),
    ],
    devServer: {
      headers: { "Access-Control-Allow-Origin": "*" },
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
    },
  };

  if (env.WEBPACK_SERVE) {
    config.devServer.server = { type: "https", options: await getHttpsOptions() };
  }
  return config;
};

// For tests/manifest.test.ts.
module.exports.urlDev = urlDev;
module.exports.productionUrl = productionUrl;
module.exports.normalisedUrl = normalisedUrl;
module.exports.CI_TEST_URL = CI_TEST_URL;
module.exports.rewriteManifestUrls = rewriteManifestUrls;
