"use client";

import { Button } from "@fluentui/react-components";
import { FrontDoorPage } from "@/components/common/front-door-page";

/** A page that failed while rendering, shown inside the shell; the digest matches the server's log line. */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <FrontDoorPage
      title="Something went wrong"
      actions={
        <div>
          <Button appearance="primary" onClick={reset}>
            Try again
          </Button>
        </div>
      }
    >
      This page could not be shown: {error.message || "an unexpected error"}.{error.digest ? ` Reference: ${error.digest}.` : ""}
    </FrontDoorPage>
  );
}
