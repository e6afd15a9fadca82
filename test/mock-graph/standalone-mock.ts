import { spawn } from "node:child_process";
import path from "node:path";
import { freePort } from "../support/start-console";

export interface StandaloneMock {
  url: string;
  logs(): string;
  /** SIGTERM, waiting for the exit. */
  stop(): Promise<void>;
  /** kill -9: no chance to flush anything. */
  crash(): Promise<void>;
}

const root = path.resolve(__dirname, "../..");

/** Spawns `tsx scripts/mock-graph-server.ts` (as `npm run mock-graph` does) on a free port; resolves once it answers. */
export async function startStandaloneMock(env: Record<string, string> = {}, port?: number): Promise<StandaloneMock> {
  const listenPort = port ?? (await freePort());
  let output = "";
  const child = spawn(process.execPath, [path.join(root, "node_modules/tsx/dist/cli.mjs"), "scripts/mock-graph-server.ts"], {
    cwd: root,
    env: { ...process.env, ...env, PORT: String(listenPort) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const url = `http://127.0.0.1:${listenPort}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`The mock exited before it was ready:\n${output}`);
    try {
      await fetch(`${url}/v1.0/deviceManagement/deviceManagementPartners`);
      break;
    } catch {
      if (Date.now() > deadline) {
        child.kill("SIGKILL");
        throw new Error(`The mock did not answer within 30 s:\n${output}`);
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  const end = async (signal: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    await exited;
  };
  return { url, logs: () => output, stop: () => end("SIGTERM"), crash: () => end("SIGKILL") };
}
