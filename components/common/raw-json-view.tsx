"use client";

import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  pre: {
    margin: 0,
    padding: tokens.spacingHorizontalM,
    overflowX: "auto",
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground1,
    borderRadius: tokens.borderRadiusMedium,
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
  },
});

/** The entity exactly as Graph sent it, collapsed by default. */
export function RawJsonView({ value, label = "Raw JSON" }: { value: unknown; label?: string }) {
  const styles = useStyles();
  return (
    <Accordion collapsible>
      <AccordionItem value="raw">
        <AccordionHeader>{label}</AccordionHeader>
        <AccordionPanel>
          <pre className={styles.pre} tabIndex={0} aria-label={label}>
            {JSON.stringify(value, null, 2)}
          </pre>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
