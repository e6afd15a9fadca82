// What the list, detail and overview pages need: no zod here (the form's schema is in compliance-management-partner-form.ts).
import { queryOptions } from "@tanstack/react-query";
import type { ApiVersion } from "@/lib/graph/api-version";
import type { ComplianceManagementPartner } from "@/lib/graph/compliance-management-partner";
import type { OnboardingOf } from "@/lib/graph/compliance-platform-conflicts";
import { compliancePlatformsIn, type CompliancePlatform } from "@/lib/graph/compliance-platforms";
import { deviceManagementPartnerTenantState } from "@/lib/graph/enums";
import { fetchCollectionPage } from "./graph-collection";
import { enumFacet, type Facet, type ListViewConfig } from "./list-view";
import { partnerResource } from "./partner-resource";

export const complianceManagementPartnersApi = partnerResource<ComplianceManagementPartner>("complianceManagementPartners");

/** One choice per platform of the version; Graph filters on the platform's onboarded boolean. */
export function onboardedPlatformFacet(version: ApiVersion): Facet {
  return {
    key: "platform",
    label: "Onboarded platform",
    options: compliancePlatformsIn(version).map((p) => ({ value: p.key, label: p.label, expression: `${p.onboarded} eq true` })),
  };
}

/** The list's view per API version: Windows and Linux exist only in beta, so v1.0 neither selects nor filters them. */
export function complianceManagementPartnerListConfig(version: ApiVersion): ListViewConfig {
  return {
    searchProperty: "displayName",
    facets: [enumFacet("state", "Partner state", "partnerState", deviceManagementPartnerTenantState), onboardedPlatformFacet(version)],
    sortable: [
      { property: "displayName", label: "Display name" },
      { property: "partnerState", label: "Partner state" },
      { property: "lastHeartbeatDateTime", label: "Last heartbeat" },
    ],
    defaultSort: { property: "displayName", direction: "asc" },
    select: ["id", "displayName", "partnerState", "lastHeartbeatDateTime", ...compliancePlatformsIn(version).map((p) => p.onboarded)],
  };
}

export const complianceManagementPartnerListConfigs = {
  beta: complianceManagementPartnerListConfig("beta"),
  "v1.0": complianceManagementPartnerListConfig("v1.0"),
} satisfies Record<ApiVersion, ListViewConfig>;

/** The platforms a partner is onboarded for, in the version. */
export function onboardedPlatforms(partner: OnboardingOf, version: ApiVersion): CompliancePlatform[] {
  return compliancePlatformsIn(version).filter((p) => partner[p.onboarded] === true);
}

/** Upper bound on pages read for the conflict check; Intune tenants have a handful of compliance partners. */
const maxOnboardedPages = 20;

/** Every partner onboarded for at least one platform of the version: what the one-partner-per-platform check compares against. */
export const onboardedComplianceManagementPartnersOptions = (version: ApiVersion) =>
  queryOptions({
    queryKey: [...complianceManagementPartnersApi.keys.lists(version), "onboarded"] as const,
    queryFn: async ({ signal }): Promise<(OnboardingOf & { id: string })[]> => {
      const platforms = compliancePlatformsIn(version);
      const query = {
        $select: ["id", "displayName", ...platforms.map((p) => p.onboarded)].join(","),
        $filter: platforms.map((p) => `${p.onboarded} eq true`).join(" or "),
      };
      const partners: (OnboardingOf & { id: string })[] = [];
      let nextLink: string | undefined;
      for (let page = 0; page < maxOnboardedPages; page++) {
        const result = await fetchCollectionPage<unknown>(version, complianceManagementPartnersApi.collectionPath, query, nextLink, signal);
        partners.push(...result.value.map((v) => complianceManagementPartnersApi.parse(v) as OnboardingOf & { id: string }));
        nextLink = result["@odata.nextLink"];
        if (!nextLink) break;
      }
      return partners;
    },
    staleTime: 0,
  });
