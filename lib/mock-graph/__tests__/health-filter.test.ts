import { describe, expect, it } from "vitest";
import { deviceManagementPartnerTenantState } from "@/lib/graph/enums";
import { healthFilter, healthsFilter, partnerHealthOf, partnerHealths, placeholderDateTime, type PartnerHealth } from "@/lib/graph/partner-health";
import { propertiesOf } from "@/lib/graph/resources";
import { parseODataQuery } from "../odata/parse-query";

// The console asks for a health with $filter (lib/graph/partner-health.ts); the mock must evaluate it to the same rule.
const now = new Date("2026-11-20T12:00:00.000Z");
const ago = (ms: number) => new Date(now.getTime() - ms).toISOString();
const hour = 3_600_000;
const day = 24 * hour;

describe("health as an OData $filter", () => {
  const properties = propertiesOf("deviceManagementPartners", "beta");
  const predicate = (filter: string) => parseODataQuery(new URLSearchParams({ $filter: filter }), properties).filter!;
  const heartbeats = [
    placeholderDateTime,
    ago(0),
    ago(hour),
    ago(day),
    ago(day + 1),
    ago(2 * day),
    ago(3 * day - 1),
    ago(3 * day),
    ago(3 * day + 1),
    ago(40 * day),
    new Date(now.getTime() + hour).toISOString(),
  ];
  const partners = deviceManagementPartnerTenantState.members.flatMap((partnerState) =>
    heartbeats.map((lastHeartbeatDateTime) => ({ partnerState, lastHeartbeatDateTime })),
  );

  it.each(partnerHealths)("the filter for %s matches exactly the partners of that health, at each boundary", (health) => {
    const matches = predicate(healthFilter(health, now));
    const expected = partners.filter((p) => partnerHealthOf(p, now) === health);
    expect(expected.length).toBeGreaterThan(0);
    expect(partners.filter((p) => matches(p))).toEqual(expected);
  });

  it("ORs several healths and leaves the filter out when none is chosen", () => {
    const chosen: PartnerHealth[] = ["warning", "unhealthy"];
    const matches = predicate(healthsFilter(chosen, now)!);
    expect(partners.filter((p) => matches(p))).toEqual(partners.filter((p) => chosen.includes(partnerHealthOf(p, now))));
    expect(healthsFilter([], now)).toBeUndefined();
    expect(healthFilter("unhealthy", now)).toContain("lastHeartbeatDateTime le 2026-11-17T12:00:00.000Z");
  });
});
