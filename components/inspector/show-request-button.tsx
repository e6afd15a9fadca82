"use client";

import { Button } from "@fluentui/react-components";
import { useState } from "react";
import { loadOnFirstOpen } from "@/components/common/load-on-first-open";
import type { GraphRequestSpec } from "@/lib/graph/graph-operation";

const RequestSnippetsDialog = loadOnFirstOpen(() => import("./request-snippets-dialog").then((m) => m.RequestSnippetsDialog));

/** "Show request": the requests an action would send, worked out from the form as it is now; the snippets load on first use. */
export function ShowRequestButton({ requests, disabled }: { requests: () => readonly GraphRequestSpec[]; disabled?: boolean }) {
  const [shown, setShown] = useState<readonly GraphRequestSpec[]>();
  return (
    <>
      <Button disabled={disabled} onClick={() => setShown(requests())}>
        Show request
      </Button>
      <RequestSnippetsDialog open={shown !== undefined} specs={shown ?? []} onClose={() => setShown(undefined)} />
    </>
  );
}
