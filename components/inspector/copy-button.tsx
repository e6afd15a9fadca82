"use client";

import { Button } from "@fluentui/react-components";
import { CopyRegular } from "@fluentui/react-icons";
import { useState } from "react";

/** Copies `text`; says "Copied" once it is on the clipboard, and the text stays on screen to select by hand. */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const [copied, setCopied] = useState(false);
  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  }
  return (
    <Button icon={<CopyRegular />} size="small" onClick={copy} aria-live="polite">
      {copied ? "Copied" : label}
    </Button>
  );
}
