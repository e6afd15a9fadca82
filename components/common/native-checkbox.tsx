"use client";

import { makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useRef } from "react";

// The browser's own checkbox in Fluent's colours: a grid row needs no more, and the list page carries no Checkbox code.
const useStyles = makeStyles({
  box: {
    width: "16px",
    height: "16px",
    margin: 0,
    cursor: "pointer",
    accentColor: tokens.colorCompoundBrandBackground,
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: "2px" },
  },
});

export function NativeCheckbox({ checked, onChange, "aria-label": label }: { checked: boolean | "mixed"; onChange: () => void; "aria-label": string }) {
  const styles = useStyles();
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = checked === "mixed";
  }, [checked]);
  return <input ref={ref} type="checkbox" className={styles.box} aria-label={label} checked={checked === true} onChange={onChange} />;
}
