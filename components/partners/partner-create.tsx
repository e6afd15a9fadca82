"use client";

import type { ReactNode } from "react";
import { AppLink } from "@/components/common/app-link";
import { LoadingState } from "@/components/common/loading-state";
import { useIsClient } from "@/components/common/use-is-client";
import type { PartnerEntity, PartnerKind } from "./partner-kind";

/** The new-partner page of any kind: the way back to the list, the heading, and the kind's form. */
export function PartnerCreate<E extends PartnerEntity>({ kind, form }: { kind: PartnerKind<E>; form: ReactNode }) {
  // The defaults depend on the browser's clock and time zone.
  const isClient = useIsClient();
  return (
    <>
      <AppLink href={kind.routes.list}>{kind.nouns.title}</AppLink>
      <h1>New {kind.nouns.singular}</h1>
      {isClient ? form : <LoadingState label="Preparing the form…" />}
    </>
  );
}
