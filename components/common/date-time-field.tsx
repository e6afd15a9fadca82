"use client";

import { Button, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { fromLocalInputValue, localTimeZoneName, offsetOf, toLocalInputValue } from "@/components/common/date-time";
import { useIsClient } from "./use-is-client";

const useStyles = makeStyles({ row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center" } });

export interface DateTimeFieldProps {
  label: string;
  /** A DateTimeOffset string, kept verbatim (precision and offset) until the user changes the date or time; "" is none. */
  value: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
  required?: boolean;
  /** Shows a "Clear" button for nullable properties. */
  clearable?: boolean;
  validationMessage?: string;
}

/** A date and time to the second in the browser's time zone, which the hint names. */
export function DateTimeField({ label, value, onChange, onBlur, required, clearable, validationMessage }: DateTimeFieldProps) {
  const styles = useStyles();
  const isClient = useIsClient();
  const [text, setText] = useState(() => toLocalInputValue(value));
  const [shownValue, setShownValue] = useState(value);
  // The form was reset or loaded: show the new value (unless it is the user's own half-typed text).
  if (value !== shownValue) {
    setShownValue(value);
    if (fromLocalInputValue(text) !== value && text !== value) setText(toLocalInputValue(value));
  }
  const zone = isClient ? `${localTimeZoneName()}, UTC${offsetOf(value ? new Date(value) : new Date())}` : "your time zone";

  function change(next: string) {
    setText(next);
    let emitted: string;
    if (next === "") emitted = "";
    else if (next === toLocalInputValue(value) && value) emitted = value;
    else emitted = fromLocalInputValue(next) ?? next;
    setShownValue(emitted);
    onChange(emitted);
  }

  return (
    <Field label={label} required={required} hint={`Local time (${zone})`} validationMessage={validationMessage}>
      <div className={styles.row}>
        <Input type="datetime-local" step={1} value={text} onChange={(_, data) => change(data.value)} onBlur={onBlur} />
        {clearable && text ? (
          <Button appearance="subtle" onClick={() => change("")} aria-label={`Clear ${label}`}>
            Clear
          </Button>
        ) : null}
      </div>
    </Field>
  );
}
