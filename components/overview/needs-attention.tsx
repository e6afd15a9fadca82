"use client";

import { Text, makeStyles, tokens } from "@fluentui/react-components";
import { compareAttention, type AttentionItem, type HealthSummary } from "@/lib/graph/health-summary";
import { AppLink } from "@/components/common/app-link";
import { HealthBadge } from "@/components/common/health-badge";
import type { OverviewKind } from "./overview-kinds";
import { useOverviewTableStyles } from "./use-overview-table-styles";

const useStyles = makeStyles({
  more: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalL, marginTop: tokens.spacingVerticalS },
});

export interface KindSummary {
  kind: OverviewKind;
  summary: HealthSummary | undefined;
}

/** Unhealthy and warning partners of every kind, worst first, with the reason. */
export function NeedsAttention({ kinds, limit = 10 }: { kinds: readonly KindSummary[]; limit?: number }) {
  const styles = useStyles();
  const table = useOverviewTableStyles();
  const ready = kinds.every((k) => k.summary);
  const items = kinds
    .flatMap(({ kind, summary }) => (summary?.attention ?? []).map((item) => ({ ...item, kind })))
    .sort((a, b) => compareAttention(a, b))
    .slice(0, limit);
  const total = kinds.reduce((sum, k) => sum + (k.summary?.attentionTotal ?? 0), 0);
  return (
    <section aria-labelledby="needs-attention">
      <h2 id="needs-attention">Needs attention</h2>
      {!ready ? (
        <Text>Counting partners…</Text>
      ) : items.length === 0 ? (
        <Text>Every partner is healthy, not set up or terminated.</Text>
      ) : (
        <>
          <table className={table.table} aria-label="Partners that need attention">
            <thead>
              <tr>
                <th scope="col">Health</th>
                <th scope="col">Partner</th>
                <th scope="col">Kind</th>
                <th scope="col">Reason</th>
              </tr>
            </thead>
            <tbody>
              {items.map((item: AttentionItem & { kind: OverviewKind }) => (
                <tr key={item.kind.routes.detail(item.id)}>
                  <td>
                    <HealthBadge health={item.health} />
                  </td>
                  <th scope="row">
                    <AppLink href={item.kind.routes.detail(item.id)}>{item.displayName}</AppLink>
                  </th>
                  <td>{item.kind.noun}</td>
                  <td>{item.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className={styles.more}>
            <Text>{`Showing ${items.length} of ${total.toLocaleString()}.`}</Text>
            {kinds.map(({ kind, summary }) =>
              summary && summary.attentionTotal > 0 ? (
                <AppLink key={kind.routes.list} href={`${kind.routes.list}?health=unhealthy,warning`}>
                  {`All ${summary.attentionTotal.toLocaleString()} ${kind.title.toLowerCase()} that need attention`}
                </AppLink>
              ) : null,
            )}
          </div>
        </>
      )}
    </section>
  );
}
