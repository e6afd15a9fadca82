import { complianceManagementPartnersApi } from "@/lib/api/compliance-management-partners";
import { deviceManagementPartnersApi } from "@/lib/api/device-management-partners";
import type { PartnerResource } from "@/lib/api/partner-resource";
import { deviceDateProperties, healthSummaryProperties } from "@/lib/graph/health-summary";

export interface OverviewKind {
  title: string;
  /** The singular noun, for "Device management partner" in the attention list. */
  noun: string;
  href: string;
  api: PartnerResource<{ id: string }>;
  select: readonly string[];
}

export const overviewKinds: readonly OverviewKind[] = [
  {
    title: "Device management partners",
    noun: "Device management",
    href: "/device-partners",
    api: deviceManagementPartnersApi as unknown as PartnerResource<{ id: string }>,
    select: [...healthSummaryProperties, ...deviceDateProperties],
  },
  {
    title: "Compliance management partners",
    noun: "Compliance management",
    href: "/compliance-partners",
    api: complianceManagementPartnersApi as unknown as PartnerResource<{ id: string }>,
    select: healthSummaryProperties,
  },
];
