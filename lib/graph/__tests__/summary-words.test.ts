import { describe, expect, it } from "vitest";
import { assignmentFilterChoices } from "../assignment-filter";
import { compliancePlatformConflicts, namePartners, onboardedPlatforms } from "../compliance-platform-conflicts";
import { countdownInWords } from "../countdown-in-words";
import { compareAttention, comingUpHorizonMs, summarizeHealth } from "../health-summary";
import { healthsFilter, isPartnerHealth } from "../partner-health";
import { valueWords } from "../property-words";

// Words and orderings the overview, the lists and the pickers show.
const now = new Date("2026-11-20T12:00:00.000Z");
const hour = 3_600_000;
const day = 24 * hour;
const at = (ms: number) => new Date(now.getTime() + ms).toISOString();

describe("countdowns", () => {
  it("switches to days at exactly two days, says 'in' from now on, and nothing for a date it cannot read", () => {
    expect(countdownInWords(at(2 * day), now)).toBe("in 2 days");
    expect(countdownInWords(at(2 * day - hour), now)).toBe("in 47 hours");
    expect(countdownInWords(at(0), now)).toBe("in 0 minutes");
    expect(countdownInWords(at(-60_000), now)).toBe("1 minute ago");
    expect(countdownInWords("not a date", now)).toBe("");
  });
});

describe("the health overview", () => {
  it("names a partner by its display name, else its id, and counts a partner without a state as unknown", () => {
    const summary = summarizeHealth(
      [
        { id: "p1", displayName: "Jamf Pro", partnerState: "enabled", lastHeartbeatDateTime: at(-2 * day) },
        { id: "p2", displayName: null, lastHeartbeatDateTime: at(-2 * day) },
      ],
      now,
    );
    expect(summary.attention.map((a) => a.displayName)).toEqual(["Jamf Pro", "p2"]);
    expect(summary.byState).toEqual({ enabled: 1, unknown: 1 });
  });

  it("shows device dates from now up to the horizon included, at most `limit` of them", () => {
    const summary = summarizeHealth(
      [
        { id: "now", partnerState: "terminated", whenPartnerDevicesWillBeRemovedDateTime: at(0) },
        { id: "edge", partnerState: "terminated", whenPartnerDevicesWillBeRemovedDateTime: at(comingUpHorizonMs) },
        { id: "past", partnerState: "terminated", whenPartnerDevicesWillBeRemovedDateTime: at(-1) },
        { id: "beyond", partnerState: "terminated", whenPartnerDevicesWillBeRemovedDateTime: at(comingUpHorizonMs + 1) },
      ],
      now,
      { limit: 1 },
    );
    expect(summary.comingUpTotal).toBe(2);
    expect(summary.comingUp.map((c) => [c.id, c.inMs])).toEqual([["now", 0]]);
  });

  it("puts equally silent partners of the same health in name order", () => {
    const item = (displayName: string) => ({ health: "warning" as const, silentMs: day, displayName });
    expect(compareAttention(item("Beta"), item("Alpha"))).toBeGreaterThan(0);
    expect(compareAttention(item("Alpha"), item("Beta"))).toBeLessThan(0);
  });
});

describe("healths", () => {
  it("knows its own health names and nothing else", () => {
    for (const h of ["unhealthy", "warning", "healthy", "notSetUp", "terminated"]) expect(isPartnerHealth(h)).toBe(true);
    for (const v of ["Healthy", "", "enabled", undefined, null, 1, ["healthy"]]) expect(isPartnerHealth(v)).toBe(false);
  });

  it("filters one health without parentheses, several OR'ed in parentheses", () => {
    expect(healthsFilter(["terminated"], now)).toBe("partnerState eq 'terminated'");
    expect(healthsFilter(["terminated", "unhealthy"], now)).toMatch(/^\(.*\) or \(partnerState eq 'terminated'\)$/);
  });
});

describe("property values in words", () => {
  it("says Not set for a missing or empty value", () => {
    expect(valueWords("displayName", undefined)).toBe("Not set");
    expect(valueWords("displayName", "")).toBe("Not set");
    expect(valueWords("displayName", null)).toBe("Not set");
  });

  it("reads an enum's members only from strings, and Graph's year-one placeholder as Never", () => {
    expect(valueWords("partnerState", true)).toBe("Yes");
    expect(valueWords("partnerState", 3)).toBe("3");
    const dateTime = (iso: string) => `local(${iso})`;
    expect(valueWords("lastHeartbeatDateTime", "0001-01-01T00:00:00Z", { dateTime })).toBe("Never");
    expect(valueWords("lastHeartbeatDateTime", "2026-01-01T00:00:00Z", { dateTime })).toBe("local(2026-01-01T00:00:00Z)");
  });
});

describe("compliance partners and assignment filters", () => {
  it("lists the platforms a partner is onboarded for in the version, and names no partner as empty", () => {
    const partner = { id: "p", macOsOnboarded: true, iosOnboarded: false, androidOnboarded: null, windowsOnboarded: true, linuxOnboarded: true };
    expect(onboardedPlatforms(partner, "beta").map((p) => p.key)).toEqual(["macOs", "windows", "linux"]);
    expect(onboardedPlatforms(partner, "v1.0").map((p) => p.key)).toEqual(["macOs"]);
    expect(namePartners([])).toBe("");
    expect(namePartners([{ id: "p1", displayName: null }])).toBe("p1");
  });

  it("names the conflicting partners as they are called, or null when they have no name", () => {
    const others = [
      { id: "kandji", displayName: "Kandji", macOsOnboarded: true },
      { id: "fleet", macOsOnboarded: true },
    ];
    expect(compliancePlatformConflicts({ id: "jamf", macOsOnboarded: true }, others, "v1.0")[0]?.partners).toEqual([
      { id: "kandji", displayName: "Kandji" },
      { id: "fleet", displayName: null },
    ]);
  });

  it("finds the chosen filter whatever the spaces or case around its id", () => {
    const filters = [{ id: "f1", displayName: "Corporate", platform: "iOS" }];
    expect(assignmentFilterChoices(filters, ["iOS"], " F1 ")).toEqual([{ id: "f1", label: "Corporate" }]);
  });
});
