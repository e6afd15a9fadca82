import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { isStale } from "@/lib/graph/heartbeat";
import { isNeverDateTime } from "@/lib/graph/never-date-time";
import { formatExact, formatRelative, fromLocalInputValue, offsetOf, toLocalInputValue } from "../date-time";

describe("date-time handling", () => {
  const zone = process.env.TZ;
  beforeEach(() => {
    process.env.TZ = "Europe/Berlin";
  });
  afterEach(() => {
    process.env.TZ = zone;
  });

  it("shows a DateTimeOffset in local time to the second", () => {
    expect(toLocalInputValue("2026-11-20T10:00:05.1234567Z")).toBe("2026-11-20T11:00:05");
    expect(toLocalInputValue("2026-07-01T10:00:00-05:00")).toBe("2026-07-01T17:00:00");
    expect(toLocalInputValue(null)).toBe("");
    expect(toLocalInputValue("not a date")).toBe("");
  });

  it("turns a local input back into a DateTimeOffset with the local offset", () => {
    expect(fromLocalInputValue("2026-11-20T11:00:05")).toBe("2026-11-20T11:00:05+01:00");
    expect(fromLocalInputValue("2026-07-01T17:00")).toBe("2026-07-01T17:00:00+02:00");
    expect(fromLocalInputValue("2026-07-01")).toBeUndefined();
  });

  it("reads Graph's 0001-01-01 as never, not as two thousand years ago", () => {
    expect(isNeverDateTime("0001-01-01T00:00:00Z")).toBe(true);
    expect(isNeverDateTime("2026-01-01T00:00:00Z")).toBe(false);
    expect(formatExact("0001-01-01T00:00:00Z")).toBe("Never");
    expect(isStale({ partnerState: "enabled", lastHeartbeatDateTime: "0001-01-01T00:00:00Z" }, new Date())).toBe(true);
  });

  it("names the offset of a date", () => {
    expect(offsetOf(new Date("2026-01-15T12:00:00Z"))).toBe("+01:00");
  });

  it("writes relative times", () => {
    const now = new Date("2026-11-20T12:00:00Z");
    expect(formatRelative("2026-11-20T09:00:00Z", now, "en")).toBe("3 hours ago");
    expect(formatRelative("2026-11-22T12:00:00Z", now, "en")).toBe("in 2 days");
  });

  it("marks an enabled partner stale after 24 hours without a heartbeat", () => {
    const now = new Date("2026-11-20T12:00:00Z");
    expect(isStale({ partnerState: "enabled", lastHeartbeatDateTime: "2026-11-19T11:59:59Z" }, now)).toBe(true);
    expect(isStale({ partnerState: "enabled", lastHeartbeatDateTime: "2026-11-19T12:00:01Z" }, now)).toBe(false);
    expect(isStale({ partnerState: "terminated", lastHeartbeatDateTime: "2026-01-01T00:00:00Z" }, now)).toBe(false);
  });
});
