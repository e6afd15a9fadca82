import type { ApiVersion } from "@/lib/graph/api-version";
import type { ComplianceManagementPartner } from "@/lib/graph/compliance-management-partner";
import { compliancePlatformsIn } from "@/lib/graph/compliance-platforms";
import { deviceManagementPartnerTenantState } from "@/lib/graph/enums";
import { enumFacet, type Facet } from "@/lib/api/list-view";
import { complianceManagementPartnersApi } from "@/lib/api/compliance-management-partners";
import { partnerColumns, partnerRows } from "@/components/partners/partner-fields";
import type { PartnerKind } from "@/components/partners/partner-kind";
import { complianceManagementPartnerRoutes as routes } from "@/components/partners/partner-routes";
import { CompliancePlatformsDetail } from "./compliance-platforms-detail";
import { OnboardedPlatformChips } from "./onboarded-platform-chips";

/** One choice per platform of the version; Graph filters on the platform's onboarded boolean. */
export function onboardedPlatformFacet(version: ApiVersion): Facet {
  return {
    key: "platform",
    label: "Onboarded platform",
    options: compliancePlatformsIn(version).map((p) => ({ value: p.key, label: p.label, expression: `${p.onboarded} eq true` })),
  };
}

/**
 * The compliance management partner as the console's pages show it (the form and its model: compliance-partner-form*.ts*).
 * Windows and Linux exist only in beta, so in v1.0 the list neither selects nor filters them and the pages do not show them.
 */
export const complianceManagementPartnerKind: PartnerKind<ComplianceManagementPartner> = {
  resource: "complianceManagementPartners",
  api: complianceManagementPartnersApi,
  routes,
  nouns: { singular: "compliance management partner", title: "Compliance management partners", heading: "Compliance management partner" },
  list: {
    columns: [
      partnerColumns.displayName(routes),
      partnerColumns.health(),
      partnerColumns.partnerState(),
      partnerColumns.lastHeartbeatDateTime(),
      {
        id: "onboardedPlatforms",
        label: "Onboarded platforms",
        select: (version) => compliancePlatformsIn(version).map((p) => p.onboarded),
        render: (p, { version }) => <OnboardedPlatformChips partner={p} version={version} />,
      },
    ],
    facets: (version) => [enumFacet("state", "Partner state", "partnerState", deviceManagementPartnerTenantState), onboardedPlatformFacet(version)],
    defaultSort: { property: "displayName", direction: "asc" },
  },
  detail: {
    rows: [partnerRows.displayName(), partnerRows.id(), partnerRows.partnerState(), partnerRows.lastHeartbeatDateTime()],
    sections: {
      properties: (version) => compliancePlatformsIn(version).flatMap((p) => [p.onboarded, p.assignments]),
      render: (p, { version }) => <CompliancePlatformsDetail partner={p} version={version} />,
    },
    deleteExplanation: "The compliance partner connector and its enrollment assignments are deleted from the tenant. This cannot be undone.",
  },
};
