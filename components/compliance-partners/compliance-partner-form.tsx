"use client";

import { makeStyles, tokens } from "@fluentui/react-components";
import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { useWatch } from "react-hook-form";
import type { ComplianceManagementPartner } from "@/lib/graph/compliance-management-partner";
import { filterPlatformsOf } from "@/lib/graph/assignment-filter";
import { compliancePlatformsIn } from "@/lib/graph/compliance-platforms";
import { compliancePlatformConflicts } from "@/lib/graph/compliance-platform-conflicts";
import { deviceManagementPartnerTenantState } from "@/lib/graph/enums";
import { onboardedComplianceManagementPartnersOptions } from "@/lib/api/compliance-management-partners";
import { AssignmentEditor } from "@/components/assignments/assignment-editor";
import { GraphErrorBar } from "@/components/common/graph-error-bar";
import { DateTimeFormField, EnumSelectField, FieldGrid, PartnerFormFrame, SwitchField, TextField } from "@/components/partners/partner-form-parts";
import { usePartnerForm } from "@/components/partners/use-partner-form";
import { complianceManagementPartnerFormModel, type ComplianceManagementPartnerFormValues } from "./compliance-partner-form-model";
import { complianceManagementPartnerKind } from "./compliance-partner-kind";
import { PlatformConflictWarning } from "./platform-conflict-warning";

const useStyles = makeStyles({
  platform: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    paddingTop: tokens.spacingVerticalS,
    "& h2": { marginBlock: 0, fontSize: tokens.fontSizeBase400 },
  },
});

export interface CompliancePartnerFormProps {
  /** The partner being edited; absent for a new one. */
  partner?: ComplianceManagementPartner;
}

/** Create and edit: per platform an Onboarded switch and its enrollment assignments; only changed fields are sent. */
export function CompliancePartnerForm({ partner }: CompliancePartnerFormProps) {
  const styles = useStyles();
  const { form, version, save, label } = usePartnerForm(complianceManagementPartnerKind, complianceManagementPartnerFormModel, partner);
  const { control, formState } = form;
  const values = useWatch({ control }) as Partial<ComplianceManagementPartnerFormValues>;
  const onboarded = useQuery(onboardedComplianceManagementPartnersOptions(version));
  const conflicts = useMemo(
    () => compliancePlatformConflicts({ ...values, id: partner?.id }, onboarded.data ?? [], version),
    [values, partner?.id, onboarded.data, version],
  );

  return (
    <PartnerFormFrame label={label} isNew={!partner} submitting={formState.isSubmitting} save={save}>
      <FieldGrid>
        <TextField control={control} name="displayName" label="Display name" required />
        <EnumSelectField control={control} name="partnerState" label="Partner state" graphEnum={deviceManagementPartnerTenantState} />
        <DateTimeFormField control={control} name="lastHeartbeatDateTime" label="Last heartbeat" required />
      </FieldGrid>
      {onboarded.error ? (
        <GraphErrorBar error={onboarded.error} title="Other partners' platforms could not be checked" onRetry={() => onboarded.refetch()} />
      ) : null}
      {compliancePlatformsIn(version).map((platform) => {
        const conflict = conflicts.find((c) => c.platform.key === platform.key);
        return (
          <section key={platform.key} className={styles.platform} aria-labelledby={`platform-${platform.key}`}>
            <h2 id={`platform-${platform.key}`}>{platform.label}</h2>
            <SwitchField control={control} name={platform.onboarded} label="Onboarded" />
            {conflict ? <PlatformConflictWarning conflict={conflict} /> : null}
            <AssignmentEditor control={control} name={platform.assignments} label={`${platform.label} enrollment assignments`} version={version} filterPlatforms={filterPlatformsOf[platform.key]} />
          </section>
        );
      })}
    </PartnerFormFrame>
  );
}
