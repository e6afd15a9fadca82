"use client";

import { Button } from "@fluentui/react-components";
import { useState } from "react";
import { loadOnFirstOpen } from "@/components/common/load-on-first-open";

// The panel, its snippets and their generators load on the first click: the list pages carry only this button.
const RequestsPanel = loadOnFirstOpen(() => import("./requests-panel").then((m) => m.RequestsPanel));

export function RequestsButton() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button appearance="subtle" size="small" onClick={() => setOpen(true)}>
        Requests
      </Button>
      <RequestsPanel open={open} onClose={() => setOpen(false)} />
    </>
  );
}
