"use client";

import { makeStyles, tokens } from "@fluentui/react-components";

/** The overview's lists: a plain table with a rule between rows. */
export const useOverviewTableStyles = makeStyles({
  table: {
    borderCollapse: "collapse",
    width: "100%",
    "& td, & th": { padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`, textAlign: "left", verticalAlign: "top" },
    "& tbody tr": { borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  },
});
