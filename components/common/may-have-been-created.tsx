"use client";

import { Button, Link, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Text } from "@fluentui/react-components";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import type { ApiVersion } from "@/lib/graph/api-version";
import type { PartnerResource } from "@/lib/api/partner-resource";
import { sameNameOptions } from "@/lib/api/uncertain-write";
import { leavesWithoutAskingAttribute, type UnsavedChangesGuard } from "./use-unsaved-changes-guard";

export interface MayHaveBeenCreatedProps {
  api: PartnerResource<{ id: string }>;
  version: ApiVersion;
  displayName: string;
  detailHref: (id: string) => string;
  guard: Pick<UnsavedChangesGuard, "navigate" | "release">;
}

/** After a create that timed out: Graph may have made it anyway, so the person can look before creating it again. */
export function MayHaveBeenCreated({ api, version, displayName, detailHref, guard }: MayHaveBeenCreatedProps) {
  const [looking, setLooking] = useState(false);
  const found = useQuery({ ...sameNameOptions(api, version, displayName), enabled: looking });
  const open = (id: string) => {
    guard.release();
    guard.navigate(detailHref(id));
  };
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>The partner may have been created</MessageBarTitle>
        Microsoft Graph did not answer in time, and it may have created “{displayName}” anyway. Look for it before you create it again, or you may end up
        with two.{" "}
        {found.isFetching ? <Text role="status">Looking…</Text> : null}
        {found.error ? <Text role="status">The console could not look: {found.error.message}</Text> : null}
        {found.data && !found.isFetching ? (
          <Text role="status">
            {found.data.length === 0
              ? `No partner is named “${displayName}”: it was not created, and you can create it now.`
              : `${found.data.length === 1 ? "A partner" : `${found.data.length} partners`} named “${displayName}” exist${found.data.length === 1 ? "s" : ""}: `}
            {found.data.map((partner, index) => (
              <span key={partner.id}>
                {index ? ", " : ""}
                <Link
                  href={detailHref(partner.id)}
                  {...{ [leavesWithoutAskingAttribute]: "" }}
                  onClick={(event) => {
                    event.preventDefault();
                    open(partner.id);
                  }}
                >
                  open {partner.displayName ?? partner.id}
                </Link>
              </span>
            ))}
          </Text>
        ) : null}
      </MessageBarBody>
      <MessageBarActions>
        <Button onClick={() => (looking ? void found.refetch() : setLooking(true))} disabled={found.isFetching}>
          Look for “{displayName}”
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
