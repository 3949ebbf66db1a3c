import { startDemoServer, type DemoServer } from "../../../scripts/serve-demo";

/** The demo build served on a free port, for one test file. */
export function serveDemo(): Promise<DemoServer> {
  return startDemoServer({ port: 0 });
}
