import { queryOptions } from "@tanstack/react-query";
import { z } from "zod";
import type { ApiVersion } from "@/lib/graph/api-version";
import {
  compliancePlatforms,
  compliancePlatformsIn,
  type ComplianceManagementPartner,
  type CompliancePlatform,
} from "@/lib/graph/compliance-management-partner";
import type { OnboardingOf } from "@/lib/graph/compliance-platform-conflicts";
import { dateTimeOffset } from "@/lib/graph/entity-schemas";
import { deviceManagementPartnerTenantState } from "@/lib/graph/enums";
import { assignmentRowsFromGraph, assignmentRowsSchema, assignmentRowsToGraph, type AssignmentRow } from "./assignment-rows";
import { nowDateTimeOffset } from "./device-management-partners";
import { fetchCollectionPage } from "./graph-collection";
import { enumFacet, type Facet, type ListViewConfig } from "./list-view";
import { partnerResource } from "./partner-resource";

export const complianceManagementPartnersApi = partnerResource<ComplianceManagementPartner>("complianceManagementPartners");

type OnboardedProperty = CompliancePlatform["onboarded"];
type AssignmentsProperty = CompliancePlatform["assignments"];

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

export type ComplianceManagementPartnerFormValues = {
  displayName: string;
  partnerState: NonNullable<ComplianceManagementPartner["partnerState"]>;
  /** A DateTimeOffset exactly as Graph sent it until the user changes it. */
  lastHeartbeatDateTime: string;
} & Record<OnboardedProperty, boolean> &
  Record<AssignmentsProperty, AssignmentRow[]>;

/** Every platform is held in the form (so a version switch loses no edits); the body carries only the version's. */
export const complianceManagementPartnerFormFields = [
  "displayName",
  "partnerState",
  "lastHeartbeatDateTime",
  ...compliancePlatforms.flatMap((p) => [p.onboarded, p.assignments]),
] as const satisfies readonly (keyof ComplianceManagementPartnerFormValues)[];

export function complianceManagementPartnerFormSchema(version: ApiVersion) {
  const rows = assignmentRowsSchema(version);
  const platformShape: Record<string, z.ZodType> = {};
  for (const p of compliancePlatforms) {
    const present = compliancePlatformsIn(version).includes(p);
    platformShape[p.onboarded] = z.boolean();
    // A platform the version lacks is neither shown nor sent, so its rows are not checked.
    platformShape[p.assignments] = present ? rows : z.array(z.unknown());
  }
  return z.object({
    displayName: z.string().trim().min(1, "Enter a display name.").max(256, "Use at most 256 characters."),
    partnerState: deviceManagementPartnerTenantState.schema,
    lastHeartbeatDateTime: dateTimeOffset.or(z.literal("")).refine((v) => v !== "", "Enter the last heartbeat."),
    ...platformShape,
  });
}

export function newComplianceManagementPartnerFormValues(now = new Date()): ComplianceManagementPartnerFormValues {
  const values: Record<string, unknown> = { displayName: "", partnerState: "enabled", lastHeartbeatDateTime: nowDateTimeOffset(now) };
  for (const p of compliancePlatforms) {
    values[p.onboarded] = false;
    values[p.assignments] = [];
  }
  return values as ComplianceManagementPartnerFormValues;
}

export function complianceManagementPartnerFormValues(partner: ComplianceManagementPartner): ComplianceManagementPartnerFormValues {
  const values: Record<string, unknown> = {
    displayName: partner.displayName ?? "",
    partnerState: partner.partnerState ?? "unknown",
    lastHeartbeatDateTime: partner.lastHeartbeatDateTime ?? "",
  };
  for (const p of compliancePlatforms) {
    values[p.onboarded] = partner[p.onboarded] ?? false;
    values[p.assignments] = assignmentRowsFromGraph(partner[p.assignments]);
  }
  return values as ComplianceManagementPartnerFormValues;
}

/** The Graph body for form values in an API version: platforms the version lacks are left out. */
export function complianceManagementPartnerBody(values: ComplianceManagementPartnerFormValues, version: ApiVersion): Record<string, unknown> {
  const body: Record<string, unknown> = {
    displayName: values.displayName.trim(),
    partnerState: values.partnerState,
    ...(values.lastHeartbeatDateTime ? { lastHeartbeatDateTime: values.lastHeartbeatDateTime } : {}),
  };
  for (const p of compliancePlatformsIn(version)) {
    body[p.onboarded] = values[p.onboarded];
    body[p.assignments] = assignmentRowsToGraph(values[p.assignments], version);
  }
  return body;
}
