"use client";

import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { useState, useSyncExternalStore } from "react";
import { sessionExpiredSignal } from "@/lib/auth/session-expired-signal";
import { SignInAgainButton } from "./sign-in-again-button";

/** Above the page, never instead of it: the person signs in again in a pop-up and their edits stay. */
export function SessionExpiredBar() {
  const expired = useSyncExternalStore(sessionExpiredSignal.subscribe, sessionExpiredSignal.get, () => false);
  const [renewed, setRenewed] = useState(false);
  if (!expired && !renewed) return null;
  return (
    <div role="region" aria-label="Session expired">
      {expired ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Your session has expired</MessageBarTitle>
            Sign in again to keep working. Nothing on this page is lost: after signing in, try the last action again.
          </MessageBarBody>
          <MessageBarActions>
            <SignInAgainButton
              onSignedIn={() => {
                setRenewed(true);
                sessionExpiredSignal.set(false);
              }}
            />
          </MessageBarActions>
        </MessageBar>
      ) : (
        <MessageBar intent="success">
          <MessageBarBody>Signed in again. Your edits are still here: try the last action again.</MessageBarBody>
          <MessageBarActions>
            <Button onClick={() => setRenewed(false)}>Dismiss</Button>
          </MessageBarActions>
        </MessageBar>
      )}
    </div>
  );
}
