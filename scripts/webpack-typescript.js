/* eslint-disable no-undef */
// How both webpack builds (the add-in, webpack.config.js; the browser harness, webpack.demo.config.js)
// resolve and compile the TypeScript sources, so the harness runs the pane exactly as the add-in ships it.

const resolve = {
  extensions: [".ts", ".tsx", ".js"],
  // Lets source written for Node's ESM resolution (import "./x.js") resolve to the .ts file.
  extensionAlias: { ".js": [".ts", ".tsx", ".js"] },
};

const typescriptRule = {
  test: /\.tsx?$/,
  exclude: /node_modules/,
  use: {
    loader: "ts-loader",
    options: {
      // Type checking is `npm run typecheck`'s job; here it would only slow the build.
      transpileOnly: true,
      // ES modules reach webpack intact, so it can tree-shake Fluent UI.
      compilerOptions: { module: "esnext", moduleResolution: "bundler" },
    },
  },
};

module.exports = { resolve, typescriptRule };
