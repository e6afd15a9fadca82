import type { ResourceName } from "@/lib/graph/resources";
import type { Entity } from "../entity-collection";

/** A change the mock acknowledged, as the audit log records it. */
export interface PartnerChange {
  operation: "Create" | "Patch" | "Delete" | "Action";
  resource: ResourceName;
  before?: Entity;
  after?: Entity;
  action?: string;
}
