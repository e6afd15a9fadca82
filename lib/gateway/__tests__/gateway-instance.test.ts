import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { DemoApiOptions } from "../demo-api";
import type { GraphGatewayOptions } from "../graph-gateway";
import { defaultRetryPolicy } from "../retry-policy";

const secretKey = Symbol.for("intune-partner-console.sandbox-secret");
const holder = globalThis as { [secretKey]?: Buffer };
const secret = "s".repeat(40);

/** Imports gateway-instance afresh (its singletons and the env cache start empty), recording what it builds. */
async function load(env: Record<string, string>) {
  vi.resetModules();
  for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
  const gateways: GraphGatewayOptions[] = [];
  const demoApis: DemoApiOptions[] = [];
  vi.doMock("../graph-gateway", () => ({ createGraphGateway: (options: GraphGatewayOptions) => (gateways.push(options), { options }) }));
  vi.doMock("../demo-api", () => ({ createDemoApi: (options: DemoApiOptions) => (demoApis.push(options), { options }) }));
  const instance = await import("../gateway-instance");
  const { getSharedMockGraph } = await import("../../mock-graph/shared-mock-graph");
  return { ...instance, gateways, demoApis, getSharedMockGraph };
}

describe("the process's gateway and demo API", () => {
  let saved: Buffer | undefined;
  beforeEach(() => {
    saved = holder[secretKey];
    delete holder[secretKey];
  });
  afterEach(() => {
    vi.doUnmock("../graph-gateway");
    vi.doUnmock("../demo-api");
    vi.unstubAllEnvs();
    vi.resetModules();
    holder[secretKey] = saved;
    if (saved === undefined) delete holder[secretKey];
  });

  it("builds the gateway once, from the environment at run time", async () => {
    const { getGraphGateway, gateways, getSharedMockGraph } = await load({
      GRAPH_MODE: "demo",
      GRAPH_TIMEOUT_MS: "1000",
      TRUST_PROXY: "on",
      SANDBOX_COOKIE_SECRET: secret,
    });
    const gateway = getGraphGateway();
    expect(getGraphGateway()).toBe(gateway);
    expect(gateways).toHaveLength(1);
    expect(gateways[0]).toMatchObject({
      mode: "demo",
      upstreamBaseUrl: "https://graph.microsoft.com",
      timeoutMs: 1000,
      retryPolicy: { budgetMs: defaultRetryPolicy.budgetMs },
      mockGraph: getSharedMockGraph,
      trustProxy: true,
      sandboxSecret: Buffer.from(secret, "utf8"),
    });
  });

  it("never gives the retry budget less than two full attempts", async () => {
    const { getGraphGateway, gateways } = await load({ GRAPH_TIMEOUT_MS: "20000" });
    getGraphGateway();
    expect(gateways[0]!.retryPolicy).toEqual({ budgetMs: 40_000 });
  });

  it("builds the demo API once, with the same cookie key as the gateway", async () => {
    const { getDemoApi, getGraphGateway, demoApis, gateways, getSharedMockGraph } = await load({ GRAPH_MODE: "demo", SANDBOX_COOKIE_SECRET: secret });
    const demoApi = getDemoApi();
    expect(getDemoApi()).toBe(demoApi);
    expect(demoApis).toHaveLength(1);
    expect(demoApis[0]).toEqual({ mode: "demo", mockGraph: getSharedMockGraph, trustProxy: false, sandboxSecret: Buffer.from(secret, "utf8") });
    getGraphGateway();
    expect(gateways[0]!.sandboxSecret).toBe(demoApis[0]!.sandboxSecret);
    // proxy.ts is another bundle: it finds the same key on globalThis.
    expect(holder[secretKey]).toBe(demoApis[0]!.sandboxSecret);
  });

  it("without SANDBOX_COOKIE_SECRET, signs with a key kept beside the persisted sandboxes", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "gateway-instance-"));
    try {
      const { getGraphGateway, gateways } = await load({ GRAPH_MODE: "demo", MOCK_GRAPH_DATA_DIR: dir });
      getGraphGateway();
      const saved = Buffer.from(readFileSync(path.join(dir, ".sandbox-cookie-secret"), "utf8"), "base64url");
      expect(saved).toHaveLength(32);
      expect(gateways[0]!.sandboxSecret).toEqual(saved);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
