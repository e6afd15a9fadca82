"use client";

import { Spinner } from "@fluentui/react-components";

export function LoadingState({ label = "Loading…" }: { label?: string }) {
  return <Spinner label={label} labelPosition="after" size="small" role="status" />;
}
