"use client";

import { Button, Field, ProgressBar, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { maxBatchSize, type ItemResult } from "@/lib/config/apply-plan";
import { planChanges, type PlannedRequest } from "@/lib/config/plan-changes";
import type { ApiVersion } from "@/lib/graph/api-version";
import { ConfirmDialog } from "@/components/common/confirm-dialog";
import { GraphErrorBar } from "@/components/common/graph-error-bar";
import type { ConfigurationComparison } from "./use-configuration-comparison";
import { useApplyChanges } from "./use-apply-changes";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, alignItems: "flex-start" },
  requests: {
    maxHeight: "320px",
    overflow: "auto",
    width: "100%",
    boxSizing: "border-box",
    margin: 0,
    padding: tokens.spacingHorizontalS,
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    backgroundColor: tokens.colorNeutralBackground2,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  table: { borderCollapse: "collapse", width: "100%", "& th, & td": { textAlign: "left", verticalAlign: "top", padding: tokens.spacingHorizontalXS, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` } },
  failed: { color: tokens.colorPaletteRedForeground1 },
  progress: { width: "100%", maxWidth: "480px" },
});

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** The exact request as the batch carries it: method, URL under the version, and the JSON body. */
export function requestText(version: ApiVersion, request: PlannedRequest): string {
  const line = `${request.method} /${version}${request.url}`;
  return request.body === undefined ? line : `${line}\n${JSON.stringify(request.body, null, 2)}`;
}

function resultWords(result: ItemResult): string {
  const retried = result.attempts > 1 ? ` after ${plural(result.attempts - 1, "retry")} (throttled)` : "";
  if (result.ok) return `Applied (${result.status})${retried}`;
  const e = result.error;
  return `Failed (${result.status || "no answer"}): ${e?.code}: ${e?.message}${e?.requestId ? ` request-id ${e.requestId}` : ""}${retried}`;
}

/** Apply: the chosen changes as the exact Graph requests, a confirmation, a progress bar and each item's result. */
export function ApplyChanges({ version, comparison }: { version: ApiVersion; comparison: ConfigurationComparison }) {
  const styles = useStyles();
  const plan = useMemo(() => planChanges(version, comparison.chosen), [version, comparison.chosen]);
  const blocked = useMemo(() => planChanges(version, comparison.comparisons).blocked, [version, comparison.comparisons]);
  const { apply, running, progress, results, batches, error } = useApplyChanges(version);
  const [confirming, setConfirming] = useState(false);
  const count = plan.requests.length;
  const calls = Math.ceil(count / maxBatchSize);
  const failed = results?.filter((r) => !r.ok).length ?? 0;

  return (
    <section className={styles.root} aria-labelledby="apply-heading">
      <h2 id="apply-heading">Apply</h2>
      {blocked.length ? (
        <Text className={styles.failed}>
          {plural(blocked.length, "change")} cannot be applied: {blocked.map((b) => `${b.comparison.displayName ?? "(no name)"} (${b.reason})`).join("; ")}.
        </Text>
      ) : null}
      <Text>
        {count ? `${plural(count, "request")} to send, in ${plural(calls, "$batch call")} of up to ${maxBatchSize}:` : "No change is chosen: nothing to send."}
      </Text>
      {count ? (
        <pre className={styles.requests} tabIndex={0} role="region" aria-label="Requests to send">
          {plan.requests.map((r) => requestText(version, r)).join("\n\n")}
        </pre>
      ) : null}
      <Button appearance="primary" disabled={!count || running} onClick={() => setConfirming(true)}>
        {`Apply ${plural(count, "change")}`}
      </Button>
      <ConfirmDialog
        open={confirming}
        title={`Apply ${plural(count, "change")} to the tenant?`}
        confirmLabel="Apply"
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          void apply(plan.requests);
        }}
      >
        The console sends {plural(count, "request")} to Microsoft Graph ({version}) as {plural(calls, "$batch call")}. Created and deleted partners cannot be brought back by
        undo.
      </ConfirmDialog>
      {progress ? (
        <Field className={styles.progress} label="Applying changes" validationState="none" validationMessage={`${progress.done} of ${progress.total} done`}>
          <ProgressBar value={progress.done} max={Math.max(progress.total, 1)} />
        </Field>
      ) : null}
      {error ? <GraphErrorBar error={error} title="The changes could not be sent" method="POST" /> : null}
      {results && !running ? (
        <Text role="status" weight="semibold">
          {`${results.length - failed} applied, ${failed} failed; ${plural(batches, "HTTP request")} ($batch).`}
        </Text>
      ) : null}
      {results?.length ? (
        <table className={styles.table} aria-label="Results">
          <thead>
            <tr>
              <th scope="col">Partner</th>
              <th scope="col">Request</th>
              <th scope="col">Result</th>
            </tr>
          </thead>
          <tbody>
            {results.map((r) => (
              <tr key={r.request.id}>
                <td>{r.request.comparison.displayName ?? "(no name)"}</td>
                <td>{`${r.request.method} /${version}${r.request.url}`}</td>
                <td className={r.ok ? undefined : styles.failed}>{resultWords(r)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {results && !running ? (
        <Button onClick={() => void comparison.compareAgain()} disabled={comparison.reading}>
          Compare again
        </Button>
      ) : null}
    </section>
  );
}
