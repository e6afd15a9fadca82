"use client";

import { makeStyles, Spinner, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  root: { display: "flex", justifyContent: "center", padding: tokens.spacingVerticalXXXL },
});

/** Shown while MSAL starts or an interaction runs, identically on the server and the client. */
export function AuthStatus({ label }: { label: string }) {
  const styles = useStyles();
  return (
    <div className={styles.root} role="status" aria-live="polite">
      <Spinner label={label} />
    </div>
  );
}
