"use client";

import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { useId, useState } from "react";
import type { ResourceName } from "@/lib/graph/resources";
import { loadOnFirstOpen } from "@/components/common/load-on-first-open";

const PartnerHistory = loadOnFirstOpen(() => import("./partner-history").then((m) => m.PartnerHistory));

const useStyles = makeStyles({
  head: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalM },
});

/** The detail page's History: its code, and in live mode the audit permission, are asked for when it is opened. */
export function HistorySection({ resource, id }: { resource: ResourceName; id: string }) {
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const headingId = useId();
  const regionId = useId();
  return (
    <section aria-labelledby={headingId}>
      <div className={styles.head}>
        <h2 id={headingId}>History</h2>
        <Button aria-expanded={open} aria-controls={regionId} onClick={() => setOpen(!open)}>
          {open ? "Hide history" : "Show history"}
        </Button>
      </div>
      <div id={regionId} hidden={!open}>
        <PartnerHistory open={open} resource={resource} id={id} />
      </div>
    </section>
  );
}
