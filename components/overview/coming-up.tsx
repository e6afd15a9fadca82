"use client";

import { Text, makeStyles, tokens } from "@fluentui/react-components";
import { formatExact } from "@/components/common/date-time";
import { countdownInWords, type DeviceDateProperty, type HealthSummary } from "@/lib/graph/health-summary";
import { AppLink } from "@/components/common/app-link";
import type { OverviewKind } from "./overview-kinds";
import { useOverviewTableStyles } from "./use-overview-table-styles";

const useStyles = makeStyles({
  countdown: { fontWeight: tokens.fontWeightSemibold },
  exact: { color: tokens.colorNeutralForeground2 },
});

export const deviceDateLabels: Record<DeviceDateProperty, string> = {
  whenPartnerDevicesWillBeMarkedAsNonCompliantDateTime: "Devices will be marked non-compliant",
  whenPartnerDevicesWillBeRemovedDateTime: "Devices will be removed",
};

/** Device partners whose devices are marked non-compliant or removed within 30 days, soonest first. */
export function ComingUp({ kind, summary, now }: { kind: OverviewKind; summary: HealthSummary | undefined; now: Date }) {
  const styles = useStyles();
  const table = useOverviewTableStyles();
  return (
    <section aria-labelledby="coming-up">
      <h2 id="coming-up">Coming up</h2>
      {!summary ? (
        <Text>Counting partners…</Text>
      ) : summary.comingUp.length === 0 ? (
        <Text>No partner&apos;s devices are marked non-compliant or removed in the next 30 days.</Text>
      ) : (
        <>
          <table className={table.table} aria-label="Coming up in the next 30 days">
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Partner</th>
                <th scope="col">What happens</th>
              </tr>
            </thead>
            <tbody>
              {summary.comingUp.map((item) => (
                <tr key={`${item.id}/${item.property}`}>
                  <td>
                    <span className={styles.countdown}>{countdownInWords(item.at, now)}</span>{" "}
                    <time dateTime={item.at} className={styles.exact}>
                      ({formatExact(item.at)})
                    </time>
                  </td>
                  <th scope="row">
                    <AppLink href={kind.routes.detail(item.id)}>{item.displayName}</AppLink>
                  </th>
                  <td>{deviceDateLabels[item.property]}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {summary.comingUpTotal > summary.comingUp.length ? (
            <Text>{`Showing the first ${summary.comingUp.length} of ${summary.comingUpTotal.toLocaleString()}.`}</Text>
          ) : null}
        </>
      )}
    </section>
  );
}
