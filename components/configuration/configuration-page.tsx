"use client";

import { Link, Text, makeStyles, tokens } from "@fluentui/react-components";
import { configurationSchemaPath } from "@/lib/config/configuration-document";
import { GraphErrorBar } from "@/components/common/graph-error-bar";
import { useApiVersion } from "@/components/layout/graph-scope";
import { ApplyChanges } from "./apply-changes";
import { CompareForm } from "./compare-form";
import { ComparisonResults } from "./comparison-results";
import { ExportConfigurationButton } from "./export-configuration-button";
import { useConfigurationComparison } from "./use-configuration-comparison";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXL, maxWidth: "960px" },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

/** Configuration as code: export the tenant's partners, compare a document with the tenant or another document, apply. */
export function ConfigurationPage() {
  const styles = useStyles();
  const version = useApiVersion();
  const comparison = useConfigurationComparison(version);
  const shown = comparison.input && !comparison.error;
  return (
    <div className={styles.root}>
      <div className={styles.section}>
        <h1>Configuration</h1>
        <Text>
          Both partner kinds of this tenant for Graph {version}, as one JSON document (
          <Link href={configurationSchemaPath} target="_blank" rel="noreferrer">
            its JSON Schema
          </Link>
          ). The same document works with <code>npm run config</code> in a pipeline.
        </Text>
      </div>
      <section className={styles.section} aria-labelledby="export-heading">
        <h2 id="export-heading">Export</h2>
        <ExportConfigurationButton version={version} />
      </section>
      <section className={styles.section} aria-labelledby="compare-heading">
        <h2 id="compare-heading">Compare</h2>
        <CompareForm busy={comparison.reading} onCompareWithTenant={comparison.compareWithTenant} onCompareDocuments={comparison.compareDocuments} />
        {comparison.error ? <GraphErrorBar error={comparison.error} title="The comparison failed" /> : null}
      </section>
      {shown ? <ComparisonResults comparison={comparison} /> : null}
      {shown && comparison.input?.isTenant ? <ApplyChanges key={comparison.runId} version={version} comparison={comparison} /> : null}
    </div>
  );
}
