"use client";

import { Button, Label, Radio, RadioGroup, Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useId, useState } from "react";
import { readConfigurationFile } from "@/lib/api/configuration";
import type { ConfigurationDocument } from "@/lib/config/configuration-document";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, alignItems: "flex-start" },
  field: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  error: { color: tokens.colorPaletteRedForeground1 },
});

type Against = "tenant" | "document";

export interface CompareFormProps {
  busy: boolean;
  onCompareWithTenant: (desired: ConfigurationDocument) => void;
  onCompareDocuments: (desired: ConfigurationDocument, current: ConfigurationDocument) => void;
}

/** A file input with its visible label and, beside it, what is wrong with the file chosen. */
function DocumentInput({ label, hint, error, onChange }: { label: string; hint: string; error?: string; onChange: (file: File | undefined) => void }) {
  const styles = useStyles();
  const id = useId();
  return (
    <div className={styles.field}>
      <Label htmlFor={id} weight="semibold">
        {label}
      </Label>
      <Text id={`${id}-hint`} size={200}>
        {hint}
      </Text>
      <input
        id={id}
        type="file"
        accept="application/json,.json"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
        onChange={(event) => onChange(event.target.files?.[0])}
      />
      {error ? (
        <Text id={`${id}-error`} className={styles.error} role="alert">
          {error}
        </Text>
      ) : null}
    </div>
  );
}

async function read(file: File | undefined): Promise<{ document?: ConfigurationDocument; error?: string }> {
  if (!file) return { error: "Choose a document exported by the console or by npm run config." };
  try {
    return { document: await readConfigurationFile(file) };
  } catch (caught) {
    return { error: (caught as Error).message };
  }
}

/** Compare: a document with the current tenant, or with a second document. */
export function CompareForm({ busy, onCompareWithTenant, onCompareDocuments }: CompareFormProps) {
  const styles = useStyles();
  const [against, setAgainst] = useState<Against>("tenant");
  const [desiredFile, setDesiredFile] = useState<File>();
  const [currentFile, setCurrentFile] = useState<File>();
  const [errors, setErrors] = useState<{ desired?: string; current?: string }>({});

  async function compare(event: React.FormEvent) {
    event.preventDefault();
    const desired = await read(desiredFile);
    const current = against === "document" ? await read(currentFile) : {};
    setErrors({ desired: desired.error, current: current.error });
    if (!desired.document || (against === "document" && !current.document)) return;
    if (against === "tenant") onCompareWithTenant(desired.document);
    else onCompareDocuments(desired.document, current.document!);
  }

  return (
    <form className={styles.form} onSubmit={compare} noValidate>
      <div className={styles.field}>
        <Label id="compare-against-label" weight="semibold">
          Compare the document with
        </Label>
        <RadioGroup aria-labelledby="compare-against-label" value={against} onChange={(_, data) => setAgainst(data.value as Against)} layout="horizontal">
          <Radio value="tenant" label="The current tenant" />
          <Radio value="document" label="A second document" />
        </RadioGroup>
      </div>
      <DocumentInput
        label="Document"
        hint="The configuration you want: its partners are compared by display name."
        error={errors.desired}
        onChange={(file) => {
          setDesiredFile(file);
          setErrors((e) => ({ ...e, desired: undefined }));
        }}
      />
      {against === "document" ? (
        <DocumentInput
          label="Second document"
          hint="Read as the tenant it was exported from: what would change if the first document were applied to it."
          error={errors.current}
          onChange={(file) => {
            setCurrentFile(file);
            setErrors((e) => ({ ...e, current: undefined }));
          }}
        />
      ) : null}
      <Button type="submit" appearance="primary" disabled={busy} icon={busy ? <Spinner size="tiny" /> : undefined}>
        Compare
      </Button>
    </form>
  );
}
