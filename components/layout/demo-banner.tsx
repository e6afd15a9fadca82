"use client";

import { Button, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { resetDemoData } from "@/lib/api/demo";
import { graphKeys } from "@/lib/api/query-keys";
import { loadWhenShown } from "@/components/common/load-when-shown";

const GraphErrorBar = loadWhenShown(() => import("@/components/common/graph-error-bar").then((m) => m.GraphErrorBar));

// Fluent's info message bar look, without its code on every page.
const useStyles = makeStyles({
  bar: {
    display: "flex",
    alignItems: "center",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground1,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
  },
  body: { flexGrow: 1, minWidth: "240px" },
  title: { fontWeight: tokens.fontWeightSemibold, marginRight: tokens.spacingHorizontalXS },
});

export function DemoBanner() {
  const styles = useStyles();
  const queryClient = useQueryClient();
  const reset = useMutation({
    mutationFn: () => resetDemoData(),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: graphKeys.all }),
  });
  return (
    <div role="region" aria-label="Demo mode">
      <div className={styles.bar}>
        <div className={styles.body}>
          <span className={styles.title}>Demo mode</span>
          This console works on sample data in your own sandbox; nothing reaches a real tenant.
          {reset.isSuccess ? " Demo data was reset." : ""}
        </div>
        <Button onClick={() => reset.mutate()} disabled={reset.isPending} icon={reset.isPending ? <Spinner size="tiny" /> : undefined}>
          Reset demo data
        </Button>
      </div>
      {reset.error ? <GraphErrorBar error={reset.error} title="The demo data could not be reset" /> : null}
    </div>
  );
}
