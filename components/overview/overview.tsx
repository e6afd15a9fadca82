"use client";

import { Card, CardHeader, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useQuery } from "@tanstack/react-query";
import { deviceManagementPartnerTenantState, type DeviceManagementPartnerTenantState } from "@/lib/graph/enums";
import { odataString } from "@/lib/api/list-view";
import { deviceManagementPartnersApi } from "@/lib/api/device-management-partners";
import { complianceManagementPartnersApi } from "@/lib/api/compliance-management-partners";
import type { PartnerResource } from "@/lib/api/partner-resource";
import { AppLink } from "@/components/common/app-link";
import { GraphErrorBar } from "@/components/common/graph-error-bar";
import { PartnerStateBadge } from "@/components/common/partner-state-badge";
import { useApiVersion } from "@/components/layout/graph-scope";
import { complianceManagementPartnerRoutes, deviceManagementPartnerRoutes } from "@/components/partners/partner-routes";

const useStyles = makeStyles({
  cards: { display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(320px, 1fr))", gap: tokens.spacingHorizontalL },
  card: { padding: tokens.spacingHorizontalL },
  table: { borderCollapse: "collapse", width: "100%", "& td, & th": { padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`, textAlign: "left" } },
});

function StateCount({ api, state, href }: { api: PartnerResource<{ id: string }>; state: DeviceManagementPartnerTenantState; href: string }) {
  const version = useApiVersion();
  const count = useQuery(api.countOptions(version, `partnerState eq ${odataString(state)}`));
  return (
    <tr>
      <th scope="row">
        <PartnerStateBadge state={state} />
      </th>
      <td>
        {count.isPending ? "…" : count.error ? "—" : count.data === null ? "unknown" : (
          <AppLink href={`${href}?state=${state}`} aria-label={`${count.data} ${deviceManagementPartnerTenantState.labels[state]}`}>
            {count.data}
          </AppLink>
        )}
      </td>
    </tr>
  );
}

function ResourceCard({ api, title, href }: { api: PartnerResource<{ id: string }>; title: string; href: string }) {
  const styles = useStyles();
  const version = useApiVersion();
  const total = useQuery(api.countOptions(version, undefined));
  return (
    <Card className={styles.card}>
      <CardHeader
        header={
          <h2>
            <AppLink href={href}>{title}</AppLink>
          </h2>
        }
        description={<Text>{total.isPending ? "Counting…" : total.error ? "" : total.data === null ? "Total unknown: Graph did not count them" : `${total.data} in total`}</Text>}
      />
      {total.error ? <GraphErrorBar error={total.error} title={`${title} could not be counted`} onRetry={() => total.refetch()} /> : null}
      <table className={styles.table} aria-label={`${title} by partner state`}>
        <thead>
          <tr>
            <th scope="col">Partner state</th>
            <th scope="col">Partners</th>
          </tr>
        </thead>
        <tbody>
          {deviceManagementPartnerTenantState.members.map((state) => (
            <StateCount key={state} api={api} state={state} href={href} />
          ))}
        </tbody>
      </table>
    </Card>
  );
}

export function Overview() {
  const styles = useStyles();
  return (
    <>
      <h1>Overview</h1>
      <div className={styles.cards}>
        <ResourceCard api={deviceManagementPartnersApi as unknown as PartnerResource<{ id: string }>} title="Device management partners" href={deviceManagementPartnerRoutes.list} />
        <ResourceCard api={complianceManagementPartnersApi as unknown as PartnerResource<{ id: string }>} title="Compliance management partners" href={complianceManagementPartnerRoutes.list} />
      </div>
    </>
  );
}
