"use client";

import { Badge, makeStyles, tokens } from "@fluentui/react-components";
import type { ApiVersion } from "@/lib/graph/api-version";
import type { ComplianceManagementPartner } from "@/lib/graph/compliance-management-partner";
import { compliancePlatformsIn } from "@/lib/graph/compliance-platforms";
import { AssignmentList } from "@/components/assignments/assignment-list-when-shown";
import { PropertyList } from "@/components/partners/property-list";

const useStyles = makeStyles({
  platforms: { display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(300px, 1fr))", gap: tokens.spacingHorizontalL, marginBlock: tokens.spacingVerticalL },
  platform: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalM,
    "& h3": { marginBlock: 0 },
  },
  platformHeader: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, marginBottom: tokens.spacingVerticalS },
});

/** Per platform of the version: onboarded or not, and its enrollment assignments. */
export function CompliancePlatformsDetail({ partner: p, version }: { partner: ComplianceManagementPartner; version: ApiVersion }) {
  const styles = useStyles();
  return (
    <>
      <h2>Platforms</h2>
      <div className={styles.platforms}>
        {compliancePlatformsIn(version).map((platform) => {
          const onboarded = p[platform.onboarded] === true;
          return (
            <section key={platform.key} className={styles.platform} aria-labelledby={`platform-${platform.key}`}>
              <div className={styles.platformHeader}>
                <h3 id={`platform-${platform.key}`}>{platform.label}</h3>
                <Badge appearance={onboarded ? "filled" : "outline"} color={onboarded ? "success" : "informative"}>
                  {onboarded ? "Onboarded" : "Not onboarded"}
                </Badge>
              </div>
              <PropertyList
                rows={[
                  [
                    "Enrollment assignments",
                    <AssignmentList key="a" assignments={p[platform.assignments]} version={version} label={`${platform.label} enrollment assignments`} />,
                  ],
                ]}
              />
            </section>
          );
        })}
      </div>
    </>
  );
}
