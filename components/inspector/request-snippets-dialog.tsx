"use client";

import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { GraphRequestSpec } from "@/lib/graph/graph-operation";
import { graphUrlOf } from "@/lib/graph/snippets/snippet-url";
import { SnippetView } from "./snippet-view";

const useStyles = makeStyles({
  surface: { maxWidth: "min(900px, 95vw)", width: "900px" },
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontFamily: tokens.fontFamilyMonospace, overflowWrap: "anywhere" },
});

export interface RequestSnippetsDialogProps {
  open: boolean;
  /** The requests the action would send; empty when it would send nothing. */
  specs: readonly GraphRequestSpec[];
  onClose: () => void;
}

/** What an action would send to Microsoft Graph, before it runs, in every language. Nothing is sent from here. */
export function RequestSnippetsDialog({ open, specs, onClose }: RequestSnippetsDialogProps) {
  const styles = useStyles();
  return (
    <Dialog open={open} onOpenChange={(_, data) => !data.open && onClose()}>
      <DialogSurface className={styles.surface}>
        <DialogBody>
          <DialogTitle>{specs.length > 1 ? `The ${specs.length} requests this would send` : "The request this would send"}</DialogTitle>
          <DialogContent className={styles.list}>
            {specs.length === 0 ? <Text>Nothing has changed, so nothing would be sent.</Text> : null}
            {specs.map((spec, index) => {
              const label = specs.length > 1 ? `Request ${index + 1}` : "Request";
              return (
                <section key={index} aria-label={label}>
                  <h3 className={styles.heading}>
                    {spec.method} {graphUrlOf(spec)}
                  </h3>
                  <SnippetView spec={spec} label={label} />
                </section>
              );
            })}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onClose}>
              Close
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
