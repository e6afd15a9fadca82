import { describe, expect, it } from "vitest";
import { partnerHealthOf, placeholderDateTime } from "../partner-health";
import { assessPartnerHealth, silenceInWords } from "../partner-health-advice";

const now = new Date("2026-11-20T12:00:00.000Z");
const ago = (ms: number) => new Date(now.getTime() - ms).toISOString();
const hour = 3_600_000;
const day = 24 * hour;
const enabled = (heartbeat: string) => ({ partnerState: "enabled", lastHeartbeatDateTime: heartbeat });

describe("partner health", () => {
  it("is healthy up to exactly 1 day of silence and a warning 1 ms later", () => {
    expect(partnerHealthOf(enabled(ago(0)), now)).toBe("healthy");
    expect(partnerHealthOf(enabled(ago(day)), now)).toBe("healthy");
    expect(partnerHealthOf(enabled(ago(day + 1)), now)).toBe("warning");
  });

  it("is a warning until just under 3 days and unhealthy at exactly 3 days", () => {
    expect(partnerHealthOf(enabled(ago(3 * day - 1)), now)).toBe("warning");
    expect(partnerHealthOf(enabled(ago(3 * day)), now)).toBe("unhealthy");
    expect(partnerHealthOf(enabled(ago(30 * day)), now)).toBe("unhealthy");
  });

  it("reads Graph's placeholder heartbeat 0001-01-01T00:00:00Z as not set up, whatever the state but terminated", () => {
    expect(partnerHealthOf(enabled(placeholderDateTime), now)).toBe("notSetUp");
    expect(partnerHealthOf({ partnerState: "rejected", lastHeartbeatDateTime: placeholderDateTime }, now)).toBe("notSetUp");
    expect(partnerHealthOf({ partnerState: "unknown", lastHeartbeatDateTime: placeholderDateTime }, now)).toBe("notSetUp");
    expect(partnerHealthOf({ partnerState: "terminated", lastHeartbeatDateTime: placeholderDateTime }, now)).toBe("terminated");
    expect(assessPartnerHealth(enabled(placeholderDateTime), now).reason).toBe("The partner has never sent a heartbeat.");
  });

  it("takes the state first: terminated, unknown, then the broken states even with a fresh heartbeat", () => {
    expect(partnerHealthOf({ partnerState: "terminated", lastHeartbeatDateTime: ago(0) }, now)).toBe("terminated");
    expect(partnerHealthOf({ partnerState: "unknown", lastHeartbeatDateTime: ago(0) }, now)).toBe("notSetUp");
    for (const state of ["rejected", "unresponsive", "unavailable"]) {
      expect(partnerHealthOf({ partnerState: state, lastHeartbeatDateTime: ago(0) }, now)).toBe("unhealthy");
    }
  });

  it("rates a state Graph adds later by its heartbeat, and a missing heartbeat as not set up", () => {
    expect(partnerHealthOf({ partnerState: "suspendedFutureValue", lastHeartbeatDateTime: ago(hour) }, now)).toBe("healthy");
    expect(partnerHealthOf({ partnerState: "enabled", lastHeartbeatDateTime: null }, now)).toBe("notSetUp");
    expect(partnerHealthOf({ partnerState: "enabled", lastHeartbeatDateTime: "not a date" }, now)).toBe("notSetUp");
  });

  it("says why in words and what to do, with Microsoft's pages", () => {
    const silent = assessPartnerHealth(enabled(ago(4 * day + 5 * hour)), now);
    expect(silent.reason).toBe("No heartbeat for 4 days.");
    expect(silent.actions.join(" ")).toMatch(/partner's own console/);
    expect(silent.actions.join(" ")).toMatch(/licence/);
    expect(silent.links.map((l) => l.href)).toContain("https://learn.microsoft.com/troubleshoot/mem/intune/device-protection/troubleshoot-jamf");
    expect(assessPartnerHealth(enabled(ago(26 * hour)), now).reason).toBe("No heartbeat for 26 hours.");
    expect(assessPartnerHealth(enabled(ago(3 * day)), now).reason).toBe("No heartbeat for 3 days.");
    const rejected = assessPartnerHealth({ partnerState: "rejected", lastHeartbeatDateTime: ago(hour) }, now);
    expect(rejected.reason).toBe("The partner rejected the connection.");
    expect(rejected.actions[0]).toMatch(/Consent to the partner's app again/);
    expect(assessPartnerHealth({ partnerState: "unresponsive", lastHeartbeatDateTime: ago(9 * day) }, now).reason).toBe(
      "The partner does not respond. No heartbeat for 9 days.",
    );
    const healthy = assessPartnerHealth(enabled(ago(hour)), now);
    expect(healthy.actions).toEqual([]);
    expect(assessPartnerHealth({ partnerState: "terminated", lastHeartbeatDateTime: ago(day) }, now).actions.join(" ")).toMatch(/90 days/);
  });

  it("writes silences in hours under two days and in whole days after", () => {
    expect(silenceInWords(hour)).toBe("1 hour");
    expect(silenceInWords(2 * day - 1)).toBe("47 hours");
    expect(silenceInWords(2 * day)).toBe("2 days");
  });
});
