import { describe, expect, it } from "vitest";
import { apiVersions } from "@/lib/graph/api-version";
import { propertiesOf } from "@/lib/graph/resources";
import { complianceManagementPartnerFormModel } from "@/components/compliance-partners/compliance-partner-form-model";
import { complianceManagementPartnerKind } from "@/components/compliance-partners/compliance-partner-kind";
import { deviceManagementPartnerFormModel } from "@/components/device-partners/device-partner-form-model";
import { deviceManagementPartnerKind } from "@/components/device-partners/device-partner-kind";
import { listViewConfigOf, shownProperties, type PartnerEntity, type PartnerKind } from "../partner-kind";
import type { PartnerFormModel } from "../partner-form-model";

// Adding a property to a kind is: the schema (lib/graph), the descriptor, the form model and the seed. These keep the
// first three in step: a property in one and not in another fails here, per API version.

const kinds: [string, PartnerKind<PartnerEntity>, PartnerFormModel<Record<string, unknown>, PartnerEntity>][] = [
  ["device management partner", deviceManagementPartnerKind as never, deviceManagementPartnerFormModel as never],
  ["compliance management partner", complianceManagementPartnerKind as never, complianceManagementPartnerFormModel as never],
];

const sorted = (names: Iterable<string>) => [...new Set(names)].sort();
const schemaProperties = (kind: PartnerKind<PartnerEntity>, version: (typeof apiVersions)[number]) =>
  sorted(["id", ...propertiesOf(kind.resource, version).map((p) => p.name)]);

describe.each(kinds)("the %s descriptor and its schema", (_, kind, model) => {
  it.each(apiVersions)("show every property of the %s schema, and no other", (version) => {
    expect(sorted(shownProperties(kind, version))).toEqual(schemaProperties(kind, version));
  });

  it("has no property shown twice", () => {
    for (const version of apiVersions) expect(shownProperties(kind, version)).toHaveLength(new Set(shownProperties(kind, version)).size);
  });

  it("edits every property of every version but the id (the form keeps a version's fields across a switch)", () => {
    const all = sorted(apiVersions.flatMap((v) => schemaProperties(kind, v)).filter((name) => name !== "id"));
    expect(sorted(model.fields)).toEqual(all);
    expect(sorted(Object.keys(model.defaults(new Date("2026-01-01T00:00:00Z"))))).toEqual(all);
  });

  it.each(apiVersions)("lists, sorts and filters only what the %s schema has", (version) => {
    const known = schemaProperties(kind, version);
    const config = listViewConfigOf(kind, version, new Date());
    expect(config.select.filter((p) => !known.includes(p))).toEqual([]);
    expect(config.sortable.map((c) => c.property).filter((p) => !known.includes(p))).toEqual([]);
    expect(known).toContain(config.defaultSort.property);
    const filtered = config.facets.flatMap((f) => f.options.flatMap((o) => [...o.expression.matchAll(/(\w+) (?:eq|ne|lt|le|gt|ge) /g)].map((m) => m[1])));
    expect(filtered.length).toBeGreaterThan(0);
    expect(filtered.filter((p) => !p || !known.includes(p))).toEqual([]);
  });

  it.each(apiVersions)("sends in %s only what that version's schema has", (version) => {
    const body = model.toBody(model.defaults(new Date("2026-01-01T00:00:00Z")), version);
    const known = schemaProperties(kind, version);
    expect(Object.keys(body).filter((p) => !known.includes(p))).toEqual([]);
  });
});
