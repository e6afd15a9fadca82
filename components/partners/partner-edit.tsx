"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState, type ReactNode } from "react";
import type { PartnerResource } from "@/lib/api/partner-resource";
import { AppLink } from "@/components/common/app-link";
import { LoadingState } from "@/components/common/loading-state";
import { useApiVersion } from "@/components/layout/preferences-context";
import { PartnerLoadError } from "./partner-page-parts";

export interface PartnerEditProps<E extends { id: string; displayName?: string | null }> {
  id: string;
  api: PartnerResource<E>;
  /** "device management partner" */
  noun: string;
  basePath: string;
  form: (partner: E) => ReactNode;
}

/** Loads a partner once and shows its edit form: the page both partner kinds share. */
export function PartnerEdit<E extends { id: string; displayName?: string | null }>({ id, api, noun, basePath, form }: PartnerEditProps<E>) {
  const version = useApiVersion();
  const detail = useQuery({ ...api.detailOptions(version, id), placeholderData: keepPreviousData, staleTime: 0 });
  // The form starts from the partner as first loaded; a version switch later keeps the user's edits.
  const [loaded, setLoaded] = useState<E>();
  if (!loaded && detail.data && !detail.isPlaceholderData && !detail.isFetching) setLoaded(detail.data.entity);

  if (detail.error && !loaded)
    return <PartnerLoadError heading={`Edit ${noun}`} error={detail.error} onRetry={() => detail.refetch()} basePath={basePath} listName={`${noun}s`} />;
  if (!loaded) return <LoadingState label="Loading the partner…" />;
  return (
    <>
      <AppLink href={`${basePath}/${encodeURIComponent(id)}`}>{loaded.displayName || "(no name)"}</AppLink>
      <h1>Edit {loaded.displayName || noun}</h1>
      {form(loaded)}
    </>
  );
}
