"use client";

import { Button, Spinner, Text } from "@fluentui/react-components";
import { useState } from "react";
import { exportConfiguration } from "@/lib/api/configuration";
import type { ApiVersion } from "@/lib/graph/api-version";
import { GraphErrorBar } from "@/components/common/graph-error-bar";
import { notifySuccess } from "@/components/common/notifications";

export function configurationFileName(version: ApiVersion, now: Date): string {
  return `partner-configuration-${version}-${now.toISOString().slice(0, 10)}.json`;
}

/** "Export": the current tenant's partners of this API version as one JSON document, downloaded. */
export function ExportConfigurationButton({ version }: { version: ApiVersion }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [done, setDone] = useState<string>();

  async function download() {
    setBusy(true);
    setError(undefined);
    setDone(undefined);
    try {
      const { text, document } = await exportConfiguration(version);
      const url = URL.createObjectURL(new Blob([text], { type: "application/json" }));
      const link = window.document.createElement("a");
      link.href = url;
      link.download = configurationFileName(version, new Date());
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      const summary = `${document.deviceManagementPartners.length} device and ${document.complianceManagementPartners.length} compliance management partners (${version})`;
      setDone(`Exported ${summary}.`);
      notifySuccess("Configuration exported", summary);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div>
      <Button appearance="primary" icon={busy ? <Spinner size="tiny" /> : undefined} disabled={busy} onClick={download}>
        Export
      </Button>
      <Text role="status" block>
        {busy ? "Reading the tenant…" : (done ?? "")}
      </Text>
      {error ? <GraphErrorBar error={error} title="The export failed" /> : null}
    </div>
  );
}
