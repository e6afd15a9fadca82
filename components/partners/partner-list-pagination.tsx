"use client";

import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  footer: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalM, marginBlock: tokens.spacingVerticalM },
});

export interface PartnerListPaginationProps {
  shown: number;
  /** Graph's `@odata.count`, when it sent one. */
  total: number | undefined;
  /** Plural, lower case: "device management partners". */
  nouns: string;
  hasMore: boolean;
  loadingMore: boolean;
  onLoadMore: () => void;
}

/** How many rows are shown of how many, and "Load more" while Graph has a nextLink. */
export function PartnerListPagination({ shown, total, nouns, hasMore, loadingMore, onLoadMore }: PartnerListPaginationProps) {
  const styles = useStyles();
  return (
    <div className={styles.footer}>
      {shown ? (
        <Text role="status">
          Showing {shown}
          {total !== undefined ? ` of ${total}` : ""} {nouns}
        </Text>
      ) : null}
      {hasMore ? (
        <Button onClick={onLoadMore} disabled={loadingMore}>
          {loadingMore ? "Loading more…" : "Load more"}
        </Button>
      ) : null}
    </div>
  );
}
