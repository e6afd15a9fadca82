"use client";

import { makeStyles, tokens } from "@fluentui/react-components";
import { LoadingState } from "./loading-state";

// The page's outline in Fluent's skeleton colours, without the Skeleton component's code on every route.
const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL, paddingBlock: tokens.spacingVerticalL },
  bar: { backgroundColor: tokens.colorNeutralStencil1, borderRadius: tokens.borderRadiusMedium },
  title: { width: "min(360px, 70%)", height: "32px" },
  line: { height: "20px", marginBlockEnd: tokens.spacingVerticalS },
});

/** What a route shows while the server renders it: the page's outline, and a spinner that says what is happening. */
export function RouteLoading({ label = "Loading the page…" }: { label?: string }) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <div aria-hidden className={`${styles.bar} ${styles.title}`} />
      <LoadingState label={label} />
      <div aria-hidden>
        {[0, 1, 2, 3].map((i) => (
          <div key={i} className={`${styles.bar} ${styles.line}`} />
        ))}
      </div>
    </div>
  );
}
