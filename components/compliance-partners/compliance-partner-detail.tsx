"use client";

import { Badge, Button, makeStyles, tokens } from "@fluentui/react-components";
import { DeleteRegular, EditRegular } from "@fluentui/react-icons";
import { useQuery } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { compliancePlatformsIn } from "@/lib/graph/compliance-platforms";
import { complianceManagementPartnersApi as api } from "@/lib/api/compliance-management-partners";
import { AssignmentList } from "@/components/assignments/assignment-list";
import { AppLink } from "@/components/common/app-link";
import { LoadingState } from "@/components/common/loading-state";
import { PartnerStateBadge } from "@/components/common/partner-state-badge";
import { RawJsonView } from "@/components/common/raw-json-view";
import { useNow } from "@/components/common/use-now";
import { useApiVersion } from "@/components/layout/preferences-context";
import { DeletePartnerDialog, HeartbeatDetail, PartnerLoadError, PropertyList } from "@/components/partners/partner-page-parts";

const useStyles = makeStyles({
  header: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM, alignItems: "center" },
  actions: { marginLeft: "auto", display: "flex", gap: tokens.spacingHorizontalS },
  platforms: { display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(300px, 1fr))", gap: tokens.spacingHorizontalL, marginBlock: tokens.spacingVerticalL },
  platform: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalM,
    "& h3": { marginBlock: 0 },
  },
  platformHeader: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, marginBottom: tokens.spacingVerticalS },
});

export function CompliancePartnerDetail({ id }: { id: string }) {
  const styles = useStyles();
  const version = useApiVersion();
  const router = useRouter();
  const now = useNow();
  const detail = useQuery(api.detailOptions(version, id));
  const [deleting, setDeleting] = useState(false);

  if (detail.isPending) return <LoadingState label="Loading the partner…" />;
  if (detail.error)
    return (
      <PartnerLoadError
        heading="Compliance management partner"
        error={detail.error}
        onRetry={() => detail.refetch()}
        basePath="/compliance-partners"
        listName="compliance management partners"
      />
    );

  const p = detail.data.entity;
  const name = p.displayName || "(no name)";
  return (
    <>
      <AppLink href="/compliance-partners">Compliance management partners</AppLink>
      <div className={styles.header}>
        <h1>{name}</h1>
        <div className={styles.actions}>
          <Button icon={<EditRegular />} onClick={() => router.push(`/compliance-partners/${encodeURIComponent(id)}/edit`)}>
            Edit
          </Button>
          <Button icon={<DeleteRegular />} onClick={() => setDeleting(true)}>
            Delete
          </Button>
        </div>
      </div>
      <PropertyList
        rows={[
          ["Display name", name],
          ["ID", <code key="id">{p.id}</code>],
          ["Partner state", <PartnerStateBadge key="state" state={p.partnerState} />],
          ["Last heartbeat", <HeartbeatDetail key="hb" partner={p} now={now} />],
        ]}
      />
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
      <RawJsonView value={detail.data.raw} />
      <DeletePartnerDialog api={api} id={id} name={name} basePath="/compliance-partners" open={deleting} onClose={() => setDeleting(false)}>
        The compliance partner connector and its enrollment assignments are deleted from the tenant. This cannot be undone.
      </DeletePartnerDialog>
    </>
  );
}
