"use client";

import { Button, Field, Input, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import { AddRegular, DeleteRegular } from "@fluentui/react-icons";
import { Controller, useFieldArray, type ArrayPath, type Control, type FieldValues } from "react-hook-form";
import type { ApiVersion } from "@/lib/graph/api-version";
import { assignmentTargetTypeOf, assignmentTargetTypes } from "@/lib/graph/assignment-target-types";
import { AssignmentFilterFields } from "./assignment-filter-fields";
import { emptyAssignmentRow, type AssignmentRow } from "./assignment-rows";
import { GroupPicker } from "./group-picker";

const useStyles = makeStyles({
  root: { border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium, padding: tokens.spacingHorizontalM },
  row: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalM,
    alignItems: "flex-start",
    "& > .fui-Field": { flex: "1 1 220px", minWidth: "200px" },
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalM,
    marginBlock: tokens.spacingVerticalS,
  },
  legend: { fontWeight: tokens.fontWeightSemibold, paddingInline: tokens.spacingHorizontalXS },
  remove: { alignSelf: "flex-end", marginLeft: "auto" },
});

export interface AssignmentEditorProps<T extends FieldValues> {
  control: Control<T>;
  /** Path of an AssignmentRow[] in the form, e.g. "groupsRequiringPartnerEnrollment" or "iosEnrollmentAssignments". */
  name: ArrayPath<T>;
  /** The group's heading, e.g. "Groups requiring partner enrollment". */
  label: string;
  /** Filters exist in beta only; in v1.0 they are hidden (and never sent). */
  version: ApiVersion;
  /** The filter platforms that fit these assignments (a compliance section's platform); undefined for any. */
  filterPlatforms?: readonly string[];
}

/** Edits one collection of partner assignments; validate with assignmentRowsSchema(version). */
export function AssignmentEditor<T extends FieldValues>({ control, name, label, version, filterPlatforms }: AssignmentEditorProps<T>) {
  const styles = useStyles();
  const ctrl = control as unknown as Control<FieldValues>;
  const { fields, append, remove } = useFieldArray({ control: ctrl, name: name as string });
  return (
    <fieldset className={styles.root}>
      <legend className={styles.legend}>{label}</legend>
      {!fields.length ? <Text as="p">No assignments.</Text> : null}
      {fields.map((field, index) => {
        const path = `${name}.${index}`;
        const rowLabel = `Assignment ${index + 1}`;
        return (
          <fieldset key={field.id} className={styles.row} aria-label={`${label}: ${rowLabel}`}>
            <legend className={styles.legend}>{rowLabel}</legend>
            <Controller
              control={ctrl}
              name={`${path}.targetType`}
              render={({ field: f, fieldState }) => (
                <Field label="Target type" required validationMessage={fieldState.error?.message}>
                  <Select value={f.value} onChange={(_, data) => f.onChange(data.value)} onBlur={f.onBlur}>
                    {assignmentTargetTypes.map((t) => (
                      <option key={t.odataType} value={t.odataType}>
                        {t.label}
                      </option>
                    ))}
                  </Select>
                </Field>
              )}
            />
            <Controller
              control={ctrl}
              name={`${path}.targetType`}
              render={({ field: typeField }) => {
                const idProperty = assignmentTargetTypeOf(String(typeField.value))?.idProperty;
                if (idProperty === "groupId")
                  return (
                    <Controller
                      control={ctrl}
                      name={`${path}.groupId`}
                      render={({ field: f, fieldState }) => (
                        <GroupPicker label="Group" version={version} value={String(f.value ?? "")} onChange={f.onChange} onBlur={f.onBlur} validationMessage={fieldState.error?.message} />
                      )}
                    />
                  );
                if (idProperty === "collectionId")
                  return (
                    <Controller
                      control={ctrl}
                      name={`${path}.collectionId`}
                      render={({ field: f, fieldState }) => (
                        <Field label="Collection ID" required hint="Site code and five hex digits, e.g. SMS00001" validationMessage={fieldState.error?.message}>
                          <Input value={String(f.value ?? "")} onChange={(_, data) => f.onChange(data.value)} onBlur={f.onBlur} />
                        </Field>
                      )}
                    />
                  );
                return <></>;
              }}
            />
            {version === "beta" ? <AssignmentFilterFields control={ctrl} path={path} version={version} platforms={filterPlatforms} /> : null}
            <Button className={styles.remove} icon={<DeleteRegular />} onClick={() => remove(index)} aria-label={`Remove assignment ${index + 1}`}>
              Remove
            </Button>
          </fieldset>
        );
      })}
      <Button icon={<AddRegular />} onClick={() => append(emptyAssignmentRow() as AssignmentRow & FieldValues)}>
        Add assignment
      </Button>
    </fieldset>
  );
}
