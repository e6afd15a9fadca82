import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { freePort } from "../../test/support/start-console";

export const root = path.resolve(__dirname, "../..");

export interface RunningProcess {
  url: string;
  port: number;
  child: ChildProcess;
  logs(): string;
  stop(): Promise<void>;
}

/** Spawns a server process on a free port (passed as PORT and in the args via `{port}`) and waits until it answers. */
export async function startServer(
  command: string,
  args: string[],
  { env = {}, readyPath = "/", readyStatus }: { env?: Record<string, string>; readyPath?: string; readyStatus?: (s: number) => boolean } = {},
): Promise<RunningProcess> {
  const port = await freePort();
  let output = "";
  const child = spawn(command, args.map((a) => a.replace("{port}", String(port))), {
    cwd: root,
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout!.on("data", (c) => (output += c));
  child.stderr!.on("data", (c) => (output += c));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`${command} ${args.join(" ")} exited early:\n${output}`);
    try {
      const res = await fetch(url + readyPath);
      if (!readyStatus || readyStatus(res.status)) break;
    } catch {
      /* not up yet */
    }
    if (Date.now() > deadline) throw new Error(`${command} did not answer in 60 s:\n${output}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    port,
    child,
    logs: () => output,
    stop: async () => {
      if (child.exitCode === null) child.kill("SIGTERM");
      await exited;
    },
  };
}

export function startStandaloneMock(env: Record<string, string> = {}) {
  return startServer(process.execPath, ["--import", "tsx", "scripts/mock-graph-server.ts"], {
    env,
    readyPath: "/v1.0/deviceManagement/deviceManagementPartners",
    readyStatus: (s) => s === 401 || s === 200,
  });
}
