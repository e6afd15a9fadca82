"use client";

import { Avatar, Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { SignOutRegular } from "@fluentui/react-icons";
import { useState } from "react";
import { useLiveSession } from "@/components/auth/live-session-context";

const useStyles = makeStyles({
  root: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  who: { display: "flex", flexDirection: "column", lineHeight: tokens.lineHeightBase200 },
  upn: { color: tokens.colorNeutralForeground3 },
});

/** The signed-in account in the header; demo mode (no live session) has none. */
export function AccountSlot() {
  const styles = useStyles();
  const session = useLiveSession();
  const [signingOut, setSigningOut] = useState(false);
  if (!session) return null;
  const { name, username, tenantId, homeTenantId } = session.account;
  const guest = homeTenantId !== undefined && homeTenantId !== tenantId;
  return (
    <div className={styles.root} role="group" aria-label="Signed-in account">
      <Avatar name={name ?? username} size={28} aria-hidden />
      <span className={styles.who}>
        <Text weight="semibold" data-testid="account-name">
          {name ?? username}
        </Text>
        <Text size={200} className={styles.upn} data-testid="account-username">
          {username}
        </Text>
        <Text size={200} className={styles.upn} data-testid="account-tenant">
          Tenant {tenantId}
          {guest ? " (as a guest)" : ""}
        </Text>
      </span>
      <Button
        icon={<SignOutRegular />}
        disabled={signingOut}
        onClick={() => {
          setSigningOut(true);
          session.signOut().catch(() => setSigningOut(false));
        }}
      >
        Sign out
      </Button>
    </div>
  );
}
