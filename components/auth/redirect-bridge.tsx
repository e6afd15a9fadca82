"use client";

import { Body1, Link } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { AuthStatus } from "./auth-status";

/** msal-browser v5's redirect bridge: hands Microsoft's answer to the page (or pop-up opener) that asked for it. */
export function RedirectBridge() {
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    import("@azure/msal-browser/redirect-bridge")
      .then(({ broadcastResponseToMainFrame }) => broadcastResponseToMainFrame())
      .catch(() => setFailed(true));
  }, []);
  if (!failed) return <AuthStatus label="Completing sign-in…" />;
  return (
    <Body1 as="p">
      This page finishes a Microsoft sign-in and has nothing to do on its own. <Link href="/">Go to the console</Link>.
    </Body1>
  );
}
