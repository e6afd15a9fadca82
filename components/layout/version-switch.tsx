"use client";

import { Field, Select, makeStyles } from "@fluentui/react-components";
import { apiVersions, isApiVersion } from "@/lib/graph/api-version";
import { usePreferences } from "./preferences-context";

const useStyles = makeStyles({ field: { display: "flex", alignItems: "center", gap: "8px" }, label: { whiteSpace: "nowrap" } });

export function VersionSwitch() {
  const styles = useStyles();
  const { apiVersion, setApiVersion } = usePreferences();
  return (
    <Field label={{ children: "API version", className: styles.label }} className={styles.field}>
      <Select value={apiVersion} onChange={(_, data) => isApiVersion(data.value) && setApiVersion(data.value)}>
        {apiVersions.map((v) => (
          <option key={v} value={v}>
            {v}
          </option>
        ))}
      </Select>
    </Field>
  );
}
