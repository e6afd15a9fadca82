"use client";

import { Button, Dropdown, Field, Input, Option, makeStyles, tokens } from "@fluentui/react-components";
import { SearchRegular } from "@fluentui/react-icons";
import { useEffect, useState } from "react";
import type { ListView, ListViewChange, ListViewConfig } from "@/lib/api/list-view";

const useStyles = makeStyles({
  root: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalL, alignItems: "flex-end", marginBlock: tokens.spacingVerticalM },
  dropdown: { minWidth: "200px" },
});

export interface ListToolbarProps {
  config: ListViewConfig;
  view: ListView;
  /** Called with a change to apply to the latest view (which may be newer than `view`). */
  onChange: (change: ListViewChange) => void;
  searchLabel?: string;
}

/** Search and the config's filters; the view it edits lives in the URL. */
export function ListToolbar({ config, view, onChange, searchLabel = "Search by name" }: ListToolbarProps) {
  const styles = useStyles();
  const [text, setText] = useState(view.search);
  const [shown, setShown] = useState(view.search);
  if (view.search !== shown) {
    setShown(view.search);
    setText(view.search);
  }
  useEffect(() => {
    if (text === view.search) return;
    const timer = setTimeout(() => onChange((current) => ({ ...current, search: text })), 350);
    return () => clearTimeout(timer);
  }, [text, view, onChange]);

  const anyFilter = view.search || Object.values(view.filters).some((v) => v.length);
  return (
    <div className={styles.root} role="search" aria-label="Filter the list">
      <Field label={searchLabel}>
        <Input
          type="search"
          contentBefore={<SearchRegular />}
          value={text}
          onChange={(_, data) => setText(data.value)}
          onKeyDown={(e) => {
            if (e.key === "Enter") onChange((current) => ({ ...current, search: text }));
          }}
        />
      </Field>
      {config.facets.map((facet) => {
        const selected = view.filters[facet.key] ?? [];
        const labels = facet.options.filter((o) => selected.includes(o.value)).map((o) => o.label);
        return (
          <Field key={facet.key} label={facet.label}>
            <Dropdown
              className={styles.dropdown}
              multiselect
              placeholder="Any"
              value={labels.join(", ")}
              selectedOptions={selected}
              onOptionSelect={(_, data) => onChange((current) => ({ ...current, filters: { ...current.filters, [facet.key]: data.selectedOptions } }))}
            >
              {facet.options.map((option) => (
                <Option key={option.value} value={option.value}>
                  {option.label}
                </Option>
              ))}
            </Dropdown>
          </Field>
        );
      })}
      {anyFilter ? (
        <Button
          onClick={() => {
            setText("");
            onChange((current) => ({ ...current, search: "", filters: {} }));
          }}
        >
          Clear filters
        </Button>
      ) : null}
    </div>
  );
}
