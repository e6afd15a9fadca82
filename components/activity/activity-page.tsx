"use client";

import { Text } from "@fluentui/react-components";
import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { usePathname, useSearchParams } from "next/navigation";
import { useCallback, useMemo } from "react";
import { activityOptions, existingPartnerIdsOptions } from "@/lib/api/audit-events";
import { activityParams, activityQuery, parseActivityFilters, resourceOfEvent, type ActivityFilters } from "@/lib/api/audit-query";
import type { AuditEvent, EventWords } from "@/lib/graph/audit-event-words";
import type { ResourceName } from "@/lib/graph/resources";
import { AppLink } from "@/components/common/app-link";
import { AuditEventList } from "@/components/history/audit-event-list";
import { useApiVersion } from "@/components/layout/graph-scope";
import { complianceManagementPartnerRoutes, deviceManagementPartnerRoutes, type PartnerRoutes } from "@/components/partners/partner-routes";
import { ActivityFiltersBar } from "./activity-filters";

const kinds: Record<ResourceName, { noun: string; routes: PartnerRoutes }> = {
  deviceManagementPartners: { noun: "Device management partner", routes: deviceManagementPartnerRoutes },
  complianceManagementPartners: { noun: "Compliance management partner", routes: complianceManagementPartnerRoutes },
};

function idsOf(events: readonly AuditEvent[], resource: ResourceName): string[] {
  const ids = new Set<string>();
  for (const event of events) {
    const id = event.resources?.[0]?.resourceId;
    if (id && resourceOfEvent(event) === resource) ids.add(id);
  }
  return [...ids];
}

/** Every partner change in the tenant, filtered by kind, operation, person and days kept in the URL. */
export function ActivityPage() {
  const version = useApiVersion();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const params = searchParams.toString();
  const filters = useMemo(() => parseActivityFilters(new URLSearchParams(params)), [params]);
  const query = useMemo(() => activityQuery(filters), [filters]);
  const pages = useInfiniteQuery(activityOptions(version, query));
  const events = useMemo(() => pages.data?.pages.flatMap((page) => page.value) ?? [], [pages.data]);
  const existingDevice = useQuery(existingPartnerIdsOptions(version, "deviceManagementPartners", idsOf(events, "deviceManagementPartners")));
  const existingCompliance = useQuery(existingPartnerIdsOptions(version, "complianceManagementPartners", idsOf(events, "complianceManagementPartners")));
  const existing: Record<ResourceName, Set<string> | undefined> = { deviceManagementPartners: existingDevice.data, complianceManagementPartners: existingCompliance.data };

  const setFilters = useCallback(
    (next: ActivityFilters) => {
      const search = activityParams(next).toString();
      // As the lists do: the URL changes without a server render, and useSearchParams follows it.
      window.history.replaceState(null, "", search ? `${pathname}?${search}` : pathname);
    },
    [pathname],
  );

  const subject = (event: AuditEvent, words: EventWords) => {
    const resource = resourceOfEvent(event);
    if (!resource) return <span>{words.resourceName ?? words.resourceId ?? "Unknown partner"}</span>;
    const { noun, routes } = kinds[resource];
    const name = words.resourceName || words.resourceId || "(no name)";
    const known = existing[resource];
    const id = words.resourceId;
    if (!id || !known) return <span>{`${noun} ${name}`}</span>;
    if (!known.has(id.toLowerCase())) return <span>{`${noun} ${name} (deleted)`}</span>;
    return (
      <span>
        {noun} <AppLink href={routes.detail(id)}>{name}</AppLink>
      </span>
    );
  };

  return (
    <>
      <h1>Activity</h1>
      <Text>Every change to device and compliance management partners in this tenant, newest first, from Intune&apos;s audit log.</Text>
      <ActivityFiltersBar filters={filters} onChange={setFilters} />
      <AuditEventList
        view="Activity"
        label="Partner changes, newest first"
        version={version}
        pages={pages}
        empty="No partner changes match these filters."
        subject={subject}
      />
    </>
  );
}
