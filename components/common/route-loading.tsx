"use client";

import { Skeleton, SkeletonItem, makeStyles, tokens } from "@fluentui/react-components";
import { LoadingState } from "./loading-state";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL, paddingBlock: tokens.spacingVerticalL },
  title: { width: "min(360px, 70%)", height: "32px" },
  line: { height: "20px" },
});

/** What a route shows while the server renders it: the page's outline, and a spinner that says what is happening. */
export function RouteLoading({ label = "Loading the page…" }: { label?: string }) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <Skeleton aria-hidden>
        <SkeletonItem className={styles.title} />
      </Skeleton>
      <LoadingState label={label} />
      <Skeleton aria-hidden>
        {[0, 1, 2, 3].map((i) => (
          <SkeletonItem key={i} className={styles.line} style={{ marginBlockEnd: tokens.spacingVerticalS }} />
        ))}
      </Skeleton>
    </div>
  );
}
