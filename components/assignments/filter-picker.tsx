"use client";

import { Field, Select } from "@fluentui/react-components";
import { useQuery } from "@tanstack/react-query";
import type { ApiVersion } from "@/lib/graph/api-version";
import { assignmentFilterChoices } from "@/lib/graph/assignment-filter";
import { assignmentFiltersOptions } from "@/lib/api/assignment-filters";

export interface FilterPickerProps {
  version: ApiVersion;
  /** The filter platforms that fit this assignment; undefined for any device platform. */
  platforms?: readonly string[];
  /** The chosen filter's id, "" for none. */
  value: string;
  onChange: (filterId: string) => void;
  onBlur?: () => void;
  validationMessage?: string;
}

/** Picks an assignment filter by name among the tenant's filters of the right platform (beta). */
export function FilterPicker({ version, platforms, value, onChange, onBlur, validationMessage }: FilterPickerProps) {
  const filters = useQuery(assignmentFiltersOptions(version));
  const choices = filters.data ? assignmentFilterChoices(filters.data, platforms, value) : value ? [{ id: value, label: value }] : [];
  const selected = choices.find((c) => c.id.toLowerCase() === value.trim().toLowerCase())?.id ?? "";
  const none = platforms?.length === 0;
  return (
    <Field
      label="Assignment filter"
      hint={filters.isPending ? "Loading filters…" : none ? "Intune has no assignment filters for this platform." : "Optional (beta)"}
      validationMessage={validationMessage ?? (filters.error ? `Filters could not be loaded: ${filters.error.message}` : undefined)}
    >
      <Select value={selected} onChange={(_, data) => onChange(data.value)} onBlur={onBlur}>
        <option value="">No filter</option>
        {choices.map((c) => (
          <option key={c.id} value={c.id}>
            {c.label}
          </option>
        ))}
      </Select>
    </Field>
  );
}
