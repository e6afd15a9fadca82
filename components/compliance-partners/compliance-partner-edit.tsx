"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import type { ComplianceManagementPartner } from "@/lib/graph/compliance-management-partner";
import { complianceManagementPartnersApi as api } from "@/lib/api/compliance-management-partners";
import { AppLink } from "@/components/common/app-link";
import { GraphErrorBar } from "@/components/common/graph-error-bar";
import { LoadingState } from "@/components/common/loading-state";
import { useApiVersion } from "@/components/layout/preferences-context";
import { CompliancePartnerForm } from "./compliance-partner-form";

export function CompliancePartnerEdit({ id }: { id: string }) {
  const version = useApiVersion();
  const detail = useQuery({ ...api.detailOptions(version, id), placeholderData: keepPreviousData, staleTime: 0 });
  // The form starts from the partner as first loaded; a version switch later keeps the user's edits.
  const [loaded, setLoaded] = useState<ComplianceManagementPartner>();
  if (!loaded && detail.data && !detail.isPlaceholderData && !detail.isFetching) setLoaded(detail.data.entity);

  if (detail.error && !loaded)
    return (
      <>
        <h1>Edit compliance management partner</h1>
        <GraphErrorBar error={detail.error} title="The partner could not be loaded" onRetry={() => detail.refetch()} />
        <AppLink href="/compliance-partners">Back to compliance management partners</AppLink>
      </>
    );
  if (!loaded) return <LoadingState label="Loading the partner…" />;
  return (
    <>
      <AppLink href={`/compliance-partners/${encodeURIComponent(id)}`}>{loaded.displayName || "(no name)"}</AppLink>
      <h1>Edit {loaded.displayName || "compliance management partner"}</h1>
      <CompliancePartnerForm partner={loaded} />
    </>
  );
}
