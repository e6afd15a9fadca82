"use client";

import { Body1, Link } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { takeSignOutReturn } from "@/lib/auth/sign-out-return";
import { AuthStatus } from "./auth-status";

/** Entra's answer to a sign-out carries only `state`; a sign-in's carries a code or an error. */
function isSignOutAnswer(url: URL): boolean {
  const answer = new URLSearchParams(url.hash.slice(1) || url.search.slice(1));
  return !answer.has("code") && !answer.has("error");
}

/** msal-browser v5's redirect bridge: hands Microsoft's answer to the page (or pop-up opener) that asked for it. */
export function RedirectBridge() {
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    // MSAL would send a finished sign-out to the site's root; the console returns to the page that signed out.
    const signedOutFrom = takeSignOutReturn(window.sessionStorage, Date.now());
    if (signedOutFrom && isSignOutAnswer(new URL(window.location.href))) {
      window.location.replace(signedOutFrom);
      return;
    }
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
