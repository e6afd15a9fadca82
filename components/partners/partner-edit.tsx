"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState, type ReactNode } from "react";
import { AppLink } from "@/components/common/app-link";
import { LoadingState } from "@/components/common/loading-state";
import { useApiVersion } from "@/components/layout/graph-scope";
import type { PartnerEntity, PartnerKind } from "./partner-kind";
import { PartnerLoadError } from "./partner-page-parts";

export interface PartnerEditProps<E extends PartnerEntity> {
  id: string;
  kind: PartnerKind<E>;
  form: (partner: E) => ReactNode;
}

/** Loads a partner once and shows its edit form: the page both partner kinds share. */
export function PartnerEdit<E extends PartnerEntity>({ id, kind, form }: PartnerEditProps<E>) {
  const { api, routes } = kind;
  const noun = kind.nouns.singular;
  const version = useApiVersion();
  const detail = useQuery({ ...api.detailOptions(version, id), placeholderData: keepPreviousData, staleTime: 0 });
  // The form starts from the partner as first loaded; a version switch later keeps the user's edits.
  const [loaded, setLoaded] = useState<E>();
  if (!loaded && detail.data && !detail.isPlaceholderData && !detail.isFetching) setLoaded(detail.data.entity);

  if (detail.error && !loaded)
    return <PartnerLoadError heading={`Edit ${noun}`} error={detail.error} onRetry={() => detail.refetch()} basePath={routes.list} listName={`${noun}s`} />;
  if (!loaded) return <LoadingState label="Loading the partner…" />;
  return (
    <>
      <AppLink href={routes.detail(id)}>{loaded.displayName || "(no name)"}</AppLink>
      <h1>Edit {loaded.displayName || noun}</h1>
      {form(loaded)}
    </>
  );
}
