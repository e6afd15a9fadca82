import path from "node:path";
import { startServerProcess } from "../support/server-process";
import { freePort } from "../support/start-console";

export interface StandaloneMock {
  url: string;
  port: number;
  /** The server's pid: the node process that holds the port (tsx runs as its loader, not as a wrapper). */
  pid: number;
  logs(): string;
  /** SIGTERM, waiting for the exit. */
  stop(): Promise<void>;
  /** kill -9: no chance to flush anything. */
  crash(): Promise<void>;
}

const root = path.resolve(__dirname, "../..");

/** Runs scripts/mock-graph-server.ts in node with tsx's loader (as `npm run mock-graph` does) on a free port; resolves once it answers. */
export async function startStandaloneMock(env: Record<string, string> = {}, port?: number): Promise<StandaloneMock> {
  const listenPort = port ?? (await freePort());
  const url = `http://127.0.0.1:${listenPort}`;
  const server = await startServerProcess({
    name: "The standalone mock",
    args: ["--import", "tsx", "scripts/mock-graph-server.ts"],
    cwd: root,
    env: { ...process.env, ...env, PORT: String(listenPort) },
    ready: async () => {
      await fetch(`${url}/v1.0/deviceManagement/deviceManagementPartners`);
      return true;
    },
    startTimeoutMs: 30_000,
  });
  return { url, port: listenPort, pid: server.pid, logs: server.logs, stop: server.stop, crash: server.crash };
}
