"use client";

import { useMemo } from "react";
import type { ComplianceManagementPartner } from "@/lib/graph/compliance-management-partner";
import { complianceManagementPartnerListConfigs, complianceManagementPartnersApi } from "@/lib/api/compliance-management-partners";
import { AppLink } from "@/components/common/app-link";
import { HeartbeatCell } from "@/components/common/heartbeat-cell";
import { PartnerStateBadge } from "@/components/common/partner-state-badge";
import { PartnerList, type PartnerColumn } from "@/components/partners/partner-list";
import { useApiVersion } from "@/components/layout/preferences-context";
import { OnboardedPlatformChips } from "./onboarded-platform-chips";

export function CompliancePartnersList() {
  const version = useApiVersion();
  const columns = useMemo<PartnerColumn<ComplianceManagementPartner>[]>(
    () => [
      {
        property: "displayName",
        label: "Display name",
        render: (p) => <AppLink href={`/compliance-partners/${encodeURIComponent(p.id)}`}>{p.displayName || "(no name)"}</AppLink>,
      },
      { property: "partnerState", label: "Partner state", render: (p) => <PartnerStateBadge state={p.partnerState} /> },
      { property: "lastHeartbeatDateTime", label: "Last heartbeat", render: (p, now) => <HeartbeatCell partner={p} now={now} /> },
      { property: "onboardedPlatforms", label: "Onboarded platforms", render: (p) => <OnboardedPlatformChips partner={p} version={version} /> },
    ],
    [version],
  );
  return (
    <PartnerList
      api={complianceManagementPartnersApi}
      config={complianceManagementPartnerListConfigs[version]}
      columns={columns}
      title="Compliance management partners"
      noun="compliance management partner"
      basePath="/compliance-partners"
    />
  );
}
