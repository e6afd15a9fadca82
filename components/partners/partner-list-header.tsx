"use client";

import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { AddRegular, DeleteRegular } from "@fluentui/react-icons";
import NextLink from "next/link";
import type { ReactNode } from "react";

const useStyles = makeStyles({
  header: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalM, flexWrap: "wrap" },
  actions: { marginLeft: "auto", display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
  newLink: {
    display: "inline-flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
    textDecoration: "none",
    fontWeight: tokens.fontWeightSemibold,
    ":hover": { backgroundColor: tokens.colorBrandBackgroundHover },
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
});

/** The list's title and what acts on the list as a whole: delete the chosen rows, create a partner. */
export function PartnerListHeader({
  title,
  selectedCount,
  onDelete,
  newHref,
  children,
}: {
  title: string;
  selectedCount: number;
  onDelete: () => void;
  newHref: string;
  /** More actions on the whole list, e.g. Export CSV. */
  children?: ReactNode;
}) {
  const styles = useStyles();
  return (
    <div className={styles.header}>
      <h1>{title}</h1>
      <div className={styles.actions}>
        {children}
        <Button icon={<DeleteRegular />} disabled={!selectedCount} onClick={onDelete}>
          Delete selected{selectedCount ? ` (${selectedCount})` : ""}
        </Button>
        <NextLink href={newHref} className={styles.newLink}>
          <AddRegular aria-hidden /> New partner
        </NextLink>
      </div>
    </div>
  );
}
