"use client";

import { Field, Select } from "@fluentui/react-components";
import { useController, type Control, type FieldValues } from "react-hook-form";
import type { ApiVersion } from "@/lib/graph/api-version";
import { deviceAndAppManagementAssignmentFilterType } from "@/lib/graph/enums";
import { FilterPicker } from "./filter-picker";

export interface AssignmentFilterFieldsProps {
  control: Control<FieldValues>;
  /** The row's path in the form, e.g. "iosEnrollmentAssignments.0". */
  path: string;
  version: ApiVersion;
  platforms?: readonly string[];
}

/** A row's filter (by name) and its Include/Exclude; the type follows the filter so a pick needs no second step. */
export function AssignmentFilterFields({ control, path, version, platforms }: AssignmentFilterFieldsProps) {
  const filterId = useController({ control, name: `${path}.filterId` });
  const filterType = useController({ control, name: `${path}.filterType` });
  const id = String(filterId.field.value ?? "");
  return (
    <>
      <FilterPicker
        version={version}
        platforms={platforms}
        value={id}
        onChange={(next) => {
          filterId.field.onChange(next);
          if (!next) filterType.field.onChange("none");
          else if (filterType.field.value === "none") filterType.field.onChange("include");
        }}
        onBlur={filterId.field.onBlur}
        validationMessage={filterId.fieldState.error?.message}
      />
      {id ? (
        <Field label="Assignment filter type" validationMessage={filterType.fieldState.error?.message}>
          <Select value={String(filterType.field.value ?? "none")} onChange={(_, data) => filterType.field.onChange(data.value)} onBlur={filterType.field.onBlur}>
            {deviceAndAppManagementAssignmentFilterType.members.map((m) => (
              <option key={m} value={m}>
                {deviceAndAppManagementAssignmentFilterType.labels[m]}
              </option>
            ))}
          </Select>
        </Field>
      ) : null}
    </>
  );
}
