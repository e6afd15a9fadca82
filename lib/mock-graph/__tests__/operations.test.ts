import { describe, expect, it } from "vitest";
import { createMockGraph } from "../mock-graph";
import { seedGroups } from "../seed/groups";
import { call, cmp, cmpBeta, dmp, dmpBeta } from "./call";

const fixedNow = new Date("2026-11-20T10:00:00.000Z");
const newGraph = () => createMockGraph({ throttling: "off", now: () => fixedNow });

const jamfGroup = seedGroups[0]!.id;

describe("device management partners", () => {
  it("lists the seeded partners with @odata.context and answers Graph's headers", async () => {
    const graph = newGraph();
    const res = await call(graph, "GET", dmp, { headers: { "client-request-id": "mine-1" } });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^application\/json;odata\.metadata=minimal/);
    expect(res.headers.get("request-id")).toMatch(/^[0-9a-f-]{36}$/);
    expect(res.headers.get("client-request-id")).toBe("mine-1");
    expect(res.headers.get("date")).toBeTruthy();
    expect(res.json["@odata.context"]).toBe("http://mock.test/v1.0/$metadata#deviceManagement/deviceManagementPartners");
    expect(res.json.value!.length).toBeGreaterThanOrEqual(10);
    expect(new Set(res.json.value!.map((p) => p.partnerState))).toEqual(new Set(["unknown", "unavailable", "enabled", "terminated", "rejected", "unresponsive"]));
    expect(res.json["@odata.nextLink"]).toBeUndefined();
  });

  it("creates, reads, updates, terminates and deletes, in beta and v1.0", async () => {
    const graph = newGraph();
    for (const path of [dmp, dmpBeta]) {
      const created = await call(graph, "POST", path, {
        body: {
          "@odata.type": "#microsoft.graph.deviceManagementPartner",
          displayName: "Test MDM",
          lastHeartbeatDateTime: "2026-11-19T08:00:00.1234567+01:00",
          partnerAppType: "multiTenantApp",
          groupsRequiringPartnerEnrollment: [{ target: { "@odata.type": "microsoft.graph.groupAssignmentTarget", groupId: jamfGroup } }],
        },
      });
      expect(created.status).toBe(201);
      const id = created.json.id as string;
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
      expect(created.json.lastHeartbeatDateTime).toBe("2026-11-19T08:00:00.1234567+01:00");
      expect(created.json.partnerState).toBe("unknown");
      expect(created.json.groupsRequiringPartnerEnrollment).toEqual([{ target: { "@odata.type": "#microsoft.graph.groupAssignmentTarget", groupId: jamfGroup } }]);

      const got = await call(graph, "GET", `${path}/${id}`);
      expect(got.status).toBe(200);
      expect(got.json["@odata.context"]).toMatch(/\$metadata#deviceManagement\/deviceManagementPartners\/\$entity$/);
      expect(got.json.displayName).toBe("Test MDM");

      const patched = await call(graph, "PATCH", `${path}/${id}`, { body: { displayName: "Renamed", groupsRequiringPartnerEnrollment: [] } });
      expect(patched.status).toBe(200);
      expect(patched.json.displayName).toBe("Renamed");
      expect(patched.json.groupsRequiringPartnerEnrollment).toEqual([]);

      const minimal = await call(graph, "PATCH", `${path}/${id}`, { body: { isConfigured: true }, headers: { prefer: "return=minimal" } });
      expect(minimal.status).toBe(204);
      expect(minimal.text).toBe("");

      expect((await call(graph, "POST", `${path}/${id}/terminate`)).status).toBe(204);
      const terminated = await call(graph, "GET", `${path}/${id}`);
      expect(terminated.json.partnerState).toBe("terminated");
      expect(terminated.json.isConfigured).toBe(true);
      expect(Date.parse(terminated.json.whenPartnerDevicesWillBeRemovedDateTime as string)).toBe(fixedNow.getTime() + 90 * 86_400_000);

      expect((await call(graph, "DELETE", `${path}/${id}`)).status).toBe(204);
      const gone = await call(graph, "GET", `${path}/${id}`);
      expect(gone.status).toBe(404);
      expect(gone.json.error!.code).toBe("ResourceNotFound");
    }
  });

  it("keeps a set removal date on terminate", async () => {
    const graph = newGraph();
    const created = await call(graph, "POST", dmp, { body: { whenPartnerDevicesWillBeRemovedDateTime: "2027-01-01T00:00:00Z" } });
    await call(graph, "POST", `${dmp}/${created.json.id}/terminate`);
    expect((await call(graph, "GET", `${dmp}/${created.json.id}`)).json.whenPartnerDevicesWillBeRemovedDateTime).toBe("2027-01-01T00:00:00Z");
  });

  it("counts as text/plain", async () => {
    const graph = newGraph();
    const res = await call(graph, "GET", `${dmp}/$count`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/plain/);
    expect(Number(res.text)).toBe((await call(graph, "GET", dmp)).json.value!.length);
  });

  it("hides beta-only assignment filter fields from v1.0", async () => {
    const graph = newGraph();
    const created = await call(graph, "POST", dmpBeta, {
      body: {
        groupsRequiringPartnerEnrollment: [
          {
            target: {
              "@odata.type": "#microsoft.graph.groupAssignmentTarget",
              groupId: jamfGroup,
              deviceAndAppManagementAssignmentFilterId: "f1",
              deviceAndAppManagementAssignmentFilterType: "include",
            },
          },
        ],
      },
    });
    expect(created.status).toBe(201);
    const beta = await call(graph, "GET", `${dmpBeta}/${created.json.id}`);
    const v1 = await call(graph, "GET", `${dmp}/${created.json.id}`);
    expect((beta.json.groupsRequiringPartnerEnrollment as { target: object }[])[0]!.target).toHaveProperty("deviceAndAppManagementAssignmentFilterType", "include");
    expect((v1.json.groupsRequiringPartnerEnrollment as { target: object }[])[0]!.target).toEqual({ "@odata.type": "#microsoft.graph.groupAssignmentTarget", groupId: jamfGroup });
  });

  it("terminate exists only for device management partners", async () => {
    const graph = newGraph();
    const id = (await call(graph, "GET", cmp)).json.value![0]!.id;
    expect((await call(graph, "POST", `${cmp}/${id}/terminate`)).status).toBe(400);
  });
});

