import { describe, expect, it } from "vitest";
import { GraphError } from "../../graph/graph-error";
import { createDemoApi } from "../demo-api";
import { sandboxCookieName, signedSandboxValue } from "../demo-sandbox";
import type { MockGraphService } from "../mock-graph-service";
import { ResetBudget, resetLimits } from "../reset-budget";

describe("reset budget", () => {
  it("allows a visitor 10 resets a minute, then 429 until the window passes", () => {
    let now = 0;
    const budget = new ResetBudget(() => now);
    for (let i = 0; i < resetLimits.perVisitor; i++) expect(budget.take("a", 0).ok).toBe(true);
    const refused = budget.take("a", 0);
    expect(refused).toMatchObject({ ok: false, reason: "visitor", retryAfterSeconds: 60 });
    expect(budget.take("b", 0).ok).toBe(true);
    now += 60_000;
    expect(budget.take("a", 0).ok).toBe(true);
  });

  it("bounds the partners all visitors together may seed, so dropping the cookie does not help", () => {
    const budget = new ResetBudget(() => 0);
    for (let i = 0; i < 20; i++) expect(budget.take(`visitor-${i}`, 5000).ok).toBe(true);
    expect(budget.take("visitor-new", 5000)).toMatchObject({ ok: false, reason: "server" });
    expect(budget.take("visitor-new", 0).ok).toBe(true);
  });

  it("keeps at most maxVisitors windows", () => {
    let now = 0;
    const budget = new ResetBudget(() => now, { ...resetLimits, maxVisitors: 100 });
    for (let i = 0; i < 10_000; i++) {
      now += 1;
      budget.take(`visitor-${i}`, 0);
    }
    expect(budget.trackedVisitors).toBeLessThanOrEqual(100);
  });
});

describe("POST /api/demo/reset", () => {
  const secret = new Uint8Array(32).fill(1);
  const cookie = `${sandboxCookieName}=${signedSandboxValue("ab".repeat(16), secret)}`;
  const reset = (body: unknown) =>
    new Request("http://console.test/api/demo/reset", {
      method: "POST",
      headers: { origin: "http://console.test", "x-requested-with": "XMLHttpRequest", "content-type": "application/json", cookie },
      body: JSON.stringify(body),
    });
  const setup = () => {
    const resets: object[] = [];
    const mock: MockGraphService = { handle: async () => new Response(null), resetTenant: async (_t, seed) => void resets.push(seed ?? {}), setTenantFaults: () => undefined };
    return { resets, api: createDemoApi({ mode: "demo", mockGraph: () => mock, log: () => undefined, sandboxSecret: secret }) };
  };

  it("refuses the seed counts of the probe (10,000 of each kind) and re-seeds nothing", async () => {
    const { api, resets } = setup();
    const response = await api.reset(reset({ deviceManagementPartners: 10_000, complianceManagementPartners: 10_000 }));
    expect(response.status).toBe(400);
    expect((await GraphError.fromResponse(response)).message).toContain("from 0 to 5000");
    expect(resets).toHaveLength(0);
  });

  it("answers the eleventh reset in a minute with 429 and Retry-After, in Graph's envelope", async () => {
    const { api, resets } = setup();
    for (let i = 0; i < 10; i++) expect((await api.reset(reset({ deviceManagementPartners: 5 }))).status).toBe(204);
    const refused = await api.reset(reset({}));
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await GraphError.fromResponse(refused)).code).toBe("TooManyRequests");
    expect(resets).toHaveLength(10);
  });
});
