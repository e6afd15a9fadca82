import { AppLink } from "@/components/common/app-link";
import { HealthBadge } from "@/components/common/health-badge";
import { HeartbeatCell } from "@/components/common/heartbeat-cell";
import { partnerHealthOf } from "@/lib/graph/partner-health";
import { HeartbeatDetail } from "@/components/common/heartbeat-detail";
import { PartnerStateBadge } from "@/components/common/partner-state-badge";
import type { PartnerColumn, PartnerDetailRow, PartnerEntity } from "./partner-kind";
import type { PartnerRoutes } from "./partner-routes";

// The columns and rows every partner kind has: its name, id, state and heartbeat.

export const partnerColumns = {
  displayName: <E extends PartnerEntity>(routes: PartnerRoutes): PartnerColumn<E> => ({
    id: "displayName",
    label: "Display name",
    select: () => ["displayName"],
    sortable: true,
    render: (p) => <AppLink href={routes.detail(p.id)}>{p.displayName || "(no name)"}</AppLink>,
  }),
  partnerState: <E extends PartnerEntity>(): PartnerColumn<E> => ({
    id: "partnerState",
    label: "Partner state",
    select: () => ["partnerState"],
    sortable: true,
    render: (p) => <PartnerStateBadge state={p.partnerState ?? undefined} />,
  }),
  health: <E extends PartnerEntity>(): PartnerColumn<E> => ({
    id: "health",
    label: "Health",
    select: () => ["partnerState", "lastHeartbeatDateTime"],
    render: (p, { now }) => <HealthBadge health={partnerHealthOf(p, now)} />,
  }),
  lastHeartbeatDateTime: <E extends PartnerEntity>(): PartnerColumn<E> => ({
    id: "lastHeartbeatDateTime",
    label: "Last heartbeat",
    select: () => ["lastHeartbeatDateTime"],
    sortable: true,
    render: (p, { now }) => <HeartbeatCell partner={p} now={now} />,
  }),
};

export const partnerRows = {
  displayName: <E extends PartnerEntity>(): PartnerDetailRow<E> => ({ property: "displayName", label: "Display name", render: (p) => p.displayName || "(no name)" }),
  id: <E extends PartnerEntity>(): PartnerDetailRow<E> => ({ property: "id", label: "ID", render: (p) => <code>{p.id}</code> }),
  partnerState: <E extends PartnerEntity>(): PartnerDetailRow<E> => ({
    property: "partnerState",
    label: "Partner state",
    render: (p) => <PartnerStateBadge state={p.partnerState ?? undefined} />,
  }),
  lastHeartbeatDateTime: <E extends PartnerEntity>(): PartnerDetailRow<E> => ({
    property: "lastHeartbeatDateTime",
    label: "Last heartbeat",
    render: (p, { now }) => <HeartbeatDetail partner={p} now={now} />,
  }),
};
