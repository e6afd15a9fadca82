import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startStandaloneMock, type StandaloneMock } from "../mock-graph/standalone-mock";

const root = path.resolve(__dirname, "../..");
const tokenA = "config-cli-tenant-a-7c1f";
const tokenB = "config-cli-tenant-b-secret-9d2e";

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** `npm run config -- ...` as a pipeline runs it: the token only in the environment. */
function config(args: string[], token: string | undefined, env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ["--import", "tsx", "scripts/config.ts", ...args],
      { cwd: root, env: { ...process.env, GRAPH_TOKEN: token ?? "", ...env }, timeout: 60_000 },
      (error, stdout, stderr) => resolve({ code: error ? (typeof error.code === "number" ? error.code : 1) : 0, stdout, stderr }),
    );
  });
}

let mock: StandaloneMock;
let dir: string;

async function graph(token: string, method: string, pathAndQuery: string, body?: unknown) {
  const response = await fetch(`${mock.url}/beta${pathAndQuery}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, ...(body === undefined ? {} : { "Content-Type": "application/json" }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  expect(response.status, `${method} ${pathAndQuery}`).toBeLessThan(300);
  return response.status === 204 ? undefined : response.json();
}

describe("npm run config against the standalone mock", () => {
  beforeAll(async () => {
    mock = await startStandaloneMock({ MOCK_GRAPH_THROTTLING: "off" });
    dir = mkdtempSync(path.join(tmpdir(), "config-cli-"));
  }, 60_000);
  afterAll(async () => {
    await mock?.stop();
  });

  it("exports the same bytes twice, compares clean, finds drift (exit 2), applies it and then compares clean", async () => {
    const base = ["--base-url", mock.url, "--version", "beta"];
    const out = path.join(dir, "tenant-a.json");
    const exported = await config(["export", ...base, "--out", out], tokenA);
    expect(exported).toMatchObject({ code: 0 });
    const first = readFileSync(out, "utf8");
    const again = await config(["export", ...base], tokenA);
    expect(again.code).toBe(0);
    expect(again.stdout).toBe(first);
    const document = JSON.parse(first);
    expect(document).toMatchObject({ version: 1, apiVersion: "beta" });
    expect(document.deviceManagementPartners.length).toBeGreaterThan(0);

    // Tenant B starts from the same demo data: no drift.
    expect(await config(["compare", out, ...base], tokenB)).toMatchObject({ code: 0, stdout: expect.stringContaining("No differences") });

    // Drift in B: another app type on one partner, its groups emptied, a compliance partner gone.
    const devices = (await graph(tokenB, "GET", "/deviceManagement/deviceManagementPartners?$top=999")).value as { id: string; displayName: string; partnerAppType: string; groupsRequiringPartnerEnrollment: unknown[] | null }[];
    const withGroups = devices.find((d) => (d.groupsRequiringPartnerEnrollment?.length ?? 0) > 0)!;
    await graph(tokenB, "PATCH", `/deviceManagement/deviceManagementPartners/${withGroups.id}`, {
      partnerAppType: withGroups.partnerAppType === "singleTenantApp" ? "multiTenantApp" : "singleTenantApp",
      groupsRequiringPartnerEnrollment: [],
    });
    const compliance = (await graph(tokenB, "GET", "/deviceManagement/complianceManagementPartners?$top=999")).value as { id: string; displayName: string }[];
    await graph(tokenB, "DELETE", `/deviceManagement/complianceManagementPartners/${compliance[0]!.id}`);

    const drift = await config(["compare", out, ...base], tokenB);
    expect(drift.code).toBe(2);
    expect(drift.stdout).toContain(`Device management partner "${withGroups.displayName}": changed`);
    expect(drift.stdout).toMatch(/Partner app type: .+ → .+/);
    expect(drift.stdout).toMatch(/Groups requiring partner enrollment: \+ /);
    expect(drift.stdout).toContain(`Compliance management partner "${compliance[0]!.displayName}": added`);
    expect(`${drift.stdout}${drift.stderr}`).not.toContain(tokenB);

    const dryRun = await config(["apply", out, ...base], tokenB);
    expect(dryRun.code).toBe(2);
    expect(dryRun.stdout).toContain("Nothing sent");
    expect((await config(["compare", out, ...base], tokenB)).code).toBe(2);

    const applied = await config(["apply", out, ...base, "--yes"], tokenB);
    expect(applied.stdout).toMatch(/^ok 2\d\d PATCH \/beta\/deviceManagement\/deviceManagementPartners\//m);
    expect(applied.stdout).toMatch(/^ok 201 POST \/beta\/deviceManagement\/complianceManagementPartners$/m);
    expect(applied.stdout).toMatch(/2 applied, 0 failed, 0 skipped; \d+ HTTP requests\./);
    expect(applied.code).toBe(0);

    expect(await config(["compare", out, ...base], tokenB)).toMatchObject({ code: 0, stdout: expect.stringContaining("No differences") });
  }, 180_000);

  it("says what is wrong in one line: no token, a document that is not one, an unreachable Graph", async () => {
    const noToken = await config(["export", "--base-url", mock.url], undefined);
    expect(noToken.code).toBe(1);
    expect(noToken.stderr.split("\n")[0]).toBe("error: the environment variable GRAPH_TOKEN holds no token (set it, or name another with --token-env)");

    const named = await config(["export", "--base-url", mock.url, "--token-env", "MY_TOKEN"], undefined, { MY_TOKEN: tokenA });
    expect(named.code).toBe(0);

    const notJson = path.join(dir, "not-json.json");
    await import("node:fs/promises").then((fs) => fs.writeFile(notJson, "{ nope"));
    const bad = await config(["compare", notJson, "--base-url", mock.url], tokenA);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^error: BadRequest: The document is not JSON/);

    const unreachable = await config(["export", "--base-url", "http://127.0.0.1:9"], tokenA);
    expect(unreachable.code).toBe(1);
    expect(unreachable.stderr).toMatch(/^error: NetworkError: Could not reach http:\/\/127\.0\.0\.1:9/);

    const refused = await config(["export", "--base-url", mock.url, "--version", "v2"], tokenA);
    expect(refused.stderr).toMatch(/^error: --version must be beta or v1.0/);
  }, 120_000);
});
