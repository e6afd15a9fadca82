import { afterEach, describe, expect, it, vi } from "vitest";
import { onboardedComplianceManagementPartnersOptions } from "../compliance-management-partners";
import { runQuery, stubGateway } from "./fake-graph";

afterEach(() => vi.unstubAllGlobals());

const link = (n: number) => `/api/graph/beta/deviceManagement/complianceManagementPartners?$skiptoken=${n}`;

describe("onboardedComplianceManagementPartnersOptions", () => {
  it("asks for the partners onboarded on any of the version's platforms, following nextLinks", async () => {
    const sent = stubGateway((_, i) => ({ body: { value: [{ id: `c${i}`, macOsOnboarded: true }], ...(i < 2 ? { "@odata.nextLink": link(i + 1) } : {}) } }));
    const options = onboardedComplianceManagementPartnersOptions("beta");
    expect(options.queryKey).toEqual(["graph", "complianceManagementPartners", "beta", "list", "onboarded"]);
    expect(options.staleTime).toBe(0);
    expect(await runQuery(options)).toEqual([0, 1, 2].map((i) => ({ id: `c${i}`, macOsOnboarded: true })));
    const first = new URL(sent[0]!.url, "http://x");
    expect(first.pathname).toBe("/api/graph/beta/deviceManagement/complianceManagementPartners");
    expect(first.searchParams.get("$select")).toBe("id,displayName,macOsOnboarded,iosOnboarded,androidOnboarded,windowsOnboarded,linuxOnboarded");
    expect(first.searchParams.get("$filter")).toBe(
      "macOsOnboarded eq true or iosOnboarded eq true or androidOnboarded eq true or windowsOnboarded eq true or linuxOnboarded eq true",
    );
    expect(sent.slice(1).map((r) => r.url)).toEqual([link(1), link(2)]);
  });

  it("leaves out the beta-only platforms in v1.0", async () => {
    const sent = stubGateway();
    expect(await runQuery(onboardedComplianceManagementPartnersOptions("v1.0"))).toEqual([]);
    const url = new URL(sent[0]!.url, "http://x");
    expect(url.searchParams.get("$select")).toBe("id,displayName,macOsOnboarded,iosOnboarded,androidOnboarded");
    expect(url.searchParams.get("$filter")).toBe("macOsOnboarded eq true or iosOnboarded eq true or androidOnboarded eq true");
    expect(sent).toHaveLength(1);
  });

  it("stops after 20 pages even when Graph keeps sending nextLinks", async () => {
    const sent = stubGateway((_, i) => ({ body: { value: [{ id: `c${i}` }], "@odata.nextLink": link(i + 1) } }));
    const partners = await runQuery<unknown[]>(onboardedComplianceManagementPartnersOptions("beta"));
    expect(sent).toHaveLength(20);
    expect(partners).toHaveLength(20);
  });

  it("rejects a partner without an id with a 502", async () => {
    stubGateway(() => ({ body: { value: [{ displayName: "x" }] } }));
    await expect(runQuery(onboardedComplianceManagementPartnersOptions("beta"))).rejects.toMatchObject({ status: 502, code: "BadGateway" });
  });
});
