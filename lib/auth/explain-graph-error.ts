import type { GraphError } from "@/lib/graph/graph-error";

const writePermission = "DeviceManagementServiceConfig.ReadWrite.All";

/**
 * Turns the errors a signed-in administrator can act on into what to do next.
 * Returns undefined for errors whose own message says enough.
 */
export function explainGraphError(error: GraphError, { method }: { method?: string } = {}): string | undefined {
  if (/licen[cs]/i.test(error.message)) {
    return "This tenant has no Intune licence, so Graph has no partner connectors to show. Assign an Intune licence (Microsoft Intune Plan 1 or a suite that includes it) to use the console against this tenant.";
  }
  if (error.status === 401) {
    return "Your session has expired. Sign in again: your edits stay on this page.";
  }
  if (error.status === 403) {
    const isWrite = method !== undefined && method !== "GET";
    const permission = isWrite ? writePermission : `DeviceManagementServiceConfig.Read.All (or ${writePermission})`;
    return `Your token lacks the Microsoft Graph permission ${permission}. A Global Administrator or Privileged Role Administrator can grant admin consent for it in Microsoft Entra admin center → App registrations → this console → API permissions; your account also needs an Intune role that allows managing partner connectors (for example Intune Administrator).`;
  }
  return undefined;
}
