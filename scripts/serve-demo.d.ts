import type { Server } from "node:http";

/** A running demo server. */
export interface DemoServer {
  readonly server: Server;
  /** "http://127.0.0.1:3001/". */
  readonly url: string;
  close(): Promise<void>;
}

/** Serves dist-demo/ (or `root`) over http; port 0 picks a free port. */
export function startDemoServer(options?: {
  root?: string;
  port?: number;
  host?: string;
}): Promise<DemoServer>;

export const DEFAULT_PORT: number;
