import { afterEach, describe, expect, it, vi } from "vitest";
import { loggablePath, writeGatewayLog, type GatewayLogEntry } from "../request-log";

const entry: GatewayLogEntry = {
  mode: "live",
  method: "GET",
  path: "/api/graph/v1.0/groups",
  query: ["$top"],
  status: 200,
  durationMs: 12,
  requestId: "r-1",
  clientRequestId: "c-1",
  attempts: 2,
};

afterEach(() => vi.restoreAllMocks());

describe("the gateway's log", () => {
  it("writes one JSON line per request, with its time and the entry", () => {
    const write = vi.spyOn(process.stdout, "write").mockImplementation(() => true);
    writeGatewayLog(entry);
    expect(write).toHaveBeenCalledTimes(1);
    const line = String(write.mock.calls[0]![0]);
    expect(line.endsWith("}\n")).toBe(true);
    expect(line.indexOf("\n")).toBe(line.length - 1);
    const parsed = JSON.parse(line) as Record<string, unknown>;
    expect(parsed).toEqual({ time: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/), msg: "graph-gateway", ...entry });
  });

  it("keeps a path that has no origin as it is, even one holding a URL", () => {
    expect(loggablePath("/api/graph/v1.0/https://evil.test/x?$top=1")).toBe("/api/graph/v1.0/https://evil.test/x");
  });

  it("logs a path of 300 characters whole, and cuts one longer to 300 and an ellipsis", () => {
    const at = `/${"a".repeat(299)}`;
    expect(loggablePath(`http://console.test${at}?secret=1`)).toBe(at);
    expect(loggablePath(`http://console.test${at}b`)).toBe(`${at}...`);
  });
});