describe("compliance management partners", () => {
  it("seeds at most one onboarded partner per platform", async () => {
    const graph = newGraph();
    const partners = (await call(graph, "GET", cmpBeta)).json.value!;
    expect(partners.length).toBeGreaterThanOrEqual(10);
    for (const platform of ["macOs", "ios", "android", "windows", "linux"]) {
      expect(partners.filter((p) => p[`${platform}Onboarded`] === true)).toHaveLength(1);
    }
  });

  it("serves windows and linux in beta only", async () => {
    const graph = newGraph();
    const v1 = (await call(graph, "GET", cmp)).json.value![0]!;
    const beta = (await call(graph, "GET", cmpBeta)).json.value![0]!;
    expect(v1).not.toHaveProperty("linuxOnboarded");
    expect(v1).not.toHaveProperty("windowsEnrollmentAssignments");
    expect(beta).toHaveProperty("linuxOnboarded");
    expect(beta).toHaveProperty("windowsEnrollmentAssignments");
    const rejected = await call(graph, "POST", cmp, { body: { displayName: "X", linuxOnboarded: true } });
    expect(rejected.status).toBe(400);
    expect(rejected.json.error!.target).toBe("linuxOnboarded");
  });

  it("creates, updates (replacing assignments whole) and deletes", async () => {
    const graph = newGraph();
    const created = await call(graph, "POST", cmpBeta, {
      body: {
        displayName: "New compliance partner",
        macOsEnrollmentAssignments: [{ target: { "@odata.type": "#microsoft.graph.allDevicesAssignmentTarget" } }],
        iosEnrollmentAssignments: [{ target: { "@odata.type": "#microsoft.graph.allLicensedUsersAssignmentTarget" } }],
      },
    });
    expect(created.status).toBe(201);
    expect(created.json.androidOnboarded).toBe(false);
    const id = created.json.id as string;
    const patched = await call(graph, "PATCH", `${cmpBeta}/${id}`, {
      body: { macOsEnrollmentAssignments: [{ target: { "@odata.type": "#microsoft.graph.configurationManagerCollectionAssignmentTarget", collectionId: "MEM00031" } }] },
    });
    expect(patched.status).toBe(200);
    expect(patched.json.macOsEnrollmentAssignments).toEqual([{ target: { "@odata.type": "#microsoft.graph.configurationManagerCollectionAssignmentTarget", collectionId: "MEM00031" } }]);
    expect(patched.json.iosEnrollmentAssignments).toHaveLength(1);
    expect((await call(graph, "DELETE", `${cmpBeta}/${id}`)).status).toBe(204);
    expect((await call(graph, "DELETE", `${cmpBeta}/${id}`)).status).toBe(404);
  });
});

