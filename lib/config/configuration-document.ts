import type { ApiVersion } from "@/lib/graph/api-version";

/** Bumped when a change would make an older reader misread a document. */
export const configurationDocumentVersion = 1;
/** Served by the console at this path (public/), and kept in the repo beside the code that writes it. */
export const configurationSchemaPath = "/schemas/partner-configuration.v1.schema.json";

export type PartnerKind = "deviceManagementPartners" | "complianceManagementPartners";
export const partnerKinds: readonly PartnerKind[] = ["deviceManagementPartners", "complianceManagementPartners"];

/** A target exactly as Graph spells it. */
export type ConfigurationTarget = { "@odata.type": string } & Record<string, unknown>;

/** An assignment as Graph serves it, with the names of its group and filter beside it, so another tenant can match by name. */
export interface ConfigurationAssignment {
  target: ConfigurationTarget;
  names?: { group?: string | null; filter?: string | null };
}

/** A partner: every property Graph serves, as Graph spells it; assignment collections as ConfigurationAssignment[]. */
export type ConfigurationPartner = { displayName: string | null } & Record<string, unknown>;

export interface ConfigurationDocument {
  $schema: string;
  version: number;
  apiVersion: ApiVersion;
  deviceManagementPartners: ConfigurationPartner[];
  complianceManagementPartners: ConfigurationPartner[];
}

/** Properties that change on their own or are the service's to set: left out of a comparison unless asked for. */
export const volatileProperties = [
  "id",
  "lastHeartbeatDateTime",
  "partnerState",
  "whenPartnerDevicesWillBeRemovedDateTime",
  "whenPartnerDevicesWillBeMarkedAsNonCompliantDateTime",
] as const;

/** Properties that are never sent back to Graph. */
export const readOnlyProperties = ["id"] as const;

export function isAssignmentProperty(name: string): boolean {
  return name === "groupsRequiringPartnerEnrollment" || name.endsWith("EnrollmentAssignments");
}

/** JSON with keys in a fixed order (displayName and id first, then alphabetical), two spaces, a final newline: byte-identical when nothing changed. */
export function serializeConfiguration(document: ConfigurationDocument): string {
  return `${JSON.stringify(canonical(document), null, 2)}\n`;
}

const leading = ["$schema", "version", "apiVersion", "displayName", "id", "target", "names"];

/** The same value with keys in the document's order. */
export function canonical<T>(value: T): T;
export function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value === null || typeof value !== "object") return value;
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
  entries.sort(([a], [b]) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(entries.map(([k, v]) => [k, canonical(v)]));
}

function rank(key: string): number {
  const at = leading.indexOf(key);
  return at === -1 ? leading.length : at;
}
