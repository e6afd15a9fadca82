"use client";

import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { DeleteRegular, EditRegular } from "@fluentui/react-icons";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useMemo, useState } from "react";
import { AppLink } from "@/components/common/app-link";
import { ConfirmDialog } from "@/components/common/confirm-dialog";
import { GraphErrorBar } from "@/components/common/graph-error-bar";
import { notifySuccess } from "@/components/common/notifications";
import { LoadingState } from "@/components/common/loading-state";
import { RawJsonView } from "@/components/common/raw-json-view";
import { useNow } from "@/components/common/use-now";
import { HistorySection } from "@/components/history/history-section";
import { useApiVersion } from "@/components/layout/graph-scope";
import { auditEventKeys } from "@/lib/api/query-keys";
import type { PartnerAction, PartnerEntity, PartnerKind } from "./partner-kind";
import { HealthPanel } from "./health-panel";
import { DeletePartnerDialog, PartnerLoadError } from "./partner-page-parts";
import { PropertyList } from "./property-list";

const useStyles = makeStyles({
  header: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM, alignItems: "center" },
  actions: { marginLeft: "auto", display: "flex", gap: tokens.spacingHorizontalS },
});

/** One partner: Edit, the kind's actions and Delete; its rows and sections from the kind's descriptor; Graph's JSON. */
export function PartnerDetail<E extends PartnerEntity>({ kind, id }: { kind: PartnerKind<E>; id: string }) {
  const styles = useStyles();
  const version = useApiVersion();
  const router = useRouter();
  const queryClient = useQueryClient();
  const now = useNow();
  const context = useMemo(() => ({ version, now }), [version, now]);
  const { api, routes, nouns, detail: shape } = kind;
  const detail = useQuery(api.detailOptions(version, id));
  const [dialog, setDialog] = useState<PartnerAction<E> | "delete" | undefined>();
  const running = useMutation({
    mutationFn: (action: PartnerAction<E>) => api.action(version, id, action.name),
    onSuccess: async (_, action) => {
      setDialog(undefined);
      notifySuccess(action.done, detail.data?.entity.displayName ?? undefined);
      await queryClient.invalidateQueries({ queryKey: api.keys.all });
      void queryClient.invalidateQueries({ queryKey: auditEventKeys.all });
    },
  });

  if (detail.isPending) return <LoadingState label="Loading the partner…" />;
  if (detail.error)
    return <PartnerLoadError heading={nouns.heading} error={detail.error} onRetry={() => detail.refetch()} basePath={routes.list} listName={`${nouns.singular}s`} />;

  const p = detail.data.entity;
  const name = p.displayName || "(no name)";
  const notice = shape.notice?.(p);
  const action = dialog === "delete" ? undefined : dialog;
  return (
    <>
      <AppLink href={routes.list}>{nouns.title}</AppLink>
      <div className={styles.header}>
        <h1>{name}</h1>
        <div className={styles.actions}>
          <Button icon={<EditRegular />} onClick={() => router.push(routes.edit(id))}>
            Edit
          </Button>
          {shape.actions?.map((a) => (
            <Button key={a.name} icon={a.icon} disabled={a.disabled?.(p)} onClick={() => setDialog(a)}>
              {a.label}
            </Button>
          ))}
          <Button icon={<DeleteRegular />} onClick={() => setDialog("delete")}>
            Delete
          </Button>
        </div>
      </div>
      {notice ? <Text>{notice}</Text> : null}
      <HealthPanel partner={p} now={now} />
      <PropertyList rows={shape.rows.map((row) => [row.label, row.render(p, context)])} />
      {shape.sections?.render(p, context)}
      <HistorySection resource={kind.resource} id={id} />
      <RawJsonView value={detail.data.raw} />
      {shape.actions?.map((a) => (
        <ConfirmDialog
          key={a.name}
          open={action === a}
          title={`${a.label} ${name}?`}
          confirmLabel={a.label}
          busy={running.isPending}
          onConfirm={() => running.mutate(a)}
          requests={() => [{ method: "POST", version, path: `/${api.collectionPath}/${id}/${a.name}` }]}
          onCancel={() => {
            setDialog(undefined);
            running.reset();
          }}
        >
          <p>{a.explanation(name)}</p>
          {running.error ? <GraphErrorBar error={running.error} title={a.failureTitle} method="POST" /> : null}
        </ConfirmDialog>
      ))}
      <DeletePartnerDialog api={api} id={id} name={name} basePath={routes.list} open={dialog === "delete"} onClose={() => setDialog(undefined)}>
        {shape.deleteExplanation}
      </DeletePartnerDialog>
    </>
  );
}
