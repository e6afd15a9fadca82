"use client";

import { Button, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { SearchRegular } from "@fluentui/react-icons";
import { useEffect, useState } from "react";
import type { ListView, ListViewChange, ListViewConfig } from "@/lib/api/list-view";
import { MultiSelectFilter } from "./multi-select-filter";

const useStyles = makeStyles({
  root: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalL, alignItems: "flex-end", marginBlock: tokens.spacingVerticalM },
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
        return (
          <Field key={facet.key} label={facet.label}>
            <MultiSelectFilter
              options={facet.options}
              selected={selected}
              onToggle={(value) =>
                onChange((current) => {
                  const values = current.filters[facet.key] ?? [];
                  const next = values.includes(value) ? values.filter((v) => v !== value) : [...values, value];
                  return { ...current, filters: { ...current.filters, [facet.key]: next } };
                })
              }
            />
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
