"use client";

import { Button, makeStyles, tokens } from "@fluentui/react-components";
import type { InfiniteData, UseInfiniteQueryResult } from "@tanstack/react-query";
import type { ReactNode } from "react";
import type { GraphCollectionPage } from "@/lib/api/graph-collection";
import type { ApiVersion } from "@/lib/graph/api-version";
import type { AuditEvent, EventWords } from "@/lib/graph/audit-event-words";
import { EmptyState } from "@/components/common/empty-state";
import { GraphErrorBar } from "@/components/common/graph-error-bar";
import { LoadingState } from "@/components/common/loading-state";
import { useNow } from "@/components/common/use-now";
import { AuditEventEntry } from "./audit-event-entry";
import { AuditPermissionNeeded, isAuditPermissionMissing } from "./audit-permission-needed";
import { useAuditWords } from "./use-audit-words";

const useStyles = makeStyles({
  list: { listStyle: "none", margin: 0, padding: 0 },
  more: { marginBlock: tokens.spacingVerticalM },
});

export type AuditPages = UseInfiniteQueryResult<InfiniteData<GraphCollectionPage<AuditEvent>>>;

interface AuditEventListProps {
  view: "History" | "Activity";
  /** The list's accessible name. */
  label: string;
  version: ApiVersion;
  pages: AuditPages;
  empty: string;
  /** What the entry is about, beside its operation (Activity names the partner). */
  subject?: (event: AuditEvent, words: EventWords) => ReactNode;
}

/** Audit events newest first, "Load more" following Graph's nextLink; the missing-permission state in place of an error. */
export function AuditEventList({ view, label, version, pages, empty, subject }: AuditEventListProps) {
  const styles = useStyles();
  const now = useNow();
  const events = pages.data?.pages.flatMap((page) => page.value) ?? [];
  const words = useAuditWords(version, events);

  if (pages.isPending) return <LoadingState label={`Loading ${view.toLowerCase()}…`} />;
  if (pages.error && !pages.data) {
    if (isAuditPermissionMissing(pages.error)) return <AuditPermissionNeeded view={view} onGranted={() => void pages.refetch()} />;
    return <GraphErrorBar error={pages.error} title={`${view} could not be loaded`} onRetry={() => void pages.refetch()} />;
  }
  if (!events.length) return <EmptyState title={empty} />;
  return (
    <>
      <ol className={styles.list} aria-label={label}>
        {events.map((event) => {
          const w = words(event);
          return <AuditEventEntry key={event.id} words={w} at={event.activityDateTime} now={now} subject={subject?.(event, w)} />;
        })}
      </ol>
      {pages.error ? <GraphErrorBar error={pages.error} title="More events could not be loaded" onRetry={() => void pages.fetchNextPage()} /> : null}
      {pages.hasNextPage ? (
        <Button className={styles.more} onClick={() => void pages.fetchNextPage()} disabled={pages.isFetchingNextPage}>
          {pages.isFetchingNextPage ? "Loading more…" : "Load more"}
        </Button>
      ) : null}
    </>
  );
}
