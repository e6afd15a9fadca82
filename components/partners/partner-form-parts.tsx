"use client";

import { Button, Field, Input, MessageBar, MessageBarBody, Select, Spinner, Switch, makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { Controller, type Control, type FieldValues, type Path } from "react-hook-form";
import { labelOf, type GraphEnum } from "@/lib/graph/enums";
import { DateTimeField } from "@/components/common/date-time-field";
import { GraphErrorBar } from "@/components/common/graph-error-bar";
import { MayHaveBeenCreated } from "@/components/common/may-have-been-created";
import { ShowRequestButton } from "@/components/inspector/show-request-button";
import type { usePartnerFormSave } from "./use-partner-form-save";

// What the create and edit forms of both partner kinds share: the frame around the fields and the field controls.

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL, maxWidth: "900px" },
  grid: { display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(280px, 1fr))", gap: tokens.spacingHorizontalL },
  actions: { display: "flex", gap: tokens.spacingHorizontalS },
});

type PartnerFormSave = Pick<ReturnType<typeof usePartnerFormSave>, "onSubmit" | "requests" | "saveError" | "notice" | "uncertainCreate" | "explanation" | "api" | "version" | "guard" | "backHref" | "method">;

export interface PartnerFormFrameProps {
  /** The form's accessible name, e.g. "Edit device management partner". */
  label: string;
  isNew: boolean;
  submitting: boolean;
  save: PartnerFormSave;
  children: ReactNode;
}

/** The form element, a failed save's error and any notice above the fields, Save/Create and Cancel below, and the leave prompt. */
export function PartnerFormFrame({ label, isNew, submitting, save, children }: PartnerFormFrameProps) {
  const styles = useStyles();
  return (
    <form className={styles.form} noValidate aria-label={label} onSubmit={save.onSubmit}>
      {save.saveError ? <GraphErrorBar error={save.saveError} title="The partner could not be saved" method={save.method} /> : null}
      {save.uncertainCreate ? (
        <MayHaveBeenCreated api={save.api} version={save.version} displayName={save.uncertainCreate.displayName} detailHref={(id) => `${save.backHref}/${encodeURIComponent(id)}`} guard={save.guard} />
      ) : null}
      {save.explanation ? (
        <MessageBar intent="warning">
          <MessageBarBody>{save.explanation}</MessageBarBody>
        </MessageBar>
      ) : null}
      {save.notice ? (
        <MessageBar intent="info">
          <MessageBarBody>{save.notice}</MessageBarBody>
        </MessageBar>
      ) : null}
      {children}
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabled={submitting} icon={submitting ? <Spinner size="tiny" /> : undefined}>
          {isNew ? "Create" : "Save"}
        </Button>
        <Button onClick={() => save.guard.navigate(save.backHref)}>Cancel</Button>
        <ShowRequestButton requests={save.requests} />
      </div>
      {save.guard.dialog}
    </form>
  );
}

/** Fields side by side, wrapping on narrow screens. */
export function FieldGrid({ children }: { children: ReactNode }) {
  return <div className={useStyles().grid}>{children}</div>;
}

interface ControlledFieldProps<T extends FieldValues> {
  control: Control<T>;
  name: Path<T>;
  label: string;
}

export function TextField<T extends FieldValues>({ control, name, label, required, hint }: ControlledFieldProps<T> & { required?: boolean; hint?: string }) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <Field label={label} required={required} hint={hint} validationMessage={fieldState.error?.message}>
          <Input ref={field.ref} value={field.value as string} onChange={(_, d) => field.onChange(d.value)} onBlur={field.onBlur} />
        </Field>
      )}
    />
  );
}

/** A required choice of an enum's members, in Graph's order, in words. */
export function EnumSelectField<T extends FieldValues>({ control, name, label, graphEnum }: ControlledFieldProps<T> & { graphEnum: GraphEnum }) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <Field label={label} required validationMessage={fieldState.error?.message}>
          <Select ref={field.ref} value={field.value as string} onChange={(_, d) => field.onChange(d.value)} onBlur={field.onBlur}>
            {graphEnum.members.map((m) => (
              <option key={m} value={m}>
                {labelOf(graphEnum, m)}
              </option>
            ))}
          </Select>
        </Field>
      )}
    />
  );
}

export function SwitchField<T extends FieldValues>({ control, name, label }: ControlledFieldProps<T>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => <Switch ref={field.ref} label={label} checked={field.value as boolean} onChange={(_, d) => field.onChange(d.checked)} onBlur={field.onBlur} />}
    />
  );
}

/** A DateTimeOffset kept exactly as Graph sent it until the user changes it. */
export function DateTimeFormField<T extends FieldValues>({ control, name, label, required, clearable }: ControlledFieldProps<T> & { required?: boolean; clearable?: boolean }) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <DateTimeField
          label={label}
          required={required}
          clearable={clearable}
          value={field.value as string}
          onChange={field.onChange}
          onBlur={field.onBlur}
          validationMessage={fieldState.error?.message}
        />
      )}
    />
  );
}
