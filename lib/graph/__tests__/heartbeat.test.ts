import { describe, expect, it } from "vitest";
import { isStale, staleAfterMs } from "../heartbeat";

// A connector counts as silent only when it is enabled and its last heartbeat is more than 24 hours old.
const now = new Date("2026-11-20T12:00:00.000Z");
const ago = (ms: number) => new Date(now.getTime() - ms).toISOString();

describe("a silent partner connector", () => {
  it("is 24 hours of silence, not one millisecond less", () => {
    expect(staleAfterMs).toBe(86_400_000);
    expect(isStale({ partnerState: "enabled", lastHeartbeatDateTime: ago(staleAfterMs) }, now)).toBe(false);
    expect(isStale({ partnerState: "enabled", lastHeartbeatDateTime: ago(staleAfterMs + 1) }, now)).toBe(true);
    expect(isStale({ partnerState: "enabled", lastHeartbeatDateTime: ago(1000) }, now)).toBe(false);
    expect(isStale({ partnerState: "enabled", lastHeartbeatDateTime: new Date(now.getTime() + 2 * staleAfterMs).toISOString() }, now)).toBe(false);
  });

  it("counts only enabled partners", () => {
    for (const partnerState of ["unknown", "unavailable", "unresponsive", "rejected", "terminated", undefined]) {
      expect(isStale({ partnerState, lastHeartbeatDateTime: ago(10 * staleAfterMs) }, now)).toBe(false);
    }
  });

  it("counts Graph's never-set placeholder as silent, and a missing or unreadable heartbeat as not", () => {
    expect(isStale({ partnerState: "enabled", lastHeartbeatDateTime: "0001-01-01T00:00:00Z" }, now)).toBe(true);
    expect(isStale({ partnerState: "enabled", lastHeartbeatDateTime: null }, now)).toBe(false);
    expect(isStale({ partnerState: "enabled" }, now)).toBe(false);
    expect(isStale({ partnerState: "enabled", lastHeartbeatDateTime: "" }, now)).toBe(false);
    expect(isStale({ partnerState: "enabled", lastHeartbeatDateTime: "yesterday" }, now)).toBe(false);
  });
});
