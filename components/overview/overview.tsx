"use client";

import { makeStyles, tokens } from "@fluentui/react-components";
import { useNow } from "@/components/common/use-now";
import { ComingUp } from "./coming-up";
import { HealthCard } from "./health-card";
import { NeedsAttention } from "./needs-attention";
import { overviewKinds } from "./overview-kinds";
import { useHealthOverview } from "./use-health-overview";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXL },
  cards: { display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(min(320px, 100%), 1fr))", gap: tokens.spacingHorizontalL },
});

const [deviceKind, complianceKind] = overviewKinds as [(typeof overviewKinds)[0], (typeof overviewKinds)[1]];

/** The home page: is any partner connection broken, what is about to break, and what to do. */
export function Overview() {
  const styles = useStyles();
  const now = useNow();
  const device = useHealthOverview(deviceKind.api, deviceKind.select, now);
  const compliance = useHealthOverview(complianceKind.api, complianceKind.select, now);
  return (
    <div className={styles.root}>
      <h1>Overview</h1>
      <div className={styles.cards}>
        <HealthCard kind={deviceKind} {...device} />
        <HealthCard kind={complianceKind} {...compliance} />
      </div>
      <NeedsAttention
        kinds={[
          { kind: deviceKind, summary: device.summary },
          { kind: complianceKind, summary: compliance.summary },
        ]}
      />
      <ComingUp kind={deviceKind} summary={device.summary} now={device.asOf} />
    </div>
  );
}
