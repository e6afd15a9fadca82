import { describe, expect, it } from "vitest";
import { compliancePlatforms } from "@/lib/graph/compliance-platforms";
import { assignmentFilterChoices, assignmentFilterName, filterPlatformsOf, type AssignmentFilter } from "@/lib/graph/assignment-filter";
import { seedAssignmentFilters } from "../seed/assignment-filters";

const filters = seedAssignmentFilters as unknown as AssignmentFilter[];
const idOf = (name: string) => filters.find((f) => f.displayName === name)!.id;
const labels = (platforms: readonly string[] | undefined, selected = "") => assignmentFilterChoices(filters, platforms, selected).map((c) => c.label);

// The console's filter choices over the seeded filters: every seeded filter has a platform section to be picked in.
describe("assignment filter choices", () => {
  it("offers a compliance section only its platform's filters, by name, sorted", () => {
    expect(labels(filterPlatformsOf.macOs)).toEqual(["Corporate Apple devices", "macOS 14+"]);
    expect(labels(filterPlatformsOf.ios)).toEqual(["Corporate iPhones", "iPadOS shared devices"]);
    expect(labels(filterPlatformsOf.windows)).toEqual(["Kiosk (Windows 10 and later)", "Surface devices (Windows 10 and later)", "Windows 11 (Windows 10 and later)"]);
    expect(labels(filterPlatformsOf.linux)).toEqual([]);
  });

  it("names the platform of each Android flavour, since the section mixes them", () => {
    expect(labels(filterPlatformsOf.android)).toEqual([
      "Android Enterprise fully managed (Android Enterprise)",
      "Android work profile (Android work profile)",
      "Samsung Knox devices (Android device administrator)",
    ]);
  });

  it("offers a device partner every device filter with its platform", () => {
    const all = labels(undefined);
    expect(all).toHaveLength(filters.length);
    expect(all).toContain("Kiosk (Windows 10 and later)");
    expect(all).toContain("macOS 14+ (macOS)");
  });

  it("keeps a chosen filter of another platform, named with its platform", () => {
    expect(labels(filterPlatformsOf.macOs, idOf("Kiosk"))).toEqual(["Corporate Apple devices (macOS)", "Kiosk (Windows 10 and later)", "macOS 14+ (macOS)"]);
  });

  it("shows an id that no longer resolves as such, first, instead of dropping it", () => {
    const gone = "0f0e0d0c-0b0a-4909-8807-060504030201";
    const choices = assignmentFilterChoices(filters, filterPlatformsOf.linux, gone);
    expect(choices).toEqual([{ id: gone, label: `Filter not found: ${gone}` }]);
    expect(assignmentFilterChoices(filters, filterPlatformsOf.ios, gone)[0]).toEqual({ id: gone, label: `Filter not found: ${gone}` });
    expect(assignmentFilterName(filters, gone)).toBe(`Filter not found: ${gone}`);
  });

  it("names a filter whatever the case of its id", () => {
    expect(assignmentFilterName(filters, idOf("Windows 11").toUpperCase())).toBe("Windows 11");
    expect(assignmentFilterChoices(filters, filterPlatformsOf.windows, idOf("Kiosk").toUpperCase()).filter((c) => c.label.startsWith("Filter not found"))).toEqual([]);
  });

  it("has a picker for every platform the seed's filters belong to", () => {
    const covered = new Set(compliancePlatforms.flatMap((p) => filterPlatformsOf[p.key]));
    expect(filters.filter((f) => !covered.has(f.platform as never))).toEqual([]);
  });
});
