"use client";

import { useMemo, useRef, useState } from "react";
import { compareInput, comparisonOfDocuments, readComparisonWithTenant, type ComparisonInput } from "@/lib/api/configuration";
import type { PartnerComparison } from "@/lib/config/compare-configuration";
import type { ConfigurationDocument } from "@/lib/config/configuration-document";
import type { ApiVersion } from "@/lib/graph/api-version";

/** Names a comparison across renders of the same result: the selection is kept by it. */
export function comparisonKey(comparison: PartnerComparison, index: number): string {
  return `${comparison.kind}|${index}`;
}

/** Whether a comparison can be carried out: something differs and every group and filter it needs is in the tenant. */
export function isApplicable(comparison: PartnerComparison): boolean {
  return comparison.status !== "unchanged" && comparison.unresolved.length === 0;
}

/** A compared document: what it was compared with, the result (volatile fields in or out), and which changes are chosen. */
export function useConfigurationComparison(version: ApiVersion) {
  const [input, setInput] = useState<ComparisonInput>();
  const [runId, setRunId] = useState(0);
  const [reading, setReading] = useState(false);
  const [error, setError] = useState<unknown>();
  const [includeVolatile, setIncludeVolatile] = useState(false);
  // Every change is chosen unless the user leaves it out: the set holds the ones left out.
  const [leftOut, setLeftOut] = useState<ReadonlySet<string>>(new Set());
  const running = useRef<AbortController>(undefined);

  // Two documents of different API versions cannot be compared: that is said where the result would be.
  const result = useMemo((): { comparisons: PartnerComparison[]; error?: unknown } => {
    try {
      return { comparisons: input ? compareInput(input, { includeVolatile }) : [] };
    } catch (caught) {
      return { comparisons: [], error: caught };
    }
  }, [input, includeVolatile]);
  const comparisons = result.comparisons;

  function show(next: ComparisonInput) {
    setInput(next);
    setLeftOut(new Set());
    setRunId((id) => id + 1);
  }

  async function compareWithTenant(desired: ConfigurationDocument) {
    running.current?.abort();
    const controller = new AbortController();
    running.current = controller;
    setReading(true);
    setError(undefined);
    try {
      show(await readComparisonWithTenant(version, desired, controller.signal));
    } catch (caught) {
      if ((caught as Error).name !== "AbortError") setError(caught);
    } finally {
      if (running.current === controller) setReading(false);
    }
  }

  function compareDocuments(desired: ConfigurationDocument, current: ConfigurationDocument) {
    setError(undefined);
    show(comparisonOfDocuments(desired, current));
  }

  const chosen = useMemo(() => comparisons.filter((c, i) => isApplicable(c) && !leftOut.has(comparisonKey(c, i))), [comparisons, leftOut]);

  return {
    input,
    /** Changes each time a comparison is shown anew: what was applied for the last one is cleared. */
    runId,
    reading,
    error: error ?? result.error,
    comparisons,
    includeVolatile,
    setIncludeVolatile,
    isChosen: (key: string) => !leftOut.has(key),
    toggle: (key: string) =>
      setLeftOut((current) => {
        const next = new Set(current);
        if (!next.delete(key)) next.add(key);
        return next;
      }),
    chosen,
    compareWithTenant,
    compareDocuments,
    compareAgain: () => input && compareWithTenant(input.desired),
  };
}

export type ConfigurationComparison = ReturnType<typeof useConfigurationComparison>;
