"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import type { DeviceManagementPartner } from "@/lib/graph/device-management-partner";
import { deviceManagementPartnersApi as api } from "@/lib/api/device-management-partners";
import { AppLink } from "@/components/common/app-link";
import { GraphErrorBar } from "@/components/common/graph-error-bar";
import { LoadingState } from "@/components/common/loading-state";
import { useApiVersion } from "@/components/layout/preferences-context";
import { DevicePartnerForm } from "./device-partner-form";

export function DevicePartnerEdit({ id }: { id: string }) {
  const version = useApiVersion();
  const detail = useQuery({ ...api.detailOptions(version, id), placeholderData: keepPreviousData, staleTime: 0 });
  // The form starts from the partner as first loaded; a version switch later keeps the user's edits.
  const [loaded, setLoaded] = useState<DeviceManagementPartner>();
  if (!loaded && detail.data && !detail.isPlaceholderData && !detail.isFetching) setLoaded(detail.data.entity);

  if (detail.error && !loaded)
    return (
      <>
        <h1>Edit device management partner</h1>
        <GraphErrorBar error={detail.error} title="The partner could not be loaded" onRetry={() => detail.refetch()} />
        <AppLink href="/device-partners">Back to device management partners</AppLink>
      </>
    );
  if (!loaded) return <LoadingState label="Loading the partner…" />;
  return (
    <>
      <AppLink href={`/device-partners/${encodeURIComponent(id)}`}>{loaded.displayName || "(no name)"}</AppLink>
      <h1>Edit {loaded.displayName || "device management partner"}</h1>
      <DevicePartnerForm partner={loaded} />
    </>
  );
}
