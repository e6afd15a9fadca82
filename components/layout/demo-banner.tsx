"use client";

import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Spinner } from "@fluentui/react-components";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { resetDemoData } from "@/lib/api/demo";
import { graphKeys } from "@/lib/api/query-keys";
import { GraphErrorBar } from "@/components/common/graph-error-bar";

export function DemoBanner() {
  const queryClient = useQueryClient();
  const reset = useMutation({
    mutationFn: () => resetDemoData(),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: graphKeys.all }),
  });
  return (
    <div role="region" aria-label="Demo mode">
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>Demo mode</MessageBarTitle>
          This console works on sample data in your own sandbox; nothing reaches a real tenant.
          {reset.isSuccess ? " Demo data was reset." : ""}
        </MessageBarBody>
        <MessageBarActions>
          <Button onClick={() => reset.mutate()} disabled={reset.isPending} icon={reset.isPending ? <Spinner size="tiny" /> : undefined}>
            Reset demo data
          </Button>
        </MessageBarActions>
      </MessageBar>
      {reset.error ? <GraphErrorBar error={reset.error} title="The demo data could not be reset" /> : null}
    </div>
  );
}
