"use client";

import { Badge, type BadgeProps } from "@fluentui/react-components";
import { partnerHealthLabels, type PartnerHealth } from "@/lib/graph/partner-health";

export const healthColors: Record<PartnerHealth, NonNullable<BadgeProps["color"]>> = {
  unhealthy: "danger",
  warning: "warning",
  healthy: "success",
  notSetUp: "informative",
  terminated: "subtle",
};

/** A partner's health (lib/graph/partner-health.ts), the same words and colours everywhere. */
export function HealthBadge({ health }: { health: PartnerHealth }) {
  return (
    <Badge appearance="tint" color={healthColors[health]} shape="rounded">
      {partnerHealthLabels[health]}
    </Badge>
  );
}
