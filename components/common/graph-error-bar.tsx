"use client";

import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import { CopyRegular } from "@fluentui/react-icons";
import { useState } from "react";
import { explainGraphError } from "@/lib/auth/explain-graph-error";
import { GraphError } from "@/lib/graph/graph-error";

const useStyles = makeStyles({
  details: { display: "block", marginTop: tokens.spacingVerticalXS, fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
  bar: { marginBlock: tokens.spacingVerticalS },
});

export interface GraphErrorBarProps {
  /** Any error; a GraphError shows its code and request-id. */
  error: unknown;
  /** What failed, e.g. "The partner could not be saved". */
  title?: string;
  /** The HTTP method that failed, for a better explanation of 403s. */
  method?: string;
  onRetry?: () => void;
}

/** Shows Graph's message, code and request-id (copyable). Nothing is swallowed. */
export function GraphErrorBar({ error, title = "Microsoft Graph answered with an error", method, onRetry }: GraphErrorBarProps) {
  const styles = useStyles();
  const [copied, setCopied] = useState<"details" | "id">();
  const graphError = error instanceof GraphError ? error : undefined;
  const message = error instanceof Error ? error.message : String(error);
  const hint = graphError ? explainGraphError(graphError, { method }) : undefined;
  const copyText = graphError
    ? [`code: ${graphError.code}`, `status: ${graphError.status}`, `message: ${graphError.message}`, `request-id: ${graphError.requestId ?? ""}`, `client-request-id: ${graphError.clientRequestId ?? ""}`, `date: ${graphError.date ?? ""}`].join("\n")
    : message;

  async function copy(what: "details" | "id", text: string) {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(what);
    } catch {
      setCopied(undefined);
    }
  }

  return (
    <MessageBar intent="error" layout="multiline" className={styles.bar}>
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {message}
        {hint ? <span className={styles.details}>{hint}</span> : null}
        {graphError ? (
          <span className={styles.details}>
            Code: {graphError.code} · Status: {graphError.status}
            {graphError.requestId ? ` · Request ID: ${graphError.requestId}` : ""}
            {graphError.date ? ` · Date: ${graphError.date}` : ""}
          </span>
        ) : null}
      </MessageBarBody>
      <MessageBarActions>
        {graphError?.requestId ? (
          <Button icon={<CopyRegular />} onClick={() => copy("id", graphError.requestId!)}>
            {copied === "id" ? "Request ID copied" : "Copy request ID"}
          </Button>
        ) : null}
        <Button icon={<CopyRegular />} onClick={() => copy("details", copyText)}>
          {copied === "details" ? "Copied" : "Copy error details"}
        </Button>
        {onRetry ? <Button onClick={onRetry}>Retry</Button> : null}
      </MessageBarActions>
    </MessageBar>
  );
}
