"use client";

import { Combobox, Field, Option } from "@fluentui/react-components";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import type { ApiVersion } from "@/lib/graph/api-version";
import { groupOptions, groupSearchOptions } from "@/lib/api/groups";

export interface GroupPickerProps {
  label: string;
  version: ApiVersion;
  /** The chosen group's id, "" for none. */
  value: string;
  onChange: (groupId: string) => void;
  onBlur?: () => void;
  validationMessage?: string;
}

/** Searches Entra groups by the words of their names ($search on /groups) as the user types. */
export function GroupPicker({ label, version, value, onChange, onBlur, validationMessage }: GroupPickerProps) {
  const [text, setText] = useState<string | undefined>();
  const [open, setOpen] = useState(false);
  const selected = useQuery({ ...groupOptions(version, value), enabled: Boolean(value) });
  const search = useQuery({ ...groupSearchOptions(version, text ?? ""), enabled: open || text !== undefined });
  const selectedName = value ? (selected.data?.displayName ?? (selected.isError ? value : "")) : "";
  return (
    <Field label={label} required validationMessage={validationMessage ?? (search.error ? `Groups could not be searched: ${search.error.message}` : undefined)}>
      <Combobox
        placeholder="Type to search groups"
        value={text ?? selectedName}
        selectedOptions={value ? [value] : []}
        onChange={(event) => setText(event.target.value)}
        onOpenChange={(_, data) => {
          setOpen(data.open);
          if (!data.open) setText(undefined);
        }}
        onOptionSelect={(_, data) => {
          if (data.optionValue) onChange(data.optionValue);
          setText(undefined);
        }}
        onBlur={onBlur}
      >
        {search.isFetching && !search.data ? (
          <Option value="" disabled text="Searching">
            Searching…
          </Option>
        ) : null}
        {search.data && !search.data.length ? (
          <Option value="" disabled text="No groups">
            No groups match
          </Option>
        ) : null}
        {search.data?.map((group) => (
          <Option key={group.id} value={group.id} text={group.displayName ?? group.id}>
            {group.displayName ?? group.id}
          </Option>
        ))}
      </Combobox>
    </Field>
  );
}
