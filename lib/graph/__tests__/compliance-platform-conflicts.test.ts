import { describe, expect, it } from "vitest";
import { compliancePlatformConflicts, namePartners } from "../compliance-platform-conflicts";

const jamf = { id: "jamf", displayName: "Jamf Pro", macOsOnboarded: true, iosOnboarded: true, androidOnboarded: false, windowsOnboarded: false, linuxOnboarded: false };
const kandji = { id: "kandji", displayName: "Kandji", macOsOnboarded: true, iosOnboarded: false, androidOnboarded: false };
const fleet = { id: "fleet", displayName: null, linuxOnboarded: true, windowsOnboarded: true };

const summary = (conflicts: ReturnType<typeof compliancePlatformConflicts>) =>
  conflicts.map((c) => [c.platform.key, c.partners.map((p) => p.id)]);

describe("compliancePlatformConflicts", () => {
  it("names, per platform the edited partner onboards, the other partners that already have it", () => {
    const edited = { macOsOnboarded: true, iosOnboarded: true, androidOnboarded: true };
    expect(summary(compliancePlatformConflicts(edited, [jamf, kandji, fleet], "v1.0"))).toEqual([
      ["macOs", ["jamf", "kandji"]],
      ["ios", ["jamf"]],
    ]);
  });

  it("ignores platforms the edited partner is not onboarded for", () => {
    expect(compliancePlatformConflicts({ macOsOnboarded: false, iosOnboarded: false }, [jamf, kandji], "beta")).toEqual([]);
  });

  it("never counts the edited partner against itself", () => {
    const edited = { ...jamf };
    expect(summary(compliancePlatformConflicts(edited, [jamf, kandji], "beta"))).toEqual([["macOs", ["kandji"]]]);
  });

  it("checks Windows and Linux in beta only", () => {
    const edited = { windowsOnboarded: true, linuxOnboarded: true };
    expect(summary(compliancePlatformConflicts(edited, [fleet], "beta"))).toEqual([
      ["windows", ["fleet"]],
      ["linux", ["fleet"]],
    ]);
    expect(compliancePlatformConflicts(edited, [fleet], "v1.0")).toEqual([]);
  });

  it("treats absent and null flags as not onboarded", () => {
    expect(compliancePlatformConflicts({ androidOnboarded: true }, [{ id: "x", displayName: "X", androidOnboarded: null }, { id: "y" }], "beta")).toEqual([]);
  });
});

describe("namePartners", () => {
  it("joins names in plain words and falls back to the id", () => {
    expect(namePartners([{ id: "a", displayName: "Jamf Pro" }])).toBe("Jamf Pro");
    expect(namePartners([{ id: "a", displayName: "Jamf Pro" }, { id: "b", displayName: "Kandji" }])).toBe("Jamf Pro and Kandji");
    expect(namePartners([{ id: "a", displayName: "A" }, { id: "b", displayName: null }, { id: "c", displayName: "C" }])).toBe("A, b and C");
  });
});
