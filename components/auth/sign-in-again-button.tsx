"use client";

import { Button, Spinner, Text } from "@fluentui/react-components";
import { useState } from "react";
import { explainSignInError } from "@/lib/auth/explain-sign-in-error";
import { usePublicConfig } from "@/components/layout/public-config-context";
import { useLiveSession } from "./live-session-context";

/**
 * For a 401 in live mode: signs in again in a pop-up, so the page and its unsaved edits stay.
 * Renders nothing in demo mode.
 */
export function SignInAgainButton({ onSignedIn }: { onSignedIn?: () => void }) {
  const session = useLiveSession();
  const { clientId, tenantId } = usePublicConfig();
  const [state, setState] = useState<{ busy?: boolean; note?: string; blocked?: boolean }>({});
  if (!session) return null;

  async function signInAgain() {
    if (!session) return;
    setState({ busy: true });
    try {
      const outcome = await session.signInAgain();
      if (outcome === "signed-in") {
        setState({ note: "Signed in again. Your edits are still here: try again." });
        onSignedIn?.();
      } else if (outcome === "popup-blocked") {
        setState({ blocked: true, note: "Your browser blocked the sign-in window. Allow pop-ups for this site, or sign in on a new page (unsaved edits on this page are lost)." });
      } else {
        setState({ note: "Sign-in was cancelled." });
      }
    } catch (error) {
      const app = clientId && tenantId ? { clientId, tenantId, origin: window.location.origin } : undefined;
      setState({ note: explainSignInError(error, app) });
    }
  }

  return (
    <>
      <Button appearance="primary" onClick={signInAgain} disabled={state.busy} icon={state.busy ? <Spinner size="tiny" /> : undefined}>
        Sign in again
      </Button>
      {state.blocked ? <Button onClick={() => void session.signInAgainOnNewPage()}>Sign in on a new page</Button> : null}
      {state.note ? <Text role="status">{state.note}</Text> : null}
    </>
  );
}
