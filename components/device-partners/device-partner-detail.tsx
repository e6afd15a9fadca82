"use client";

import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { DeleteRegular, EditRegular, PlugDisconnectedRegular } from "@fluentui/react-icons";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type ReactNode } from "react";
import { deviceManagementPartnerAppType, labelOf } from "@/lib/graph/enums";
import { formatExact } from "@/lib/api/date-time";
import { deviceManagementPartnersApi as api } from "@/lib/api/device-management-partners";
import { AssignmentList } from "@/components/assignments/assignment-list";
import { AppLink } from "@/components/common/app-link";
import { ConfirmDialog } from "@/components/common/confirm-dialog";
import { GraphErrorBar } from "@/components/common/graph-error-bar";
import { notifySuccess } from "@/components/common/notifications";
import { LoadingState } from "@/components/common/loading-state";
import { PartnerStateBadge } from "@/components/common/partner-state-badge";
import { RawJsonView } from "@/components/common/raw-json-view";
import { useNow } from "@/components/common/use-now";
import { useApiVersion } from "@/components/layout/preferences-context";
import { DeletePartnerDialog, HeartbeatDetail, PartnerLoadError, PropertyList } from "@/components/partners/partner-page-parts";

const useStyles = makeStyles({
  header: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM, alignItems: "center" },
  actions: { marginLeft: "auto", display: "flex", gap: tokens.spacingHorizontalS },
});

export function DevicePartnerDetail({ id }: { id: string }) {
  const styles = useStyles();
  const version = useApiVersion();
  const router = useRouter();
  const queryClient = useQueryClient();
  const now = useNow();
  const detail = useQuery(api.detailOptions(version, id));
  const [dialog, setDialog] = useState<"terminate" | "delete" | undefined>();

  const terminate = useMutation({
    mutationFn: () => api.action(version, id, "terminate"),
    onSuccess: async () => {
      setDialog(undefined);
      notifySuccess("Partner terminated", detail.data?.entity.displayName ?? undefined);
      await queryClient.invalidateQueries({ queryKey: api.keys.all });
    },
  });

  if (detail.isPending) return <LoadingState label="Loading the partner…" />;
  if (detail.error)
    return (
      <PartnerLoadError
        heading="Device management partner"
        error={detail.error}
        onRetry={() => detail.refetch()}
        basePath="/device-partners"
        listName="device management partners"
      />
    );

  const p = detail.data.entity;
  const name = p.displayName || "(no name)";
  const terminated = p.partnerState === "terminated";
  const rows: [string, ReactNode][] = [
    ["Display name", name],
    ["ID", <code key="id">{p.id}</code>],
    ["Partner state", <PartnerStateBadge key="state" state={p.partnerState} />],
    ["App type", p.partnerAppType ? labelOf(deviceManagementPartnerAppType, p.partnerAppType) : "—"],
    ["Single tenant app ID", p.singleTenantAppId ? <code key="app">{p.singleTenantAppId}</code> : "—"],
    ["Configured", p.isConfigured ? "Yes" : "No"],
    ["Last heartbeat", <HeartbeatDetail key="hb" partner={p} now={now} />],
    ["Devices will be marked non-compliant", formatExact(p.whenPartnerDevicesWillBeMarkedAsNonCompliantDateTime)],
    ["Devices will be removed", formatExact(p.whenPartnerDevicesWillBeRemovedDateTime)],
    ["Groups requiring partner enrollment", <AssignmentList key="a" assignments={p.groupsRequiringPartnerEnrollment} version={version} label="Groups requiring partner enrollment" />],
  ];

  return (
    <>
      <AppLink href="/device-partners">Device management partners</AppLink>
      <div className={styles.header}>
        <h1>{name}</h1>
        <div className={styles.actions}>
          <Button icon={<EditRegular />} onClick={() => router.push(`/device-partners/${encodeURIComponent(id)}/edit`)}>
            Edit
          </Button>
          <Button icon={<PlugDisconnectedRegular />} disabled={terminated} onClick={() => setDialog("terminate")}>
            Terminate
          </Button>
          <Button icon={<DeleteRegular />} onClick={() => setDialog("delete")}>
            Delete
          </Button>
        </div>
      </div>
      {terminated ? <Text>This partnership is terminated.</Text> : null}
      <PropertyList rows={rows} />
      <RawJsonView value={detail.data.raw} />
      <ConfirmDialog
        open={dialog === "terminate"}
        title={`Terminate ${name}?`}
        confirmLabel="Terminate"
        busy={terminate.isPending}
        onConfirm={() => terminate.mutate()}
        onCancel={() => {
          setDialog(undefined);
          terminate.reset();
        }}
      >
        <p>
          Terminating ends the partnership between Intune and {name}. Its state becomes Terminated, it stops managing devices through
          Intune, and Intune removes the partner&apos;s devices 90 days later. This cannot be undone: to work with the partner again, set up a new connection.
        </p>
        {terminate.error ? <GraphErrorBar error={terminate.error} title="The partner could not be terminated" method="POST" /> : null}
      </ConfirmDialog>
      <DeletePartnerDialog api={api} id={id} name={name} basePath="/device-partners" open={dialog === "delete"} onClose={() => setDialog(undefined)}>
        The partner connector is deleted from the tenant. This cannot be undone.
      </DeletePartnerDialog>
    </>
  );
}
