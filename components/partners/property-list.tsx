"use client";

import { makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";

const useStyles = makeStyles({
  properties: { display: "grid", gridTemplateColumns: "max-content 1fr", columnGap: tokens.spacingHorizontalXL, rowGap: tokens.spacingVerticalS, marginBlock: tokens.spacingVerticalL },
  term: { fontWeight: tokens.fontWeightSemibold },
  definition: { margin: 0 },
});

/** Properties in human words: a term and its value per row. */
export function PropertyList({ rows }: { rows: [string, ReactNode][] }) {
  const styles = useStyles();
  return (
    <dl className={styles.properties}>
      {rows.map(([term, value]) => (
        <div key={term} style={{ display: "contents" }}>
          <dt className={styles.term}>{term}</dt>
          <dd className={styles.definition}>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
