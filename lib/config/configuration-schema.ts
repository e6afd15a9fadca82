import { z } from "zod";
import { apiVersions } from "@/lib/graph/api-version";
import { compliancePlatforms } from "@/lib/graph/compliance-platforms";
import { GraphError } from "@/lib/graph/graph-error";
import { deviceManagementPartnerAppType, deviceManagementPartnerTenantState } from "@/lib/graph/enums";
import { configurationDocumentVersion, type ConfigurationDocument } from "./configuration-document";

const dateTime = z.string().describe("DateTimeOffset, as Graph served it");
const state = z.enum(deviceManagementPartnerTenantState.members);

const assignment = z.strictObject({
  target: z.looseObject({ "@odata.type": z.string().describe("The target's type, e.g. #microsoft.graph.groupAssignmentTarget") }),
  names: z
    .strictObject({
      group: z.string().nullable().optional().describe("The group's display name in the tenant the document was exported from"),
      filter: z.string().nullable().optional().describe("The assignment filter's display name"),
    })
    .optional(),
});
const assignments = z.array(assignment).nullable().optional();

/** Loose: a property Graph adds later is kept as served, and compared as JSON. */
const deviceManagementPartner = z.looseObject({
  displayName: z.string().nullable(),
  id: z.string().optional(),
  partnerState: state.optional(),
  partnerAppType: z.enum(deviceManagementPartnerAppType.members).optional(),
  singleTenantAppId: z.string().nullable().optional(),
  isConfigured: z.boolean().optional(),
  lastHeartbeatDateTime: dateTime.optional(),
  whenPartnerDevicesWillBeRemovedDateTime: dateTime.nullable().optional(),
  whenPartnerDevicesWillBeMarkedAsNonCompliantDateTime: dateTime.nullable().optional(),
  groupsRequiringPartnerEnrollment: assignments,
});

const complianceManagementPartner = z.looseObject({
  displayName: z.string().nullable(),
  id: z.string().optional(),
  partnerState: state.optional(),
  lastHeartbeatDateTime: dateTime.optional(),
  ...Object.fromEntries(compliancePlatforms.flatMap((p) => [[p.onboarded, z.boolean().optional()], [p.assignments, assignments]])),
});

export const configurationDocumentSchema = z
  .strictObject({
    $schema: z.string(),
    version: z.literal(configurationDocumentVersion),
    apiVersion: z.enum(apiVersions),
    deviceManagementPartners: z.array(deviceManagementPartner),
    complianceManagementPartners: z.array(complianceManagementPartner),
  })
  .describe("Intune device management and compliance management partners of one tenant, as code (Intune Partner Console)");

/** The published JSON Schema (public/schemas/), made from the zod schema so the two cannot drift apart. */
export function configurationJsonSchema(): Record<string, unknown> {
  return { $id: "partner-configuration.v1.schema.json", title: "Intune partner configuration, version 1", ...z.toJSONSchema(configurationDocumentSchema) };
}

/** Parses a document read from a file; a mistake is one line naming where it is. */
export function parseConfiguration(text: string): ConfigurationDocument {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new GraphError(400, `The document is not JSON: ${(error as Error).message}`, { code: "BadRequest" });
  }
  const parsed = configurationDocumentSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path.length ? issue.path.join(".") : "the document";
    throw new GraphError(400, `The document is not a partner configuration: ${where}: ${issue.message}`, { code: "BadRequest", target: where });
  }
  return parsed.data as unknown as ConfigurationDocument;
}
