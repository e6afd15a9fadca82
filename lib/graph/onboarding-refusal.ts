import { GraphError } from "./graph-error";

/**
 * Real tenants refuse `POST /complianceManagementPartners` with a 400 whose message says no OData route exists
 * (microsoft-graph-docs#17977): compliance partners are onboarded from the partner's own console.
 */
export function isOnboardingOnlyRefusal(error: unknown): boolean {
  return error instanceof GraphError && error.status === 400 && /no odata route exists/i.test(error.message);
}

export const onboardingOnlyExplanation =
  "Microsoft Graph does not create compliance partners in this tenant: onboard the partner from its own console (Jamf Pro, Kandji, Fleet, Omnissa Workspace ONE ...), and it then appears in this list. Your values are kept below.";
