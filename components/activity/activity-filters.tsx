"use client";

import { Button, Field, Input, Select, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { activityOperations, type ActivityFilters, type ActivityKind, type ActivityOperation } from "@/lib/api/audit-query";

const useStyles = makeStyles({
  root: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalL, alignItems: "flex-end", marginBlock: tokens.spacingVerticalM },
});

const kindLabels: Record<ActivityKind, string> = { device: "Device management partners", compliance: "Compliance management partners" };

/** Kind, operation, person and days; each change goes to the URL at once (the person on Enter or leaving the box). */
export function ActivityFiltersBar({ filters, onChange }: { filters: ActivityFilters; onChange: (next: ActivityFilters) => void }) {
  const styles = useStyles();
  const [person, setPerson] = useState(filters.person ?? "");
  const [shown, setShown] = useState(filters.person ?? "");
  if ((filters.person ?? "") !== shown) {
    setShown(filters.person ?? "");
    setPerson(filters.person ?? "");
  }
  const applyPerson = () => {
    if (person.trim() !== (filters.person ?? "")) onChange({ ...filters, person: person.trim() || undefined });
  };
  const any = Object.values(filters).some(Boolean);
  return (
    <div className={styles.root} role="search" aria-label="Filter the activity">
      <Field label="Kind">
        <Select value={filters.kind ?? ""} onChange={(_, data) => onChange({ ...filters, kind: (data.value || undefined) as ActivityKind | undefined })}>
          <option value="">Both kinds</option>
          {Object.entries(kindLabels).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Operation">
        <Select value={filters.operation ?? ""} onChange={(_, data) => onChange({ ...filters, operation: (data.value || undefined) as ActivityOperation | undefined })}>
          <option value="">All operations</option>
          {Object.entries(activityOperations).map(([value, { label }]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Person (user principal name)">
        <Input
          type="search"
          value={person}
          placeholder="name@contoso.com"
          onChange={(_, data) => setPerson(data.value)}
          onBlur={applyPerson}
          onKeyDown={(e) => {
            if (e.key === "Enter") applyPerson();
          }}
        />
      </Field>
      <Field label="From">
        <Input type="date" value={filters.from ?? ""} max={filters.to} onChange={(_, data) => onChange({ ...filters, from: data.value || undefined })} />
      </Field>
      <Field label="To">
        <Input type="date" value={filters.to ?? ""} min={filters.from} onChange={(_, data) => onChange({ ...filters, to: data.value || undefined })} />
      </Field>
      {any ? <Button onClick={() => onChange({})}>Clear filters</Button> : null}
    </div>
  );
}
