import { describe, expect, it } from "vitest";
import { validateEntityBody } from "@/lib/graph/validate-body";
import { createMockGraph } from "../mock-graph";
import { call, dmpBeta } from "./call";
import examples from "./fixtures/seed-examples.json";

// Every JSON example of ../shared/seeds/, copied verbatim (`request`, `response`), and the body a client would
// really send (`sent`: the "String" enums and placeholders replaced by real members). See the fixture's `seed`.
interface SeedExample {
  seed: string;
  method: "POST" | "PATCH";
  path: string;
  request: Record<string, unknown>;
  sent: Record<string, unknown>;
  response?: Record<string, unknown>;
  status: number;
}

const newGraph = () => createMockGraph({ throttling: "off", now: () => new Date("2026-11-20T10:00:00Z") });

/** What Graph stores for a body: the assignment annotation (the declared type) is not kept, targets' types gain `#`. */
function asStored(body: Record<string, unknown>): Record<string, unknown> {
  const stored: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(body)) {
    if (key === "@odata.type") continue;
    stored[key] = Array.isArray(value)
      ? value.map(({ "@odata.type": _annotation, ...assignment }: Record<string, unknown>) => {
          const target = assignment.target as Record<string, unknown> | undefined;
          if (!target) return assignment;
          const type = String(target["@odata.type"]);
          return { ...assignment, target: { ...target, "@odata.type": type.startsWith("#") ? type : `#${type}` } };
        })
      : value;
  }
  return stored;
}

async function targetPath(graph: ReturnType<typeof newGraph>, example: SeedExample): Promise<string> {
  if (!example.path.includes("{id}")) return example.path;
  const list = await call(graph, "GET", `${dmpBeta}?$top=1`);
  return example.path.replace("{id}", list.json.value![0]!.id as string);
}

describe("the seed pages' JSON examples", () => {
  const all = examples as SeedExample[];

  it("covers every seed page", () => {
    expect(new Set(all.map((e) => e.seed)).size).toBe(4);
  });

  for (const example of all) {
    it(`${example.seed}: the example, with real enum members, is accepted and stored as sent`, async () => {
      const graph = newGraph();
      const path = await targetPath(graph, example);
      const answer = await call(graph, example.method, path, { body: example.sent });
      expect(answer.status, answer.text).toBe(example.status);
      const id = answer.json.id as string;
      const collection = path.slice(0, path.indexOf("Partners") + "Partners".length);
      const read = await call(graph, "GET", `${collection}/${id}`);
      expect(read.status).toBe(200);
      const stored = asStored(example.sent);
      for (const [key, value] of Object.entries(stored)) expect(read.json[key], key).toEqual(value);
      // The page's response example, with the same replacements, is what the mock answers (the id aside).
      if (example.response) {
        const expected = asStored({ ...example.response, ...example.sent });
        for (const key of Object.keys(example.response)) {
          if (key === "id" || key === "@odata.type") continue;
          expect(answer.json[key], key).toEqual(expected[key]);
        }
        expect(answer.json["@odata.type"]).toBe(example.response["@odata.type"]);
      }
      // The gateway checks bodies with the same function.
      const resource = path.includes("compliance") ? "complianceManagementPartners" : "deviceManagementPartners";
      expect(validateEntityBody(resource, "beta", example.method === "POST" ? "create" : "update", example.sent).ok).toBe(true);
    });

    it(`${example.seed}: the example as printed ("String" values) is a 400 that names the property`, async () => {
      const graph = newGraph();
      const path = await targetPath(graph, example);
      const before = await call(graph, "GET", path.includes("compliance") ? path : dmpBeta);
      const answer = await call(graph, example.method, path, { body: example.request });
      expect(answer.status).toBe(400);
      expect(answer.json.error!.code).toBe("BadRequest");
      expect(answer.json.error!.message).toMatch(/'(partnerState|id|lastHeartbeatDateTime)'/);
      const after = await call(graph, "GET", path.includes("compliance") ? path : dmpBeta);
      expect(after.json.value).toEqual(before.json.value);
    });
  }

  it("refuses an annotation that names another type, on the entity, an assignment or a target", async () => {
    const graph = newGraph();
    const base = { displayName: "Typed", partnerAppType: "multiTenantApp" };
    const target = { "@odata.type": "microsoft.graph.allDevicesAssignmentTarget" };
    const bodies = [
      { ...base, "@odata.type": "#microsoft.graph.complianceManagementPartner" },
      { ...base, groupsRequiringPartnerEnrollment: [{ "@odata.type": "microsoft.graph.complianceManagementPartnerAssignment", target }] },
      { ...base, groupsRequiringPartnerEnrollment: [{ "@odata.type": "#microsoft.graph.groupAssignmentTarget", target }] },
      { ...base, groupsRequiringPartnerEnrollment: [{ target: { "@odata.type": "#microsoft.graph.deviceManagementPartnerAssignment" } }] },
    ];
    for (const body of bodies) {
      const answer = await call(graph, "POST", dmpBeta, { body });
      expect(answer.status, JSON.stringify(body)).toBe(400);
      expect(answer.json.error!.target).toMatch(/@odata\.type$/);
    }
    const accepted = await call(graph, "POST", dmpBeta, {
      body: { ...base, groupsRequiringPartnerEnrollment: [{ "@odata.type": "#microsoft.graph.deviceManagementPartnerAssignment", target }] },
    });
    expect(accepted.status).toBe(201);
  });
});
