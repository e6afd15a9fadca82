import { existsSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { startServerProcess } from "./server-process";

export interface RunningConsole {
  url: string;
  port: number;
  /** The server's pid: the process that holds the port. */
  pid: number;
  /** Everything the server printed so far (stdout and stderr). */
  logs(): string;
  stop(): Promise<void>;
}

const root = path.resolve(__dirname, "../..");

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts the production build (`npm run build` first) with the console's server entry, as `npm start` does, on a free
 * port and the given environment on top of this process's. Resolves once the server answers.
 */
export async function startConsole(env: Record<string, string | undefined> = {}): Promise<RunningConsole> {
  const distDir = env.NEXT_DIST_DIR ?? process.env.NEXT_DIST_DIR ?? ".next";
  if (!existsSync(path.join(root, distDir, "BUILD_ID"))) {
    throw new Error(`No production build in ${distDir}: run \`npm run build\` first.`);
  }
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const server = await startServerProcess({
    name: "The console",
    args: [path.join(root, "scripts/console-server.mjs"), "-p", String(port), "-H", "127.0.0.1"],
    cwd: root,
    env: { ...process.env, NODE_ENV: "production", ...env },
    ready: async () => {
      await fetch(`${url}/`, { redirect: "manual" });
      return true;
    },
    startTimeoutMs: 60_000,
  });
  return { url, port, pid: server.pid, logs: server.logs, stop: server.stop };
}
