"use client";

import { Badge, type BadgeProps } from "@fluentui/react-components";
import { deviceManagementPartnerTenantState, labelOf, type DeviceManagementPartnerTenantState } from "@/lib/graph/enums";

const colors: Record<DeviceManagementPartnerTenantState, BadgeProps["color"]> = {
  enabled: "success",
  unknown: "informative",
  unavailable: "warning",
  unresponsive: "warning",
  rejected: "danger",
  terminated: "severe",
};

/** deviceManagementPartnerTenantState, shared by both partner kinds. */
export function PartnerStateBadge({ state }: { state: DeviceManagementPartnerTenantState | null | undefined }) {
  if (!state) return <Badge appearance="outline" color="informative">Unknown</Badge>;
  return (
    <Badge appearance="tint" color={colors[state] ?? "informative"}>
      {labelOf(deviceManagementPartnerTenantState, state)}
    </Badge>
  );
}
