"use client";

import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { namePartners, type CompliancePlatformConflict } from "@/lib/graph/compliance-platform-conflicts";

/** Intune allows one compliance partner per platform: says which partner already has it, before anything is saved. */
export function PlatformConflictWarning({ conflict }: { conflict: CompliancePlatformConflict }) {
  const names = namePartners(conflict.partners);
  const label = conflict.platform.label;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{label} already has a compliance partner</MessageBarTitle>
        {names} {conflict.partners.length === 1 ? "is" : "are"} already onboarded for {label}. Intune allows one compliance partner per platform:
        turn {label} off for {conflict.partners.length === 1 ? "that partner" : "those partners"} first, or leave it off here.
      </MessageBarBody>
    </MessageBar>
  );
}
