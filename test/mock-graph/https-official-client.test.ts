import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "../support/start-console";

const root = path.resolve(__dirname, "../..");
const tsx = path.join(root, "node_modules/tsx/dist/cli.mjs");

function run(args: string[], env: Record<string, string>, until?: RegExp) {
  const child = spawn(process.execPath, [tsx, ...args], { cwd: root, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const ready = new Promise<string>((resolve, reject) => {
    const check = () => (until && until.test(output) ? resolve(output) : undefined);
    child.stdout.on("data", check);
    void exited.then(() => (until ? reject(new Error(`exited before ready:\n${output}`)) : resolve(output)));
  });
  return { child, ready, exited, output: () => output };
}

describe("the official Graph client, unmodified, against the HTTPS standalone mock", () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), "mock-graph-https-"));
  let server: ReturnType<typeof run>;
  let certPath = "";
  let port = 0;

  beforeAll(async () => {
    port = await freePort();
    server = run(["scripts/mock-graph-server.ts"], { PORT: String(port), MOCK_GRAPH_HTTPS: "1", MOCK_GRAPH_DATA_DIR: dataDir, MOCK_GRAPH_FAULTS: "" }, /NODE_EXTRA_CA_CERTS=(\S+)\)/);
    const printed = await server.ready;
    certPath = /NODE_EXTRA_CA_CERTS=(\S+)\)/.exec(printed)![1]!;
  }, 120_000);

  afterAll(async () => {
    server?.child.kill("SIGTERM");
    await server?.exited;
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("creates, filters, pages, updates, terminates, batches and reads errors, trusting the printed certificate", async () => {
    expect(certPath.startsWith(dataDir)).toBe(true);
    const session = run(["test/mock-graph/official-client-session.ts", `https://localhost:${port}/`], { NODE_EXTRA_CA_CERTS: certPath });
    const code = await session.exited;
    expect(code, session.output()).toBe(0);
    const seen = JSON.parse(session.output().trim().split("\n").at(-1)!) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(seen.created.displayName).toBe("HTTPS MDM");
    expect(seen.filtered).toEqual([seen.created.id]);
    expect(seen.names.length).toBeGreaterThan(6);
    expect(seen.names).toContain("HTTPS MDM");
    expect(seen.updated.displayName).toBe("HTTPS MDM 2");
    expect(seen.terminated.partnerState).toBe("terminated");
    expect(seen.batchStatuses).toEqual([200, 204]);
    expect(seen.error).toEqual({ statusCode: 404, code: "ResourceNotFound" });
    expect(seen.invalid).toEqual({ statusCode: 400, code: "BadRequest" });
  }, 120_000);

  it("is refused by a client that does not trust the certificate", async () => {
    const session = run(["test/mock-graph/official-client-session.ts", `https://localhost:${port}/`], {});
    expect(await session.exited).not.toBe(0);
    expect(session.output()).toMatch(/fetch failed|certificate/i);
  }, 120_000);
});
