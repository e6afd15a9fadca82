"use client";

import { Badge, Button, makeStyles, tokens } from "@fluentui/react-components";
import { DeleteRegular, EditRegular } from "@fluentui/react-icons";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useRef, useState, type ReactNode } from "react";
import { compliancePlatformsIn } from "@/lib/graph/compliance-platforms";
import { formatExact, isNeverDateTime } from "@/lib/api/date-time";
import { complianceManagementPartnersApi as api } from "@/lib/api/compliance-management-partners";
import { AssignmentList } from "@/components/assignments/assignment-list";
import { AppLink } from "@/components/common/app-link";
import { ConfirmDialog } from "@/components/common/confirm-dialog";
import { GraphErrorBar } from "@/components/common/graph-error-bar";
import { HeartbeatCell } from "@/components/common/heartbeat-cell";
import { LoadingState } from "@/components/common/loading-state";
import { PartnerStateBadge } from "@/components/common/partner-state-badge";
import { RawJsonView } from "@/components/common/raw-json-view";
import { useNow } from "@/components/common/use-now";
import { useApiVersion } from "@/components/layout/preferences-context";

const useStyles = makeStyles({
  header: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM, alignItems: "center" },
  actions: { marginLeft: "auto", display: "flex", gap: tokens.spacingHorizontalS },
  properties: { display: "grid", gridTemplateColumns: "max-content 1fr", columnGap: tokens.spacingHorizontalXL, rowGap: tokens.spacingVerticalS, marginBlock: tokens.spacingVerticalL },
  term: { fontWeight: tokens.fontWeightSemibold },
  definition: { margin: 0 },
  platforms: { display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(300px, 1fr))", gap: tokens.spacingHorizontalL, marginBlock: tokens.spacingVerticalL },
  platform: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalM,
    "& h3": { marginBlock: 0 },
  },
  platformHeader: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, marginBottom: tokens.spacingVerticalS },
});

function Properties({ rows }: { rows: [string, ReactNode][] }) {
  const styles = useStyles();
  return (
    <dl className={styles.properties}>
      {rows.map(([term, value]) => (
        <div key={term} style={{ display: "contents" }}>
          <dt className={styles.term}>{term}</dt>
          <dd className={styles.definition}>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

export function CompliancePartnerDetail({ id }: { id: string }) {
  const styles = useStyles();
  const version = useApiVersion();
  const router = useRouter();
  const queryClient = useQueryClient();
  const now = useNow();
  const detail = useQuery(api.detailOptions(version, id));
  const [deleting, setDeleting] = useState(false);
  const deleted = useRef(false);

  const remove = useMutation({
    mutationFn: () => api.remove(version, id),
    onSuccess: () => {
      deleted.current = true;
      setDeleting(false);
    },
  });
  function afterDeleteDialogClosed() {
    if (!deleted.current) return;
    router.push("/compliance-partners");
    // Not this partner's own queries, which would refetch into a 404 while the page is still mounted.
    void queryClient.invalidateQueries({ queryKey: api.keys.all, predicate: (q) => !q.queryKey.includes(id) });
  }

  if (detail.isPending) return <LoadingState label="Loading the partner…" />;
  if (detail.error)
    return (
      <>
        <h1>Compliance management partner</h1>
        <GraphErrorBar error={detail.error} title="The partner could not be loaded" onRetry={() => detail.refetch()} />
        <AppLink href="/compliance-partners">Back to compliance management partners</AppLink>
      </>
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
      <Properties
        rows={[
          ["Display name", name],
          ["ID", <code key="id">{p.id}</code>],
          ["Partner state", <PartnerStateBadge key="state" state={p.partnerState} />],
          [
            "Last heartbeat",
            <span key="hb">
              {isNeverDateTime(p.lastHeartbeatDateTime) ? "Never" : <>{formatExact(p.lastHeartbeatDateTime)} (<HeartbeatCell partner={p} now={now} />)</>}
            </span>,
          ],
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
              <Properties
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
      <ConfirmDialog
        open={deleting}
        onClosed={afterDeleteDialogClosed}
        title={`Delete ${name}?`}
        confirmLabel="Delete"
        busy={remove.isPending}
        onConfirm={() => remove.mutate()}
        onCancel={() => {
          setDeleting(false);
          remove.reset();
        }}
      >
        <p>The compliance partner connector and its enrollment assignments are deleted from the tenant. This cannot be undone.</p>
        {remove.error ? <GraphErrorBar error={remove.error} title="The partner could not be deleted" method="DELETE" /> : null}
      </ConfirmDialog>
    </>
  );
}
