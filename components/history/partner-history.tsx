"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { partnerHistoryOptions } from "@/lib/api/audit-events";
import type { ResourceName } from "@/lib/graph/resources";
import { useApiVersion } from "@/components/layout/graph-scope";
import { AuditEventList } from "./audit-event-list";

/** One partner's changes from Intune's audit log, newest first. */
export function PartnerHistory({ resource, id }: { resource: ResourceName; id: string; open: boolean }) {
  const version = useApiVersion();
  const pages = useInfiniteQuery(partnerHistoryOptions(version, resource, id));
  return <AuditEventList view="History" label="Changes, newest first" version={version} pages={pages} empty="Intune's audit log has no changes to this partner." />;
}

export default PartnerHistory;