describe("validation: nothing is stored on any error", () => {
  const cases: [string, unknown, string | undefined][] = [
    ["an unknown property", { displayName: "x", DisplayName: "y" }, "DisplayName"],
    ["a wrong type", { isConfigured: "yes" }, "isConfigured"],
    ["the seed pages' \"String\" enum value", { partnerState: "String" }, "partnerState"],
    ["a target without @odata.type", { groupsRequiringPartnerEnrollment: [{ target: { groupId: "g" } }] }, "groupsRequiringPartnerEnrollment[0].target.@odata.type"],
    ["an id", { id: "mine" }, "id"],
    ["a date-time without an offset", { lastHeartbeatDateTime: "2026-01-01T00:00:00" }, "lastHeartbeatDateTime"],
  ];
  it.each(cases)("rejects %s with 400 and names the property", async (_name, body, target) => {
    const graph = newGraph();
    const before = (await call(graph, "GET", `${dmp}/$count`)).text;
    const res = await call(graph, "POST", dmp, { body });
    expect(res.status).toBe(400);
    expect(res.json.error!.code).toBe("BadRequest");
    expect(res.json.error!.target).toBe(target);
    expect(res.json.error!.message.length).toBeGreaterThan(10);
    expect((await call(graph, "GET", `${dmp}/$count`)).text).toBe(before);
  });

  it("rejects a non-JSON body and a body over 1 MB, and changes no data", async () => {
    const graph = newGraph();
    const id = (await call(graph, "GET", dmp)).json.value![0]!.id as string;
    const stored = async () => (await call(graph, "GET", `${dmp}/${id}`)).json;
    const count = async () => (await call(graph, "GET", `${dmp}/$count`)).text;
    const [entityBefore, countBefore] = [await stored(), await count()];
    expect(entityBefore.id).toBe(id);
    expect(Number(countBefore)).toBeGreaterThan(0);

    const bad = await call(graph, "PATCH", `${dmp}/${id}`, { body: '{"displayName":"Changed"' });
    expect(bad.status).toBe(400);
    expect(bad.json.error!.code).toBe("BadRequest");
    const huge = JSON.stringify({ displayName: "x".repeat(1024 * 1024) });
    const hugePost = await call(graph, "POST", dmp, { body: huge });
    expect(hugePost.status).toBe(413);
    expect(hugePost.json.error!.code).toBe("RequestEntityTooLarge");
    const hugePatch = await call(graph, "PATCH", `${dmp}/${id}`, { body: huge });
    expect(hugePatch.status).toBe(413);
    expect(hugePatch.json.error!.code).toBe("RequestEntityTooLarge");

    expect(await stored()).toEqual(entityBefore);
    expect(await count()).toBe(countBefore);
  });

  it("answers unknown routes, the seed pages' $ref and wrong methods in Graph's envelope", async () => {
    const graph = newGraph();
    for (const path of ["/v1.0/deviceManagement/deviceManagementPartners/$ref", "/v2/deviceManagement/deviceManagementPartners", "/v1.0/deviceManagement/somethingElse", "/v1.0/me"]) {
      const res = await call(graph, "GET", path);
      expect(res.status, path).toBe(400);
      expect(res.json.error!.code).toBe("BadRequest");
      expect(res.json.error!).toHaveProperty("innerError.request-id", res.headers.get("request-id"));
    }
    const wrong = await call(graph, "PUT", dmp);
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get("allow")).toBe("GET, POST");
    expect(wrong.json.error!.code).toBeTruthy();
  });
});

