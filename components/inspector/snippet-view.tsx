"use client";

import { Link, Menu, MenuButton, MenuItem, MenuList, MenuPopover, MenuTrigger, Tab, TabList, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useId, useMemo, useState } from "react";
import { operationOf, type GraphRequestSpec } from "@/lib/graph/graph-operation";
import { graphExplorerLink } from "@/lib/graph/snippets/graph-explorer-link";
import { snippetsFor, type SnippetLanguage } from "@/lib/graph/snippets/snippets";
import { CopyButton } from "./copy-button";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  bar: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  pre: {
    margin: 0,
    padding: tokens.spacingHorizontalM,
    overflowX: "auto",
    whiteSpace: "pre",
    userSelect: "text",
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground1,
    borderRadius: tokens.borderRadiusMedium,
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
  },
});

/** One request in every language: tabs to read each as selectable text, "Copy as" to copy one, Graph Explorer for reads. */
export function SnippetView({ spec, label }: { spec: GraphRequestSpec; label: string }) {
  const styles = useStyles();
  const snippets = useMemo(() => snippetsFor(spec), [spec]);
  const [language, setLanguage] = useState<SnippetLanguage>("http");
  const [copied, setCopied] = useState<string>();
  const shown = snippets.find((s) => s.language === language) ?? snippets[0]!;
  const permission = operationOf(spec)?.permission;
  const explorer = graphExplorerLink(spec);
  const panelId = useId();

  async function copyAs(lang: SnippetLanguage) {
    const snippet = snippets.find((s) => s.language === lang)!;
    setLanguage(lang);
    try {
      await navigator.clipboard.writeText(snippet.text);
      setCopied(`${snippet.label} copied`);
    } catch {
      setCopied(`${snippet.label} is shown below: select it to copy`);
    }
  }

  return (
    <div className={styles.root}>
      <div className={styles.bar}>
        {permission ? <Text size={200}>Needs {permission}</Text> : null}
        <Menu>
          <MenuTrigger disableButtonEnhancement>
            <MenuButton size="small" aria-label={`Copy ${label} as`}>
              Copy as
            </MenuButton>
          </MenuTrigger>
          <MenuPopover>
            <MenuList>
              {snippets.map((s) => (
                <MenuItem key={s.language} onClick={() => void copyAs(s.language)}>
                  {s.label}
                </MenuItem>
              ))}
            </MenuList>
          </MenuPopover>
        </Menu>
        {explorer ? (
          <Link href={explorer} target="_blank" rel="noreferrer">
            Open in Graph Explorer
          </Link>
        ) : null}
        <span role="status">{copied}</span>
      </div>
      <TabList size="small" selectedValue={language} onTabSelect={(_, data) => setLanguage(data.value as SnippetLanguage)} aria-label={`${label}: language`}>
        {snippets.map((s) => (
          <Tab key={s.language} value={s.language} aria-controls={panelId}>
            {s.label}
          </Tab>
        ))}
      </TabList>
      <pre id={panelId} role="tabpanel" className={styles.pre} tabIndex={0} aria-label={`${label} as ${shown.label}`}>
        {shown.text}
      </pre>
      <div className={styles.bar}>
        <CopyButton text={shown.text} label={`Copy ${shown.label}`} />
      </div>
    </div>
  );
}
