// Fetching only, no zod: the list, detail and overview pages use it (the form's model is beside the form).
import { queryOptions } from "@tanstack/react-query";
import type { ApiVersion } from "@/lib/graph/api-version";
import type { ComplianceManagementPartner } from "@/lib/graph/compliance-management-partner";
import type { OnboardingOf } from "@/lib/graph/compliance-platform-conflicts";
import { compliancePlatformsIn } from "@/lib/graph/compliance-platforms";
import { fetchCollectionPage } from "./graph-collection";
import { partnerResource } from "./partner-resource";

export const complianceManagementPartnersApi = partnerResource<ComplianceManagementPartner>("complianceManagementPartners");

/** Upper bound on pages read for the conflict check; Intune tenants have a handful of compliance partners. */
const maxOnboardedPages = 20;

/** Every partner onboarded for at least one platform of the version: what the one-partner-per-platform check compares against. */
export const onboardedComplianceManagementPartnersOptions = (version: ApiVersion) =>
  queryOptions({
    queryKey: complianceManagementPartnersApi.keys.namedList(version, "onboarded"),
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
