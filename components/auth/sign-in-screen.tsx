"use client";

import { Body1, Button, Card, CardHeader, MessageBar, MessageBarBody, MessageBarTitle, Subtitle1, Title2, makeStyles, tokens } from "@fluentui/react-components";
import { PersonRegular } from "@fluentui/react-icons";
import { TextWithLinks } from "./text-with-links";

const useStyles = makeStyles({
  root: { display: "flex", justifyContent: "center", padding: `${tokens.spacingVerticalXXXL} ${tokens.spacingHorizontalL}` },
  card: { maxWidth: "520px", width: "100%", padding: tokens.spacingHorizontalXL, rowGap: tokens.spacingVerticalL },
});

/** Live mode without a signed-in account: nothing reaches Graph until someone signs in. */
export function SignInScreen({ onSignIn, error, busy }: { onSignIn: () => void; error?: string; busy?: boolean }) {
  const styles = useStyles();
  return (
    <main className={styles.root}>
      <Card className={styles.card}>
        <CardHeader header={<Title2 as="h1">Intune Partner Console</Title2>} description={<Subtitle1>Sign in to manage your tenant&apos;s partners</Subtitle1>} />
        <Body1>
          This console works on your organisation&apos;s Microsoft Intune tenant through Microsoft Graph. Sign in with your work account; it needs an
          Intune role that manages partner connectors.
        </Body1>
        {error ? (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>Sign-in did not complete</MessageBarTitle>
              <TextWithLinks text={error} />
            </MessageBarBody>
          </MessageBar>
        ) : null}
        <Button appearance="primary" size="large" icon={<PersonRegular />} onClick={onSignIn} disabled={busy}>
          Sign in with Microsoft
        </Button>
      </Card>
    </main>
  );
}
