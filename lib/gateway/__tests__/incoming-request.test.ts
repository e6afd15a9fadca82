import type { IncomingHttpHeaders } from "node:http";
import { afterEach, describe, expect, it } from "vitest";
import { arrivalHeader, arrivalOf, installIncomingRequestHook } from "../incoming-request";

const installedFlag = Symbol.for("intune-partner-console.incoming-request");

/** Stands in for node:http's Server: records what its own emit saw. */
function fakeServerClass() {
  const seen: Array<{ event: string | symbol; args: unknown[] }> = [];
  class FakeServer {
    emit(event: string | symbol, ...args: unknown[]): boolean {
      seen.push({ event, args });
      return event === "request";
    }
  }
  return { FakeServer, seen };
}

const forwarded = () => ({ host: "console.test", "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" }) as IncomingHttpHeaders;

afterEach(() => {
  delete (globalThis as Record<symbol, unknown>)[installedFlag];
});

describe("installIncomingRequestHook", () => {
  it("prepares each request the server reads, then lets the server handle it", () => {
    const { FakeServer, seen } = fakeServerClass();
    installIncomingRequestHook(FakeServer, { trustProxy: false });
    const request = { headers: forwarded() };
    const before = Date.now();
    expect(new FakeServer().emit("request", request, "response")).toBe(true);
    expect(Object.keys(request.headers).sort()).toEqual(["host", arrivalHeader].sort());
    expect(Number(request.headers[arrivalHeader])).toBeGreaterThanOrEqual(before);
    expect(seen).toEqual([{ event: "request", args: [request, "response"] }]);
  });

  it("leaves other events alone", () => {
    const { FakeServer, seen } = fakeServerClass();
    installIncomingRequestHook(FakeServer, { trustProxy: false });
    const other = { headers: forwarded() };
    expect(new FakeServer().emit("connection", other)).toBe(false);
    expect(new FakeServer().emit("listening")).toBe(false);
    expect(other.headers).toEqual(forwarded());
    expect(seen.map((call) => call.event)).toEqual(["connection", "listening"]);
  });

  it("installs once per process: a second call changes nothing", () => {
    const first = fakeServerClass();
    installIncomingRequestHook(first.FakeServer, { trustProxy: true });
    installIncomingRequestHook(first.FakeServer, { trustProxy: false });
    const second = fakeServerClass();
    const untouched = second.FakeServer.prototype.emit;
    installIncomingRequestHook(second.FakeServer, { trustProxy: false });
    expect(second.FakeServer.prototype.emit).toBe(untouched);
    const request = { headers: forwarded() };
    new first.FakeServer().emit("request", request);
    // The first install trusts the proxy, so the forwarded headers stay.
    expect(request.headers["x-forwarded-host"]).toBe("evil.example");
    expect(first.seen).toHaveLength(1);
  });

  it("makes the gateway believe the arrival stamp it sets", () => {
    const stamped = new Request("http://console.test/", { headers: { [arrivalHeader]: "9000" } });
    expect(arrivalOf(stamped, 10_000)).toBe(10_000);
    installIncomingRequestHook(fakeServerClass().FakeServer, { trustProxy: false });
    expect(arrivalOf(stamped, 10_000)).toBe(9000);
  });
});

describe("arrivalOf", () => {
  it("believes a stamp up to, not including, an hour old", () => {
    const stamped = (value: number) => new Request("http://console.test/", { headers: { [arrivalHeader]: String(value) } });
    const now = 10_000_000;
    expect(arrivalOf(stamped(now - 3_599_999), now, { trusted: true })).toBe(now - 3_599_999);
    expect(arrivalOf(stamped(now - 3_600_000), now, { trusted: true })).toBe(now);
    expect(arrivalOf(stamped(now), now, { trusted: true })).toBe(now);
    expect(arrivalOf(stamped(now + 1), now, { trusted: true })).toBe(now);
  });
});
