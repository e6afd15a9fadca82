import { describe, expect, it } from "vitest";
import { describeGatewayTrace, formatGatewayTrace, parseGatewayTrace } from "../gateway-trace";

// The browser reads the gateway's trace header back and shows it in the request inspector in words.
describe("reading the gateway's trace header", () => {
  it("reads timeouts, unreachable upstreams, no attempts and up to 99 attempts", () => {
    expect(parseGatewayTrace("attempts=3;answers=timeout,unreachable,200;waits=500,1000")).toEqual({ answers: ["timeout", "unreachable", 200], waitsMs: [500, 1000] });
    expect(parseGatewayTrace("attempts=0;answers=;waits=")).toEqual({ answers: [], waitsMs: [] });
    const ten = { answers: Array.from({ length: 10 }, () => 503), waitsMs: Array.from({ length: 9 }, () => 100) };
    expect(parseGatewayTrace(formatGatewayTrace(ten))).toEqual(ten);
  });

  it("refuses anything that is not exactly the gateway's words", () => {
    for (const value of [
      "xattempts=1;answers=200;waits=",
      "attempts=1;answers=200;waits=1000x",
      "attempts=1;answers=200;waits=;",
      "attempts=100;answers=200;waits=",
      "attempts=1;answers=2000;waits=",
      "attempts=1;answers=x200;waits=",
      "attempts=1;answers=20;waits=",
      "attempts=1;answers=bogus;waits=",
      "attempts=2;answers=200;waits=",
      "attempts=1;answers=;waits=",
      "",
      null,
      undefined,
    ]) {
      expect(parseGatewayTrace(value), String(value)).toBeUndefined();
    }
  });
});

describe("the trace in words", () => {
  it("names each answer and each wait, in milliseconds under a second and seconds from one", () => {
    expect(describeGatewayTrace({ answers: ["timeout", "unreachable", 503, 200], waitsMs: [250, 999, 1000] })).toBe(
      "timed out → waited 250 ms → unreachable → waited 999 ms → 503 → waited 1 s → 200",
    );
    expect(describeGatewayTrace({ answers: [429, 200], waitsMs: [1550] })).toBe("429 → waited 1.6 s → 200");
    expect(describeGatewayTrace({ answers: [], waitsMs: [] })).toBe("");
  });
});
