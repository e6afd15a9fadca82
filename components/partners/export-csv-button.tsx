"use client";

import { Button, Text } from "@fluentui/react-components";
import { useRef, useState } from "react";
import type { CollectProgress } from "@/lib/api/collect-pages";
import type { ODataQuery } from "@/lib/api/graph-url";
import type { ApiVersion } from "@/lib/graph/api-version";
import { loadWhenShown } from "@/components/common/load-when-shown";
import { notifySuccess } from "@/components/common/notifications";
import type { PartnerEntity, PartnerKind } from "./partner-kind";

const GraphErrorBar = loadWhenShown(() => import("@/components/common/graph-error-bar").then((m) => m.GraphErrorBar));

/** "Export CSV": every partner of the current view, all pages, as a UTF-8 file Excel opens. */
export function ExportCsvButton<E extends PartnerEntity>({ kind, version, query }: { kind: PartnerKind<E>; version: ApiVersion; query: ODataQuery }) {
  const [progress, setProgress] = useState<CollectProgress>();
  const [error, setError] = useState<unknown>();
  const running = useRef<AbortController>(undefined);

  async function exportCsv() {
    running.current?.abort();
    const controller = new AbortController();
    running.current = controller;
    setError(undefined);
    setProgress({ loaded: 0 });
    try {
      // The export's code loads on first use: the list page does not carry it.
      const [{ collectPages }, { partnersCsv }] = await Promise.all([import("@/lib/api/collect-pages"), import("./partner-csv")]);
      const items = await collectPages<E>(version, kind.api.collectionPath, query, { signal: controller.signal, onProgress: setProgress });
      const now = new Date();
      const blob = new Blob([partnersCsv(items.map(kind.api.parse), kind.list.columns, version, now)], { type: "text/csv;charset=utf-8" });
      const url = URL.createObjectURL(blob);
      const link = document.createElement("a");
      link.href = url;
      link.download = `${kind.resource}-${now.toISOString().slice(0, 10)}.csv`;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      notifySuccess("Export ready", `${items.length.toLocaleString()} ${kind.nouns.singular}${items.length === 1 ? "" : "s"}`);
    } catch (caught) {
      if ((caught as Error).name !== "AbortError") setError(caught);
    } finally {
      if (running.current === controller) setProgress(undefined);
    }
  }

  return (
    <>
      <Button onClick={exportCsv} disabled={progress !== undefined}>
        Export CSV
      </Button>
      {progress ? (
        <Text role="status">
          {progress.total === undefined ? `Exporting… ${progress.loaded.toLocaleString()}` : `Exporting… ${progress.loaded.toLocaleString()} of ${progress.total.toLocaleString()}`}
        </Text>
      ) : null}
      {error ? <GraphErrorBar error={error} title="The export failed" /> : null}
    </>
  );
}
