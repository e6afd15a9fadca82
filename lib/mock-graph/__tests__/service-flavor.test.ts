import { describe, expect, it } from "vitest";
import { createMockGraph } from "../mock-graph";
import { call, cmpBeta, dmp } from "./call";

const fixedNow = new Date("2026-11-20T10:00:00.000Z");

describe("MOCK_GRAPH_FLAVOR=service: as real tenants answer", () => {
  const graph = createMockGraph({ throttling: "off", now: () => fixedNow, flavor: "service" });

  it("answers PATCH with 204 whatever Prefer says, and stores the change", async () => {
    const id = (await call(graph, "GET", `${dmp}?$top=1`)).json.value![0]!.id as string;
    const res = await call(graph, "PATCH", `${dmp}/${id}`, { body: { displayName: "Service flavor" }, headers: { prefer: "return=representation" } });
    expect(res.status).toBe(204);
    expect(res.text).toBe("");
    expect((await call(graph, "GET", `${dmp}/${id}`)).json.displayName).toBe("Service flavor");
  });

  it("refuses compliance-partner creation with the no-OData-route 400, and changes nothing", async () => {
    const before = await call(graph, "GET", `${cmpBeta}/$count`);
    const res = await call(graph, "POST", cmpBeta, { body: { displayName: "Refused" } });
    expect(res.status).toBe(400);
    expect(res.json.error!.message).toMatch(/No OData route exists/);
    expect((await call(graph, "GET", `${cmpBeta}/$count`)).text).toBe(before.text);
  });

  it("lists never-configured placeholder records, ignores $orderby and answers an unreliable @odata.count", async () => {
    const all = await call(graph, "GET", `${dmp}?$count=true&$top=5`);
    expect(all.json["@odata.count"]).toBe(5);
    const every = await call(graph, "GET", dmp);
    const placeholders = every.json.value!.filter((p) => p.isConfigured === false && p.lastHeartbeatDateTime === "0001-01-01T00:00:00Z" && p.partnerState === "unknown");
    expect(placeholders.length).toBeGreaterThanOrEqual(3);
    const ordered = await call(graph, "GET", `${dmp}?$orderby=displayName desc`);
    expect(ordered.status).toBe(200);
    expect(ordered.json.value!.map((p) => p.id)).toEqual(every.json.value!.map((p) => p.id));
    const docs = createMockGraph({ throttling: "off", now: () => fixedNow });
    const docsList = await call(docs, "GET", dmp);
    expect(docsList.json.value!.length).toBeLessThan(every.json.value!.length);
  });
});
