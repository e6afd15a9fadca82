import { describe, expect, it } from "vitest";
import { parseCsv } from "@/lib/csv/csv";
import type { DeviceManagementPartner } from "@/lib/graph/device-management-partner";
import { deviceManagementPartnerKind } from "@/components/device-partners/device-partner-kind";
import { partnersCsv } from "../partner-csv";

const now = new Date("2026-11-20T12:00:00Z");
const partner = (fields: Partial<DeviceManagementPartner>) =>
  ({ id: "id-1", displayName: "Jamf Pro", partnerState: "enabled", partnerAppType: "multiTenantApp", isConfigured: true, lastHeartbeatDateTime: "2026-11-20T11:00:00Z", ...fields }) as DeviceManagementPartner;

describe("a partner list as CSV", () => {
  it("has the id, then every visible column, with Graph's values and the health in words", () => {
    const text = partnersCsv(
      [partner({}), partner({ id: "id-2", displayName: '=cmd|"/c calc"!A0, Ltd.', lastHeartbeatDateTime: "2026-11-15T12:00:00Z" })],
      deviceManagementPartnerKind.list.columns,
      "beta",
      now,
    );
    expect(parseCsv(text)).toEqual([
      ["id", "Display name", "Health", "Partner state", "App type", "Last heartbeat", "Configured"],
      ["id-1", "Jamf Pro", "Healthy", "enabled", "multiTenantApp", "2026-11-20T11:00:00Z", "true"],
      ["id-2", `'=cmd|"/c calc"!A0, Ltd.`, "Unhealthy", "enabled", "multiTenantApp", "2026-11-15T12:00:00Z", "true"],
    ]);
  });
});
