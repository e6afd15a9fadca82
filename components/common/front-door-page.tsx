"use client";

import { Text, makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { AppLink } from "./app-link";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, maxWidth: "640px", paddingBlock: tokens.spacingVerticalXL },
  links: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalL, listStyle: "none", margin: 0, padding: 0 },
});

/** A page the user did not ask for (not found, failed): what happened, what to do, and the ways back. */
export function FrontDoorPage({ title, children, actions }: { title: string; children: ReactNode; actions?: ReactNode }) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <h1>{title}</h1>
      <Text as="p">{children}</Text>
      {actions}
      <nav aria-label="Where to go">
        <ul className={styles.links}>
          <li>
            <AppLink href="/">Overview</AppLink>
          </li>
          <li>
            <AppLink href="/device-partners">Device management partners</AppLink>
          </li>
          <li>
            <AppLink href="/compliance-partners">Compliance management partners</AppLink>
          </li>
        </ul>
      </nav>
    </div>
  );
}
