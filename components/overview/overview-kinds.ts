import { complianceManagementPartnersApi } from "@/lib/api/compliance-management-partners";
import { deviceManagementPartnersApi } from "@/lib/api/device-management-partners";
import type { PartnerResource } from "@/lib/api/partner-resource";
import { deviceDateProperties, healthSummaryProperties } from "@/lib/graph/health-summary";
import { complianceManagementPartnerRoutes, deviceManagementPartnerRoutes, type PartnerRoutes } from "@/components/partners/partner-routes";

export interface OverviewKind {
  title: string;
  /** The singular noun, for "Device management partner" in the attention list. */
  noun: string;
  routes: PartnerRoutes;
  api: PartnerResource<{ id: string }>;
  select: readonly string[];
}

export const overviewKinds: readonly OverviewKind[] = [
  {
    title: "Device management partners",
    noun: "Device management",
    routes: deviceManagementPartnerRoutes,
    api: deviceManagementPartnersApi as unknown as PartnerResource<{ id: string }>,
    select: [...healthSummaryProperties, ...deviceDateProperties],
  },
  {
    title: "Compliance management partners",
    noun: "Compliance management",
    routes: complianceManagementPartnerRoutes,
    api: complianceManagementPartnersApi as unknown as PartnerResource<{ id: string }>,
    select: healthSummaryProperties,
  },
];
