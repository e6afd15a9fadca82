import { describe, expect, it } from "vitest";
import { isAlive, startServerProcess } from "./server-process";

// A "server" that starts a child of its own (as a wrapper such as the tsx CLI does), prints both pids, never answers.
const wrapper = `
  const { spawn } = require("node:child_process");
  const child = spawn(process.execPath, ["-e", "setInterval(() => {}, 1000)"], { stdio: "ignore" });
  console.log("pids " + process.pid + " " + child.pid);
  setInterval(() => {}, 1000);
`;
const pidsIn = (text: string) => (/pids (\d+) (\d+)/.exec(text) ?? []).slice(1).map(Number);
const start = (ready: () => Promise<boolean>, startTimeoutMs: number, script = wrapper) =>
  startServerProcess({ name: "The test server", args: ["-e", script], cwd: process.cwd(), env: process.env, ready, startTimeoutMs });

describe("a server started by the tests", () => {
  it("is killed with everything it started when it misses the start-up deadline", async () => {
    const message = await start(async () => false, 3_000).then(
      () => "",
      (error: Error) => error.message,
    );
    expect(message).toContain("was not ready within 3 s");
    const [server, grandchild] = pidsIn(message);
    expect(grandchild, message).toBeGreaterThan(0);
    expect(isAlive(server!)).toBe(false);
    // Killed with its group, not left running once its parent died.
    await expect.poll(() => isAlive(grandchild!), { timeout: 10_000 }).toBe(false);
  });

  it("stops with everything it started", async () => {
    const server = await start(async () => true, 10_000);
    await expect.poll(() => pidsIn(server.logs()).length, { timeout: 15_000 }).toBe(2);
    const [, grandchild] = pidsIn(server.logs());
    await server.stop();
    expect(isAlive(server.pid)).toBe(false);
    await expect.poll(() => isAlive(grandchild!), { timeout: 10_000 }).toBe(false);
  });

  it("fails at once when killed by a signal before it is ready, instead of waiting out the deadline", async () => {
    // The deadline is longer than the test's own timeout: only noticing the signal lets this pass.
    await expect(start(async () => false, 600_000, "process.kill(process.pid, 'SIGKILL')")).rejects.toThrow(/exited \(SIGKILL\) before it was ready/);
  });
});
