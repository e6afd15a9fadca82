// The words and links that go with a health: the detail panel and the overview read them, the lists do not.
import { brokenStates, dayMs, heartbeatMs, hourMs, partnerHealthOf, unhealthyAfterMs, type HealthInput, type PartnerHealth } from "./partner-health";

/** How long a partner has been silent, or undefined when it never sent a heartbeat. */
export function silentForMs(partner: HealthInput, now: Date): number | undefined {
  const heartbeat = heartbeatMs(partner.lastHeartbeatDateTime);
  return heartbeat === undefined ? undefined : Math.max(0, now.getTime() - heartbeat);
}

/** "26 hours", "4 days": hours under two days, whole days after. */
export function silenceInWords(ms: number): string {
  if (ms < 2 * dayMs) {
    const hours = Math.floor(ms / hourMs);
    return hours === 1 ? "1 hour" : `${hours} hours`;
  }
  return `${Math.floor(ms / dayMs)} days`;
}

export interface HelpLink {
  label: string;
  href: string;
}

export const healthHelpLinks = {
  connectorStatus: {
    label: "Intune: monitor connector status in Tenant status",
    href: "https://learn.microsoft.com/intune/intune-service/fundamentals/tenant-status",
  },
  troubleshootJamf: {
    label: "Troubleshoot the Jamf Pro integration with Intune",
    href: "https://learn.microsoft.com/troubleshoot/mem/intune/device-protection/troubleshoot-jamf",
  },
  compliancePartners: {
    label: "Support third-party device compliance partners in Intune",
    href: "https://learn.microsoft.com/intune/intune-service/protect/device-compliance-partners",
  },
} as const satisfies Record<string, HelpLink>;

export interface HealthAssessment {
  health: PartnerHealth;
  /** Why, in words: "No heartbeat for 4 days", "The partner rejected the connection." */
  reason: string;
  /** What to do, in the order to try it; empty when nothing needs doing. */
  actions: readonly string[];
  links: readonly HelpLink[];
}

const checkPartnerConsole =
  "Open the partner's own console and check that its Microsoft Intune integration is turned on and shows no connection error.";
const checkCheckIns =
  "Check the devices' check-ins in the partner's console: Jamf Pro, for one, expects a check-in every 15 minutes and marks a device Unresponsive after 24 hours without one, or without a Microsoft Entra token refresh.";
const checkLicences =
  "Check the licences: the partner's own (an expired Jamf licence stops the connection), and Intune plus Microsoft Entra ID P1 for every user of the partner's devices.";
const reconsent =
  "Consent to the partner's app again in Microsoft Entra ID (Enterprise applications) with an administrator account, granting admin consent, and check the app has only the permission the partner documents.";

const stateReasons: Record<(typeof brokenStates)[number], string> = {
  rejected: "The partner rejected the connection.",
  unresponsive: "The partner does not respond.",
  unavailable: "The partner's service is unavailable.",
};

/** The health with its reason and what to do (from Microsoft's troubleshooting guidance). */
export function assessPartnerHealth(partner: HealthInput, now: Date): HealthAssessment {
  const health = partnerHealthOf(partner, now);
  const silent = silentForMs(partner, now);
  const silence = silent === undefined ? undefined : `No heartbeat for ${silenceInWords(silent)}.`;
  switch (health) {
    case "terminated":
      return {
        health,
        reason: "The partner connection was terminated.",
        actions: [
          "Intune removes the devices this partner manages 90 days after termination (the date is below when Graph reports it).",
          "To use the partner again, set up the connection again from the partner's console; otherwise delete this partner.",
        ],
        links: [healthHelpLinks.compliancePartners],
      };
    case "notSetUp":
      return {
        health,
        reason:
          partner.partnerState === "unknown"
            ? "The partner has not been set up: Graph reports its state as Unknown."
            : "The partner has never sent a heartbeat.",
        actions: [
          "Partners connect to Intune from their own service: finish the setup in the partner's console, then wait for its first heartbeat.",
          "If your organization does not use this partner, you can leave this record: Intune lists partners that were never set up.",
        ],
        links: [healthHelpLinks.compliancePartners, healthHelpLinks.connectorStatus],
      };
    case "unhealthy": {
      const state = partner.partnerState as (typeof brokenStates)[number];
      if (state in stateReasons) {
        const actions =
          state === "rejected"
            ? [reconsent, checkPartnerConsole, checkLicences]
            : state === "unresponsive"
              ? [checkPartnerConsole, checkCheckIns, "After Jamf Pro marks a device Unresponsive, its enrolled user must sign in on the device again.", checkLicences]
              : [checkPartnerConsole, checkLicences, reconsent];
        return {
          health,
          reason: silence && silent! >= unhealthyAfterMs ? `${stateReasons[state]} ${silence}` : stateReasons[state],
          actions,
          links: [healthHelpLinks.troubleshootJamf, healthHelpLinks.connectorStatus],
        };
      }
      return {
        health,
        reason: silence!,
        actions: [checkPartnerConsole, checkCheckIns, checkLicences, reconsent],
        links: [healthHelpLinks.troubleshootJamf, healthHelpLinks.connectorStatus],
      };
    }
    case "warning":
      return {
        health,
        reason: silence!,
        actions: [checkPartnerConsole, checkCheckIns, "If the partner stays silent for 3 days it counts as unhealthy."],
        links: [healthHelpLinks.troubleshootJamf, healthHelpLinks.connectorStatus],
      };
    case "healthy":
      return { health, reason: "The last heartbeat is less than a day old.", actions: [], links: [] };
  }
}
