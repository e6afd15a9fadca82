import type { ApiVersion } from "@/lib/graph/api-version";
import type { GraphTarget } from "@/lib/graph/graph-url-grammar";
import type { ResourceName } from "@/lib/graph/resources";
import type { Caller } from "./caller";
import type { PartnerChange } from "./audit/partner-change";
import type { Entity } from "./entity-collection";
import type { ResponseIds } from "./responses";

export type { PartnerChange } from "./audit/partner-change";
import type { Tenant, TenantRegistry } from "./tenant-registry";

/** `docs` answers as the API reference says; `service` as real tenants were seen to answer (GRAPH.md). */
export type MockGraphFlavor = "docs" | "service";


/** What every handler shares: the tenants, the clock, the flavor, the render cache and the audit log. */
export interface MockServices {
  tenants: TenantRegistry;
  now: () => Date;
  flavor: MockGraphFlavor;
  /** The entity's JSON for the version, cached until `changed`. */
  rendered(resource: ResourceName, version: ApiVersion, entity: Entity): string;
  changed(entity: Entity): void;
  /** Records the change in the tenant's audit log (persisted with the tenant's next write). */
  recordChange(context: RouteContext, tenant: Tenant, change: PartnerChange): void;
}

export interface RouteContext {
  request: Request;
  url: URL;
  version: ApiVersion;
  ids: ResponseIds;
  /** `{origin}{basePath}/{version}`: links and @odata.context start here. */
  basePathUrl: string;
  target: GraphTarget;
  caller: Caller;
  services: MockServices;
  /** Answers another request as this caller (JSON batching). */
  dispatch(request: Request): Promise<Response>;
}

export type RouteHandler = (context: RouteContext) => Response | Promise<Response>;
