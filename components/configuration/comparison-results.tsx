"use client";

import { Switch, Text, makeStyles, tokens } from "@fluentui/react-components";
import { partnerKinds, type PartnerKind } from "@/lib/config/configuration-document";
import type { ComparisonStatus } from "@/lib/config/compare-configuration";
import { comparisonKey, isApplicable, type ConfigurationComparison } from "./use-configuration-comparison";
import { PartnerComparisonItem } from "./partner-comparison-item";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  list: { listStyle: "none", margin: 0, padding: 0 },
});

const kindTitles: Record<PartnerKind, string> = {
  deviceManagementPartners: "Device management partners",
  complianceManagementPartners: "Compliance management partners",
};

const order: ComparisonStatus[] = ["changed", "added", "removed", "unchanged"];

/** "2 changed, 1 added, 0 removed, 7 unchanged", or that nothing differs. */
export function comparisonSummary(statuses: ComparisonStatus[], isTenant: boolean): string {
  const count = (s: ComparisonStatus) => statuses.filter((x) => x === s).length;
  if (statuses.every((s) => s === "unchanged")) {
    return `No differences: ${isTenant ? "the tenant matches the document" : "the documents match"} (${count("unchanged")} unchanged).`;
  }
  return `${order.map((s) => `${count(s)} ${s}`).join(", ")}.`;
}

/** Per partner kind, every partner of either side: added, removed, changed or unchanged, with what differs. */
export function ComparisonResults({ comparison }: { comparison: ConfigurationComparison }) {
  const styles = useStyles();
  const { comparisons, input } = comparison;
  const isTenant = input?.isTenant ?? false;
  const indexed = comparisons.map((c, i) => ({ c, key: comparisonKey(c, i) }));
  return (
    <section className={styles.root} aria-labelledby="comparison-heading">
      <h2 id="comparison-heading">Differences</h2>
      <Switch label="Include volatile fields (id, heartbeat, state, device dates)" checked={comparison.includeVolatile} onChange={(_, data) => comparison.setIncludeVolatile(data.checked)} />
      <Text role="status">{comparisonSummary(comparisons.map((c) => c.status), isTenant)}</Text>
      {partnerKinds.map((kind) => {
        const ofKind = indexed.filter(({ c }) => c.kind === kind).sort((a, b) => order.indexOf(a.c.status) - order.indexOf(b.c.status));
        return (
          <div key={kind}>
            <h3 id={`comparison-${kind}`}>{kindTitles[kind]}</h3>
            {ofKind.length ? (
              <ul className={styles.list} aria-labelledby={`comparison-${kind}`}>
                {ofKind.map(({ c, key }) => (
                  <PartnerComparisonItem key={key} comparison={c} choice={isTenant && isApplicable(c) ? { checked: comparison.isChosen(key), onToggle: () => comparison.toggle(key) } : undefined} />
                ))}
              </ul>
            ) : (
              <Text>None on either side.</Text>
            )}
          </div>
        );
      })}
    </section>
  );
}
