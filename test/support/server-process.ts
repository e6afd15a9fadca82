import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { connect } from "node:net";

export interface ServerProcess {
  /** The pid of the process that listens: the server itself, never a wrapper around it. */
  pid: number;
  /** Everything the server printed so far (stdout and stderr). */
  logs(): string;
  /** SIGTERM to the process group, then SIGKILL if it has not exited within 10 s; resolves once it is gone. */
  stop(): Promise<void>;
  /** kill -9 of the process group: no chance to flush anything. Resolves once it is gone. */
  crash(): Promise<void>;
}

export interface ServerProcessOptions {
  name: string;
  args: string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Resolves true once the server answers as it should. */
  ready: () => Promise<boolean>;
  startTimeoutMs: number;
}

const running = new Set<ChildProcess>();
// Last resort when a test run ends without stopping a server (a failed hook, an uncaught error): nothing outlives it.
process.once("exit", () => {
  for (const child of running) killGroup(child, "SIGKILL");
});

/**
 * Spawns `node <args>` in a process group of its own, so stopping it also stops anything it started, and waits until
 * it is ready. A server that exits (or is killed by a signal) before it is ready fails at once, with its output.
 */
export async function startServerProcess(options: ServerProcessOptions): Promise<ServerProcess> {
  let output = "";
  const child = spawn(process.execPath, options.args, { cwd: options.cwd, env: options.env, stdio: ["ignore", "pipe", "pipe"], detached: true });
  running.add(child);
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  let gone = false;
  const exited = new Promise<void>((resolve) =>
    child.once("exit", () => {
      gone = true;
      running.delete(child);
      resolve();
    }),
  );
  const end = async (signal: NodeJS.Signals) => {
    if (!gone) killGroup(child, signal);
    if (signal === "SIGKILL") return exited;
    const timer = setTimeout(() => killGroup(child, "SIGKILL"), 10_000);
    await exited;
    clearTimeout(timer);
  };

  const deadline = Date.now() + options.startTimeoutMs;
  for (;;) {
    if (gone) throw new Error(`${options.name} exited (${child.exitCode ?? child.signalCode}) before it was ready:\n${output}`);
    if (await options.ready().catch(() => false)) break;
    if (Date.now() > deadline) {
      await end("SIGKILL");
      throw new Error(`${options.name} was not ready within ${options.startTimeoutMs / 1000} s (killed):\n${output}`);
    }
    await Promise.race([exited, new Promise((r) => setTimeout(r, 100))]);
  }
  return { pid: child.pid!, logs: () => output, stop: () => end("SIGTERM"), crash: () => end("SIGKILL") };
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  try {
    process.kill(-child.pid!, signal);
  } catch {
    // The group is gone already.
  }
}

/** True when nothing accepts connections on the port any more. */
export function portRefuses(port: number, host = "127.0.0.1"): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ port, host });
    socket.once("connect", () => {
      socket.destroy();
      resolve(false);
    });
    socket.once("error", (error: NodeJS.ErrnoException) => resolve(error.code === "ECONNREFUSED"));
  });
}

/** True while a process with this pid runs (a zombie, dead but not yet reaped by its new parent, does not count). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, "utf8"));
  } catch {
    return true;
  }
}
