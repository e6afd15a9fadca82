"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { applyConfigurationChanges } from "@/lib/api/configuration";
import { graphKeys } from "@/lib/api/query-keys";
import type { ItemResult } from "@/lib/config/apply-plan";
import type { PlannedRequest } from "@/lib/config/plan-changes";
import type { ApiVersion } from "@/lib/graph/api-version";
import { notifySuccess } from "@/components/common/notifications";

export interface ApplyProgress {
  done: number;
  total: number;
}

/** Runs a plan: progress as items finish, then each item's result and how many HTTP requests went out. */
export function useApplyChanges(version: ApiVersion) {
  const queryClient = useQueryClient();
  const [progress, setProgress] = useState<ApplyProgress>();
  const [results, setResults] = useState<ItemResult[]>();
  const [batches, setBatches] = useState(0);
  const [error, setError] = useState<unknown>();

  async function apply(requests: PlannedRequest[]) {
    setResults(undefined);
    setError(undefined);
    setProgress({ done: 0, total: requests.length });
    try {
      const run = await applyConfigurationChanges(version, requests, (done, total, partial) => {
        setProgress({ done, total });
        setResults(partial);
      });
      setResults(run.results);
      setBatches(run.batches);
      const applied = run.results.filter((r) => r.ok).length;
      if (applied) notifySuccess("Changes applied", `${applied} of ${run.results.length}`);
    } catch (caught) {
      setError(caught);
    } finally {
      setProgress(undefined);
      // The lists and details show the partners as they are now.
      await queryClient.invalidateQueries({ queryKey: graphKeys.all });
    }
  }

  return { apply, running: progress !== undefined, progress, results, batches, error };
}
