"use client";

import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { useState } from "react";
import { auditPermission, auditScopes } from "@/lib/auth/graph-scopes";
import { consentGrantingRolesText } from "@/lib/auth/consent-roles";
import { tokenErrorCodes } from "@/lib/auth/token-error-codes";
import { GraphError } from "@/lib/graph/graph-error";
import { useLiveSession } from "@/components/auth/live-session-context";

/** Graph refused the audit log (403), or Entra needs consent before it gives a token for it. */
export function isAuditPermissionMissing(error: unknown): boolean {
  return error instanceof GraphError && (error.status === 403 || error.code === tokenErrorCodes.consentRequired);
}

/** Which permission the view needs and who can grant it; in live mode, a way to ask for it without leaving the page. */
export function AuditPermissionNeeded({ view, onGranted }: { view: "History" | "Activity"; onGranted: () => void }) {
  const session = useLiveSession();
  const [outcome, setOutcome] = useState<string>();
  async function ask() {
    setOutcome(undefined);
    try {
      const result = await session!.requestScopes(auditScopes);
      if (result === "signed-in") onGranted();
      else setOutcome(result === "popup-blocked" ? "The browser blocked the Microsoft sign-in pop-up: allow pop-ups for this site and try again." : "The Microsoft sign-in pop-up was closed before it finished.");
    } catch (error) {
      setOutcome(`Microsoft Entra ID did not grant it: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{`${view} needs the Microsoft Graph permission ${auditPermission}`}</MessageBarTitle>
        {`${view} reads Intune's audit log, which needs the delegated permission ${auditPermission}; the console asks for it only when you open History or Activity. A ${consentGrantingRolesText} can grant admin consent for it in Microsoft Entra admin center → App registrations → this console → API permissions. Your Intune role also needs Audit data: Read (for example Intune Administrator or Read Only Operator). Everything else in the console works without it.`}
        {outcome ? <div role="alert">{outcome}</div> : null}
      </MessageBarBody>
      {session ? (
        <MessageBarActions>
          <Button onClick={() => void ask()}>Request the permission</Button>
        </MessageBarActions>
      ) : null}
    </MessageBar>
  );
}
