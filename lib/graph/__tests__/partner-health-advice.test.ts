import { describe, expect, it } from "vitest";
import { placeholderDateTime } from "../partner-health";
import { assessPartnerHealth, healthHelpLinks, silentForMs } from "../partner-health-advice";

// The advice an administrator follows, in order: a missing or reordered step sends them the wrong way.
const now = new Date("2026-11-20T12:00:00.000Z");
const hour = 3_600_000;
const day = 24 * hour;
const ago = (ms: number) => new Date(now.getTime() - ms).toISOString();

const checkPartnerConsole = "Open the partner's own console and check that its Microsoft Intune integration is turned on and shows no connection error.";
const checkCheckIns =
  "Check the devices' check-ins in the partner's console: Jamf Pro, for one, expects a check-in every 15 minutes and marks a device Unresponsive after 24 hours without one, or without a Microsoft Entra token refresh.";
const checkLicences =
  "Check the licences: the partner's own (an expired Jamf licence stops the connection), and Intune plus Microsoft Entra ID P1 for every user of the partner's devices.";
const reconsent =
  "Consent to the partner's app again in Microsoft Entra ID (Enterprise applications) with an administrator account, granting admin consent, and check the app has only the permission the partner documents.";
const troubleshooting = [healthHelpLinks.troubleshootJamf, healthHelpLinks.connectorStatus];

describe("what the console advises for each health", () => {
  it("terminated: the 90-day removal and the way back", () => {
    expect(assessPartnerHealth({ partnerState: "terminated", lastHeartbeatDateTime: ago(day) }, now)).toEqual({
      health: "terminated",
      reason: "The partner connection was terminated.",
      actions: [
        "Intune removes the devices this partner manages 90 days after termination (the date is below when Graph reports it).",
        "To use the partner again, set up the connection again from the partner's console; otherwise delete this partner.",
      ],
      links: [healthHelpLinks.compliancePartners],
    });
  });

  it("not set up: says whether Graph reports Unknown or the partner never sent a heartbeat", () => {
    const actions = [
      "Partners connect to Intune from their own service: finish the setup in the partner's console, then wait for its first heartbeat.",
      "If your organization does not use this partner, you can leave this record: Intune lists partners that were never set up.",
    ];
    const links = [healthHelpLinks.compliancePartners, healthHelpLinks.connectorStatus];
    expect(assessPartnerHealth({ partnerState: "unknown", lastHeartbeatDateTime: ago(hour) }, now)).toEqual({
      health: "notSetUp",
      reason: "The partner has not been set up: Graph reports its state as Unknown.",
      actions,
      links,
    });
    expect(assessPartnerHealth({ partnerState: "enabled", lastHeartbeatDateTime: placeholderDateTime }, now)).toEqual({
      health: "notSetUp",
      reason: "The partner has never sent a heartbeat.",
      actions,
      links,
    });
  });

  it("a broken state: its own reason and steps, with the silence once it is 3 days or more", () => {
    expect(assessPartnerHealth({ partnerState: "rejected", lastHeartbeatDateTime: ago(3 * day) }, now)).toEqual({
      health: "unhealthy",
      reason: "The partner rejected the connection. No heartbeat for 3 days.",
      actions: [reconsent, checkPartnerConsole, checkLicences],
      links: troubleshooting,
    });
    expect(assessPartnerHealth({ partnerState: "rejected", lastHeartbeatDateTime: ago(3 * day - 1) }, now).reason).toBe("The partner rejected the connection.");
    expect(assessPartnerHealth({ partnerState: "unresponsive", lastHeartbeatDateTime: ago(hour) }, now)).toEqual({
      health: "unhealthy",
      reason: "The partner does not respond.",
      actions: [checkPartnerConsole, checkCheckIns, "After Jamf Pro marks a device Unresponsive, its enrolled user must sign in on the device again.", checkLicences],
      links: troubleshooting,
    });
    expect(assessPartnerHealth({ partnerState: "unavailable", lastHeartbeatDateTime: ago(hour) }, now)).toEqual({
      health: "unhealthy",
      reason: "The partner's service is unavailable.",
      actions: [checkPartnerConsole, checkLicences, reconsent],
      links: troubleshooting,
    });
  });

  it("silent for 3 days or more: every step, in order", () => {
    expect(assessPartnerHealth({ partnerState: "enabled", lastHeartbeatDateTime: ago(5 * day) }, now)).toEqual({
      health: "unhealthy",
      reason: "No heartbeat for 5 days.",
      actions: [checkPartnerConsole, checkCheckIns, checkLicences, reconsent],
      links: troubleshooting,
    });
  });

  it("silent for more than a day: a warning that says when it turns unhealthy", () => {
    expect(assessPartnerHealth({ partnerState: "enabled", lastHeartbeatDateTime: ago(30 * hour) }, now)).toEqual({
      health: "warning",
      reason: "No heartbeat for 30 hours.",
      actions: [checkPartnerConsole, checkCheckIns, "If the partner stays silent for 3 days it counts as unhealthy."],
      links: troubleshooting,
    });
  });

  it("healthy: nothing to do", () => {
    expect(assessPartnerHealth({ partnerState: "enabled", lastHeartbeatDateTime: ago(hour) }, now)).toEqual({
      health: "healthy",
      reason: "The last heartbeat is less than a day old.",
      actions: [],
      links: [],
    });
  });

  it("counts silence from the last heartbeat, none for a partner that never sent one, and never below zero", () => {
    expect(silentForMs({ lastHeartbeatDateTime: ago(90 * 60_000) }, now)).toBe(90 * 60_000);
    expect(silentForMs({ lastHeartbeatDateTime: placeholderDateTime }, now)).toBeUndefined();
    expect(silentForMs({ lastHeartbeatDateTime: null }, now)).toBeUndefined();
    expect(silentForMs({ lastHeartbeatDateTime: new Date(now.getTime() + hour).toISOString() }, now)).toBe(0);
  });
});
