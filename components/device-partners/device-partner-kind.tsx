import { PlugDisconnectedRegular } from "@fluentui/react-icons";
import { deviceManagementPartnerAppType, deviceManagementPartnerTenantState, labelOf } from "@/lib/graph/enums";
import type { DeviceManagementPartner } from "@/lib/graph/device-management-partner";
import { enumFacet } from "@/lib/api/list-view";
import { deviceManagementPartnersApi } from "@/lib/api/device-management-partners";
import { AssignmentList } from "@/components/assignments/assignment-list-when-shown";
import { CountdownDate } from "@/components/common/countdown-date";
import { partnerColumns, partnerRows } from "@/components/partners/partner-fields";
import type { PartnerKind } from "@/components/partners/partner-kind";
import { deviceManagementPartnerRoutes as routes } from "@/components/partners/partner-routes";

const same = (...properties: string[]) => () => properties;
const appType = (p: DeviceManagementPartner) => (p.partnerAppType ? labelOf(deviceManagementPartnerAppType, p.partnerAppType) : "—");

/** The device management partner as the console's pages show it (the form and its model: device-partner-form*.ts*). */
export const deviceManagementPartnerKind: PartnerKind<DeviceManagementPartner> = {
  resource: "deviceManagementPartners",
  api: deviceManagementPartnersApi,
  routes,
  nouns: { singular: "device management partner", title: "Device management partners", heading: "Device management partner" },
  list: {
    columns: [
      partnerColumns.displayName(routes),
      partnerColumns.health(),
      partnerColumns.partnerState(),
      { id: "partnerAppType", label: "App type", select: same("partnerAppType"), sortable: true, render: appType },
      partnerColumns.lastHeartbeatDateTime(),
      { id: "isConfigured", label: "Configured", select: same("isConfigured"), sortable: true, render: (p) => (p.isConfigured ? "Yes" : "No") },
    ],
    facets: () => [
      enumFacet("state", "Partner state", "partnerState", deviceManagementPartnerTenantState),
      enumFacet("appType", "App type", "partnerAppType", deviceManagementPartnerAppType),
    ],
    defaultSort: { property: "displayName", direction: "asc" },
  },
  detail: {
    rows: [
      partnerRows.displayName(),
      partnerRows.id(),
      partnerRows.partnerState(),
      { property: "partnerAppType", label: "App type", render: appType },
      { property: "singleTenantAppId", label: "Single tenant app ID", render: (p) => (p.singleTenantAppId ? <code>{p.singleTenantAppId}</code> : "—") },
      { property: "isConfigured", label: "Configured", render: (p) => (p.isConfigured ? "Yes" : "No") },
      partnerRows.lastHeartbeatDateTime(),
      {
        property: "whenPartnerDevicesWillBeMarkedAsNonCompliantDateTime",
        label: "Devices will be marked non-compliant",
        render: (p, { now }) => <CountdownDate iso={p.whenPartnerDevicesWillBeMarkedAsNonCompliantDateTime} now={now} />,
      },
      {
        property: "whenPartnerDevicesWillBeRemovedDateTime",
        label: "Devices will be removed",
        render: (p, { now }) => <CountdownDate iso={p.whenPartnerDevicesWillBeRemovedDateTime} now={now} />,
      },
      {
        property: "groupsRequiringPartnerEnrollment",
        label: "Groups requiring partner enrollment",
        render: (p, { version }) => (
          <AssignmentList assignments={p.groupsRequiringPartnerEnrollment} version={version} label="Groups requiring partner enrollment" />
        ),
      },
    ],
    notice: (p) => (p.partnerState === "terminated" ? "This partnership is terminated." : null),
    actions: [
      {
        name: "terminate",
        label: "Terminate",
        icon: <PlugDisconnectedRegular />,
        disabled: (p) => p.partnerState === "terminated",
        explanation: (name) => (
          <>
            Terminating ends the partnership between Intune and {name}. Its state becomes Terminated, it stops managing devices through Intune, and
            Intune removes the partner&apos;s devices 90 days later. This cannot be undone: to work with the partner again, set up a new connection.
          </>
        ),
        failureTitle: "The partner could not be terminated",
        done: "Partner terminated",
      },
    ],
    deleteExplanation: "The partner connector is deleted from the tenant. This cannot be undone.",
  },
};