describe("paging", () => {
  it("follows @odata.nextLink to the end with an opaque $skiptoken, honouring maxpagesize and $count", async () => {
    const graph = newGraph();
    await graph.resetTenant("tenant-a", { deviceManagementPartners: 250 });
    const seen: string[] = [];
    let next: string | undefined = `${dmp}?$count=true`;
    let pages = 0;
    while (next) {
      const res = await call(graph, "GET", next.replace("http://mock.test", ""), { headers: { prefer: "odata.maxpagesize=100" } });
      expect(res.status).toBe(200);
      expect(res.json["@odata.count"]).toBe(250);
      seen.push(...res.json.value!.map((p) => p.id as string));
      next = res.json["@odata.nextLink"] as string | undefined;
      if (next) expect(next).toMatch(/^http:\/\/mock\.test\/v1\.0\/deviceManagement\/deviceManagementPartners\?.*\$skiptoken=/);
      pages++;
    }
    expect(pages).toBe(3);
    expect(new Set(seen).size).toBe(250);
  });

  it("pages by the default of 100 and honours a smaller maxpagesize", async () => {
    const graph = newGraph();
    await graph.resetTenant("tenant-a", { deviceManagementPartners: 150 });
    expect((await call(graph, "GET", dmp)).json.value).toHaveLength(100);
    const small = await call(graph, "GET", dmp, { headers: { prefer: "odata.maxpagesize=5" } });
    expect(small.json.value).toHaveLength(5);
    expect(small.headers.get("preference-applied")).toBe("odata.maxpagesize=5");
  });

  it("rejects a forged $skiptoken", async () => {
    const graph = newGraph();
    expect((await call(graph, "GET", `${dmp}?$skiptoken=nonsense`)).status).toBe(400);
  });

  it("seeds 0 and 5000 partners on request", async () => {
    const graph = newGraph();
    await graph.resetTenant("tenant-a", { deviceManagementPartners: 0, complianceManagementPartners: 0 });
    expect((await call(graph, "GET", `${dmp}/$count`)).text).toBe("0");
    expect((await call(graph, "GET", `${cmp}/$count`)).text).toBe("0");
    await graph.resetTenant("tenant-a", { deviceManagementPartners: 5000 });
    expect((await call(graph, "GET", `${dmp}/$count`)).text).toBe("5000");
  });
});

describe("groups", () => {
  it("lists, searches and gets groups", async () => {
    const graph = newGraph();
    const all = await call(graph, "GET", "/v1.0/groups");
    expect(all.json.value!.length).toBeGreaterThanOrEqual(25);
    const found = await call(graph, "GET", `/v1.0/groups?$search=${encodeURIComponent('"displayName:finance"')}`, { headers: { consistencylevel: "eventual" } });
    expect(found.status).toBe(200);
    expect(found.json.value!.map((g) => g.displayName)).toEqual(["Finance", "Finance - Restricted"]);
    const one = await call(graph, "GET", `/v1.0/groups/${jamfGroup}`);
    expect(one.json.id).toBe(jamfGroup);
    expect((await call(graph, "GET", "/v1.0/groups/00000000-0000-0000-0000-000000000000")).status).toBe(404);
  });
});

describe("$top sets the page size, as on Graph", () => {
  it("pages through everything with $top and nextLink", async () => {
    const graph = newGraph();
    await graph.resetTenant("tenant-a", { deviceManagementPartners: 25 });
    const first = await call(graph, "GET", `${dmp}?$top=10&$select=displayName`);
    expect(first.json.value).toHaveLength(10);
    expect(Object.keys(first.json.value![0]!).sort()).toEqual(["@odata.type", "displayName", "id"]);
    const second = await call(graph, "GET", (first.json["@odata.nextLink"] as string).replace("http://mock.test", ""));
    expect(second.json.value).toHaveLength(10);
    expect(second.json.value![0]!).not.toHaveProperty("partnerState");
    const third = await call(graph, "GET", (second.json["@odata.nextLink"] as string).replace("http://mock.test", ""));
    expect(third.json.value).toHaveLength(5);
    expect(third.json["@odata.nextLink"]).toBeUndefined();
  });
});
