"use client";

import { Card, CardHeader, ProgressBar, Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { UseQueryResult } from "@tanstack/react-query";
import type { CollectProgress } from "@/lib/api/collect-pages";
import { deviceManagementPartnerTenantState, labelOf } from "@/lib/graph/enums";
import type { HealthSummary } from "@/lib/graph/health-summary";
import { partnerHealthLabels, partnerHealths } from "@/lib/graph/partner-health";
import { AppLink } from "@/components/common/app-link";
import { GraphErrorBar } from "@/components/common/graph-error-bar";
import { PartnerStateBadge } from "@/components/common/partner-state-badge";
import type { OverviewKind } from "./overview-kinds";

const useStyles = makeStyles({
  card: { padding: tokens.spacingHorizontalL, gap: tokens.spacingVerticalM },
  healths: { display: "grid", gridTemplateColumns: "repeat(auto-fill, minmax(140px, 1fr))", gap: tokens.spacingHorizontalS, listStyle: "none", margin: 0, padding: 0 },
  health: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  dot: { width: "10px", height: "10px", borderRadius: tokens.borderRadiusCircular, flexShrink: 0 },
  unhealthy: { backgroundColor: tokens.colorPaletteRedBackground3 },
  warning: { backgroundColor: tokens.colorPaletteDarkOrangeBackground3 },
  healthy: { backgroundColor: tokens.colorPaletteGreenBackground3 },
  notSetUp: { backgroundColor: tokens.colorNeutralForeground3 },
  terminated: { backgroundColor: tokens.colorNeutralStroke1 },
  table: { borderCollapse: "collapse", width: "100%", "& td, & th": { padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`, textAlign: "left" } },
  progress: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
});

export interface HealthCardProps {
  kind: OverviewKind;
  query: UseQueryResult<unknown>;
  progress: CollectProgress | undefined;
  summary: HealthSummary | undefined;
}

function countingText(progress: CollectProgress | undefined): string {
  if (!progress) return "Counting…";
  return progress.total === undefined
    ? `Counting… ${progress.loaded.toLocaleString()} so far`
    : `Counting… ${progress.loaded.toLocaleString()} of ${progress.total.toLocaleString()}`;
}

/** One partner kind: how many partners are in each health and each state, each a link to the filtered list. */
export function HealthCard({ kind, query, progress, summary }: HealthCardProps) {
  const styles = useStyles();
  return (
    <Card className={styles.card}>
      <CardHeader
        header={
          <h2>
            <AppLink href={kind.routes.list}>{kind.title}</AppLink>
          </h2>
        }
        description={<Text>{summary ? `${summary.total.toLocaleString()} in total` : query.error ? "" : countingText(progress)}</Text>}
      />
      {query.error ? <GraphErrorBar error={query.error} title={`${kind.title} could not be counted`} onRetry={() => query.refetch()} /> : null}
      {!summary && !query.error ? (
        <div className={styles.progress}>
          <ProgressBar
            aria-label={`Counting ${kind.title.toLowerCase()}`}
            value={progress?.total ? progress.loaded / progress.total : undefined}
            thickness="large"
          />
        </div>
      ) : null}
      {summary ? (
        <>
          <ul className={styles.healths} aria-label={`${kind.title} by health`}>
            {partnerHealths.map((health) => (
              <li key={health}>
                <AppLink href={`${kind.routes.list}?health=${health}`} className={styles.health}>
                  <span aria-hidden className={mergeClasses(styles.dot, styles[health])} />
                  {`${partnerHealthLabels[health]}: ${summary.byHealth[health].toLocaleString()}`}
                </AppLink>
              </li>
            ))}
          </ul>
          <table className={styles.table} aria-label={`${kind.title} by partner state`}>
            <thead>
              <tr>
                <th scope="col">Partner state</th>
                <th scope="col">Partners</th>
              </tr>
            </thead>
            <tbody>
              {deviceManagementPartnerTenantState.members.map((state) => {
                const count = summary.byState[state] ?? 0;
                return (
                  <tr key={state}>
                    <th scope="row">
                      <PartnerStateBadge state={state} />
                    </th>
                    <td>
                      <AppLink href={`${kind.routes.list}?state=${state}`} aria-label={`${count} ${labelOf(deviceManagementPartnerTenantState, state)}`}>
                        {count.toLocaleString()}
                      </AppLink>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </>
      ) : null}
    </Card>
  );
}
