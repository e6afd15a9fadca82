import { afterEach, describe, expect, it, vi } from "vitest";
import { GraphError } from "../../graph/graph-error";
import type { FaultSpec } from "../../fault-spec";
import { createDemoApi, maxSeedCount, type DemoApiOptions } from "../demo-api";
import { readSandboxId, sandboxCookieName, signedSandboxValue } from "../demo-sandbox";
import type { MockGraphService } from "../mock-graph-service";
import type { GatewayLogEntry } from "../request-log";
import { ResetBudget, type ResetDecision } from "../reset-budget";

const secret = new Uint8Array(32).fill(3);
const sandbox = "00112233445566778899aabbccddeeff";
const cookie = `${sandboxCookieName}=${signedSandboxValue(sandbox, secret)}`;
const fromConsole = { origin: "http://console.test", host: "console.test", "x-requested-with": "XMLHttpRequest", "content-type": "application/json" };

function post(path: "reset" | "faults", body?: unknown, headers: Record<string, string> = {}, method = "POST"): Request {
  return new Request(`http://console.test/api/demo/${path}`, {
    method,
    headers: { ...fromConsole, cookie, ...headers },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}

/** Records the seeded counts the budget is asked for, and answers what it is told to. */
class BudgetSpy extends ResetBudget {
  readonly asked: number[] = [];
  constructor(private readonly answer: ResetDecision = { ok: true }) {
    super();
  }
  override take(_visitor: string, seededPartners: number): ResetDecision {
    this.asked.push(seededPartners);
    return this.answer;
  }
}

function setup(options: Partial<DemoApiOptions> = {}) {
  const logged: GatewayLogEntry[] = [];
  const resets: { tenant: string; seed?: object }[] = [];
  const faults: { tenant: string; spec?: FaultSpec }[] = [];
  const mock: MockGraphService = {
    handle: async () => new Response(null),
    resetTenant: async (tenant, seed) => void resets.push({ tenant, seed }),
    setTenantFaults: (tenant, spec) => void faults.push({ tenant, spec }),
  };
  const api = createDemoApi({ mode: "demo", mockGraph: () => mock, log: (entry) => void logged.push(entry), sandboxSecret: secret, ...options });
  return { api, logged, resets, faults, mock };
}

const errorOf = (response: Response) => GraphError.fromResponse(response);

afterEach(() => vi.restoreAllMocks());

describe("demo API answers", () => {
  it("answers 204 with the ids and no-store, logs one line with the ids and the time taken", async () => {
    let clock = 1000;
    const { api, logged, resets, mock } = setup({ now: () => clock });
    const reset = mock.resetTenant.bind(mock);
    // The re-seed takes 25 ms by the injected clock.
    mock.resetTenant = async (tenant, seed) => {
      clock += 25;
      await reset(tenant, seed);
    };
    const response = await api.reset(post("reset", { deviceManagementPartners: 2 }, { "client-request-id": "c-42" }));
    expect(response.status).toBe(204);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("client-request-id")).toBe("c-42");
    const requestId = response.headers.get("request-id");
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(response.headers.get("set-cookie")).toBeNull();
    expect(resets).toEqual([{ tenant: `sandbox:${sandbox}`, seed: { deviceManagementPartners: 2 } }]);
    expect(logged).toEqual([
      { mode: "demo", method: "POST", path: "/api/demo/reset", query: [], status: 204, durationMs: 25, requestId, clientRequestId: "c-42" },
    ]);
  });

  it("gives a visitor without a sandbox a new one, with its signed cookie", async () => {
    const { api, resets } = setup();
    const response = await api.reset(post("reset", undefined, { cookie: "" }));
    expect(response.status).toBe(204);
    const setCookie = response.headers.get("set-cookie")!;
    const id = readSandboxId(setCookie.split(";")[0]!, { secure: false, secret });
    expect(id).toMatch(/^[0-9a-f]{32}$/);
    expect(resets).toEqual([{ tenant: `sandbox:${id}`, seed: {} }]);
  });

  it("reads the scheme from the proxy only when TRUST_PROXY is on", async () => {
    const behindProxy = { cookie: "", "x-forwarded-proto": "https", origin: "https://console.test" };
    const trusted = await setup({ trustProxy: true }).api.reset(post("reset", undefined, behindProxy));
    expect(trusted.status).toBe(204);
    expect(trusted.headers.get("set-cookie")).toMatch(/^__Host-demo-sandbox=.*; Secure$/);
    const untrusted = await setup().api.reset(post("reset", undefined, { ...behindProxy, "x-forwarded-host": "evil.test" }));
    expect((await errorOf(untrusted)).code).toBe("ConsoleGateway_OriginMismatch");
    const plain = await setup().api.reset(post("reset", undefined, { "x-forwarded-host": "evil.test", "x-forwarded-proto": "https" }));
    expect(plain.status).toBe(204);
  });

  it("answers another method with 405, Allow: POST and Graph's envelope", async () => {
    const { api, logged } = setup();
    const response = await api.reset(post("reset", undefined, {}, "PUT"));
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("POST");
    expect(await errorOf(response)).toMatchObject({ code: "BadRequest", message: "The method PUT is not allowed here. Allowed: POST." });
    expect(logged[0]).toMatchObject({ method: "PUT", status: 405 });
  });

  it("answers 404 in live mode and touches nothing", async () => {
    const { api, resets } = setup({ mode: "live" });
    const response = await api.reset(post("reset", {}));
    expect(await errorOf(response)).toMatchObject({ status: 404, code: "ResourceNotFound", message: "Demo data exists only in demo mode." });
    expect(resets).toEqual([]);
  });

  it("answers 500 in Graph's envelope when the mock fails, without its details", async () => {
    const { api, mock } = setup();
    mock.resetTenant = async () => {
      throw new Error("disk full at /var/data");
    };
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const response = await api.reset(post("reset", {}, { "client-request-id": "c-500" }));
    const error = await errorOf(response);
    expect(error).toMatchObject({ status: 500, code: "InternalError", message: "The console could not handle the request.", clientRequestId: "c-500" });
    expect(logged).toHaveBeenCalledWith("demo-api: disk full at /var/data");
  });
});

describe("POST /api/demo/reset", () => {
  it.each([
    [{ deviceManagementPartners: 3, complianceManagementPartners: 4 }, 7],
    [{ deviceManagementPartners: 3 }, 3],
    [{ complianceManagementPartners: 4 }, 4],
    [{}, 0],
  ])("counts %j as %i seeded partners against the budget", async (body, seeded) => {
    const budget = new BudgetSpy();
    await setup({ resetBudget: budget }).api.reset(post("reset", body));
    expect(budget.asked).toEqual([seeded]);
  });

  it("says whose limit was hit and when to come back", async () => {
    const visitor = await setup({ resetBudget: new BudgetSpy({ ok: false, reason: "visitor", retryAfterSeconds: 42 }) }).api.reset(post("reset", {}));
    expect(visitor.status).toBe(429);
    expect(visitor.headers.get("retry-after")).toBe("42");
    expect(await errorOf(visitor)).toMatchObject({ code: "TooManyRequests", message: "This sandbox was reset too often: try again in 42 s." });
    const server = await setup({ resetBudget: new BudgetSpy({ ok: false, reason: "server", retryAfterSeconds: 7 }) }).api.reset(post("reset", {}));
    expect(await errorOf(server)).toMatchObject({ status: 429, message: "The demo is re-seeding too many sandboxes: try again in 7 s." });
  });

  it.each<[string, unknown, string | undefined]>([
    ["a count over the maximum", { deviceManagementPartners: maxSeedCount + 1 }, "deviceManagementPartners"],
    ["a negative count", { complianceManagementPartners: -1 }, "complianceManagementPartners"],
    ["an unknown property", { partners: 5 }, "partners"],
    ["a body that is not an object", [1, 2], undefined],
  ])("refuses %s, naming the property", async (_name, body, target) => {
    const { api, resets } = setup();
    const error = await errorOf(await api.reset(post("reset", body)));
    const at = target ? ` at '${target}'` : "";
    expect(error).toMatchObject({ status: 400, code: "BadRequest", message: `The request body is not valid${at}: Send counts as whole numbers from 0 to ${maxSeedCount}.` });
    expect(error.target).toBe(target);
    expect(resets).toEqual([]);
  });

  it("takes the maximum count itself", async () => {
    const { api, resets } = setup();
    expect((await api.reset(post("reset", { deviceManagementPartners: maxSeedCount }))).status).toBe(204);
    expect(resets).toHaveLength(1);
  });
});

describe("POST /api/demo/faults", () => {
  it("sets the sandbox's faults, and clears them with null", async () => {
    const { api, faults } = setup();
    expect((await api.faults(post("faults", { faults: "rate=1,codes=500" }))).status).toBe(204);
    expect((await api.faults(post("faults", { faults: null }))).status).toBe(204);
    expect(faults).toEqual([
      { tenant: `sandbox:${sandbox}`, spec: expect.objectContaining({ rate: 1, codes: [500] }) },
      { tenant: `sandbox:${sandbox}`, spec: undefined },
    ]);
  });

  it("refuses a body of the wrong shape with the shape to send", async () => {
    const { api, faults } = setup();
    const error = await errorOf(await api.faults(post("faults", { faults: 5 })));
    expect(error).toMatchObject({ status: 400, code: "BadRequest", target: "faults" });
    expect(error.message).toBe(`The request body is not valid at 'faults': Send {"faults": "rate=1,codes=500"} or {"faults": null}.`);
    expect(faults).toEqual([]);
  });

  it("refuses a specification that does not parse, saying why", async () => {
    const { api, faults } = setup();
    const error = await errorOf(await api.faults(post("faults", { faults: "rate=2" })));
    expect(error).toMatchObject({ status: 400, code: "BadRequest", target: "faults" });
    expect(error.message).toBe("The fault specification is not valid: rate must be a number from 0 to 1, got '2'.");
    expect(faults).toEqual([]);
  });
});
