#!/usr/bin/env node
/* eslint-disable no-undef */
// Serves dist-demo/ (the browser harness built by `npm run build:demo`) on http://localhost:3001, offline:
// a static file server on node:http, nothing else. Used by `npm run demo:web` and by tests/e2e.
const http = require("node:http");
const fs = require("node:fs");
const path = require("node:path");

const ROOT = path.resolve(__dirname, "..", "dist-demo");
const DEFAULT_PORT = 3001;

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".css": "text/css; charset=utf-8",
};

/** Resolves a request path inside root, or null when it would leave it. */
function fileFor(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath.split("?")[0]);
  } catch {
    return null;
  }
  const relative = decoded === "/" ? "index.html" : decoded.replace(/^\/+/, "");
  const file = path.resolve(root, relative);
  return file === root || file.startsWith(root + path.sep) ? file : null;
}

/**
 * Starts the server; resolves with it and its URL once listening. Port 0 picks a free port (the tests do).
 * @param {{ root?: string, port?: number, host?: string }} [options]
 * @returns {Promise<{ server: import("node:http").Server, url: string, close(): Promise<void> }>}
 */
function startDemoServer(options = {}) {
  const root = path.resolve(options.root || ROOT);
  const host = options.host || "127.0.0.1";
  if (!fs.existsSync(path.join(root, "index.html"))) {
    return Promise.reject(new Error(`${root}/index.html is missing: run \`npm run build:demo\` first`));
  }
  const server = http.createServer((req, res) => {
    // Browsers ask for a favicon the demo does not have: answer without a 404 in the console.
    if (req.url === "/favicon.ico") {
      res.writeHead(204).end();
      return;
    }
    const file = req.method === "GET" || req.method === "HEAD" ? fileFor(root, req.url || "/") : null;
    if (file === null) {
      res.writeHead(req.method === "GET" || req.method === "HEAD" ? 403 : 405).end();
      return;
    }
    fs.stat(file, (err, stat) => {
      if (err || !stat.isFile()) {
        res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end("Not found");
        return;
      }
      res.writeHead(200, {
        "Content-Type": TYPES[path.extname(file)] || "application/octet-stream",
        "Content-Length": stat.size,
        "Cache-Control": "no-store",
      });
      if (req.method === "HEAD") res.end();
      else fs.createReadStream(file).pipe(res);
    });
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? DEFAULT_PORT, host, () => {
      const { port } = server.address();
      resolve({
        server,
        url: `http://${host}:${port}/`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}

module.exports = { startDemoServer, DEFAULT_PORT };

if (require.main === module) {
  const port = Number(process.env.PORT || DEFAULT_PORT);
  startDemoServer({ port }).then(
    ({ server }) => {
      const url = `http://localhost:${server.address().port}/`;
      console.log(`Action Plan Checker demo: open ${url} (Ctrl+C to stop). Offline: no office.js, no network.`);
    },
    (error) => {
      console.error(error.message);
      process.exit(1);
    }
  );
}
