"use client";

import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  DrawerBody,
  DrawerHeader,
  DrawerHeaderTitle,
  OverlayDrawer,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import { useSyncExternalStore, type ReactNode } from "react";
import { describeGatewayWork } from "@/lib/api/describe-graph-call";
import { graphCalls, maxGraphCalls, subscribeGraphCalls, type GraphCall } from "@/lib/api/graph-call-log";
import { prettyBody, specOfGraphCall } from "@/lib/api/graph-call-spec";
import { graphUrlOf } from "@/lib/graph/snippets/snippet-url";
import { CopyButton } from "./copy-button";
import { SnippetView } from "./snippet-view";

const useStyles = makeStyles({
  header: { display: "flex", flexDirection: "column", alignItems: "flex-start", minWidth: 0 },
  url: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, overflowWrap: "anywhere" },
  facts: { display: "grid", gridTemplateColumns: "max-content 1fr", columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXS, margin: 0 },
  term: { fontWeight: tokens.fontWeightSemibold },
  value: { margin: 0, overflowWrap: "anywhere", display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  pre: {
    margin: 0,
    padding: tokens.spacingHorizontalM,
    maxHeight: "320px",
    overflow: "auto",
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground1,
    borderRadius: tokens.borderRadiusMedium,
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
  },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, paddingBlockEnd: tokens.spacingVerticalL },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300 },
});

const noCalls: readonly GraphCall[] = [];

function Fact({ term, children }: { term: string; children: ReactNode }) {
  const styles = useStyles();
  return (
    <>
      <dt className={styles.term}>{term}</dt>
      <dd className={styles.value}>{children}</dd>
    </>
  );
}

function CallDetails({ call, graphUrl }: { call: GraphCall; graphUrl: string }) {
  const styles = useStyles();
  const spec = specOfGraphCall(call);
  const request = prettyBody(call.requestBody);
  const response = prettyBody(call.responseBody);
  return (
    <div className={styles.section}>
      <dl className={styles.facts}>
        <Fact term="Graph URL">
          <span className={styles.url}>{graphUrl}</span>
        </Fact>
        <Fact term="Status">{call.status}</Fact>
        <Fact term="Duration">{call.durationMs} ms</Fact>
        <Fact term="Started">{new Date(call.startedAt).toLocaleTimeString()}</Fact>
        <Fact term="Request ID">
          {call.requestId ? (
            <>
              <span className={styles.url}>{call.requestId}</span>
              <CopyButton text={call.requestId} label="Copy request ID" />
            </>
          ) : (
            "none"
          )}
        </Fact>
        <Fact term="Client request ID">
          <span className={styles.url}>{call.clientRequestId ?? "none"}</span>
        </Fact>
        <Fact term="Gateway">{describeGatewayWork(call)}</Fact>
        {call.retryAfter ? <Fact term="Retry-After">{call.retryAfter} s</Fact> : null}
      </dl>
      <h3 className={styles.heading}>Request body</h3>
      {request ? (
        <pre className={styles.pre} tabIndex={0} aria-label="Request body">
          {request}
        </pre>
      ) : (
        <Text>No body.</Text>
      )}
      <h3 className={styles.heading}>Response body</h3>
      {response ? (
        <pre className={styles.pre} tabIndex={0} aria-label="Response body">
          {response}
        </pre>
      ) : (
        <Text>No body.</Text>
      )}
      {spec ? (
        <>
          <h3 className={styles.heading}>As a script</h3>
          <SnippetView spec={spec} label={`${call.method} request`} />
        </>
      ) : null}
    </div>
  );
}

/** This tab's Graph calls, newest first: what was sent, what came back, what the gateway did, and the call as a script. */
export function RequestsPanel({ open, onClose }: { open: boolean; onClose: () => void }) {
  const styles = useStyles();
  const calls = useSyncExternalStore(subscribeGraphCalls, graphCalls, () => noCalls);
  return (
    <OverlayDrawer open={open} position="end" size="large" onOpenChange={(_, data) => !data.open && onClose()} aria-labelledby="requests-panel-title">
      <DrawerHeader>
        <DrawerHeaderTitle
          id="requests-panel-title"
          action={<Button appearance="subtle" aria-label="Close the requests panel" icon={<DismissRegular />} onClick={onClose} />}
        >
          Requests
        </DrawerHeaderTitle>
        <Text size={200}>This tab&apos;s Microsoft Graph calls, newest first, the last {maxGraphCalls} at most. Tokens and cookies are never recorded.</Text>
      </DrawerHeader>
      <DrawerBody>
        {calls.length === 0 ? (
          <Text>No Microsoft Graph calls yet in this tab.</Text>
        ) : (
          <Accordion collapsible multiple aria-label="Graph calls">
            {calls.map((call) => {
              const spec = specOfGraphCall(call);
              const graphUrl = spec ? graphUrlOf(spec) : call.url;
              return (
                <AccordionItem key={call.id} value={call.id}>
                  <AccordionHeader>
                    <span className={styles.header}>
                      <span>
                        {call.method} {call.status} · {call.durationMs} ms
                      </span>
                      <span className={styles.url}>{graphUrl}</span>
                    </span>
                  </AccordionHeader>
                  <AccordionPanel>
                    <CallDetails call={call} graphUrl={graphUrl} />
                  </AccordionPanel>
                </AccordionItem>
              );
            })}
          </Accordion>
        )}
      </DrawerBody>
    </OverlayDrawer>
  );
}
