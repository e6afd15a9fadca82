"use client";

import { deviceManagementPartnerAppType, labelOf } from "@/lib/graph/enums";
import type { DeviceManagementPartner } from "@/lib/graph/device-management-partner";
import { deviceManagementPartnerListConfig, deviceManagementPartnersApi } from "@/lib/api/device-management-partners";
import { AppLink } from "@/components/common/app-link";
import { HeartbeatCell } from "@/components/common/heartbeat-cell";
import { PartnerStateBadge } from "@/components/common/partner-state-badge";
import { PartnerList, type PartnerColumn } from "@/components/partners/partner-list";

const columns: PartnerColumn<DeviceManagementPartner>[] = [
  {
    property: "displayName",
    label: "Display name",
    render: (p) => <AppLink href={`/device-partners/${encodeURIComponent(p.id)}`}>{p.displayName || "(no name)"}</AppLink>,
  },
  { property: "partnerState", label: "Partner state", render: (p) => <PartnerStateBadge state={p.partnerState} /> },
  { property: "partnerAppType", label: "App type", render: (p) => (p.partnerAppType ? labelOf(deviceManagementPartnerAppType, p.partnerAppType) : "—") },
  { property: "lastHeartbeatDateTime", label: "Last heartbeat", render: (p, now) => <HeartbeatCell partner={p} now={now} /> },
  { property: "isConfigured", label: "Configured", render: (p) => (p.isConfigured ? "Yes" : "No") },
];

export function DevicePartnersList() {
  return (
    <PartnerList
      api={deviceManagementPartnersApi}
      config={deviceManagementPartnerListConfig}
      columns={columns}
      title="Device management partners"
      noun="device management partner"
      basePath="/device-partners"
    />
  );
}
