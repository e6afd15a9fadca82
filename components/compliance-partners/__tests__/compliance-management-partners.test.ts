import { describe, expect, it } from "vitest";
import type { ComplianceManagementPartner } from "@/lib/graph/compliance-management-partner";
import { validateEntityBody } from "@/lib/graph/validate-body";
import { formFieldOfErrorTarget } from "@/components/partners/form-field-of-error-target";
import { changedFields } from "@/lib/api/changed-fields";
import { onboardedPlatforms } from "@/lib/graph/compliance-platform-conflicts";
import { listViewConfigOf } from "@/components/partners/partner-kind";
import { complianceManagementPartnerKind } from "../compliance-partner-kind";
import {
  complianceManagementPartnerBody,
  complianceManagementPartnerFormFields,
  complianceManagementPartnerFormSchema,
  complianceManagementPartnerFormValues,
  newComplianceManagementPartnerFormValues,
} from "../compliance-partner-form-model";
import { filterExpression, listQuery, parseListView } from "@/lib/api/list-view";

const complianceManagementPartnerListConfigs = {
  beta: listViewConfigOf(complianceManagementPartnerKind, "beta", new Date()),
  "v1.0": listViewConfigOf(complianceManagementPartnerKind, "v1.0", new Date()),
};

const group = "0f0e0d0c-0b0a-4909-8807-060504030201";
const partner: ComplianceManagementPartner = {
  id: "p1",
  displayName: "Jamf Pro",
  partnerState: "enabled",
  lastHeartbeatDateTime: "2026-01-02T03:04:05.1234567+05:30",
  macOsOnboarded: true,
  iosOnboarded: false,
  androidOnboarded: false,
  windowsOnboarded: false,
  linuxOnboarded: true,
  macOsEnrollmentAssignments: [{ target: { "@odata.type": "#microsoft.graph.groupAssignmentTarget", groupId: group } }],
  iosEnrollmentAssignments: null,
  androidEnrollmentAssignments: [],
  windowsEnrollmentAssignments: null,
  linuxEnrollmentAssignments: [{ target: { "@odata.type": "#microsoft.graph.allDevicesAssignmentTarget" } }],
};

describe("compliance partner list view", () => {
  it("filters by onboarded platform with the platform's boolean, OR'ed, AND'ed with state", () => {
    const config = complianceManagementPartnerListConfigs.beta;
    const view = parseListView(new URLSearchParams("state=enabled&platform=macOs,linux"), config);
    expect(filterExpression(view, config)).toBe("partnerState eq 'enabled' and (macOsOnboarded eq true or linuxOnboarded eq true)");
  });

  it("selects and filters Windows and Linux in beta only", () => {
    const v1 = complianceManagementPartnerListConfigs["v1.0"];
    expect(listQuery(parseListView(new URLSearchParams("platform=linux,android"), v1), v1)).toEqual({
      $select: "id,displayName,partnerState,lastHeartbeatDateTime,macOsOnboarded,iosOnboarded,androidOnboarded",
      $filter: "androidOnboarded eq true",
      $orderby: "displayName asc",
      $count: "true",
    });
    expect(complianceManagementPartnerListConfigs.beta.select).toContain("windowsOnboarded");
    expect(complianceManagementPartnerListConfigs.beta.select).toContain("linuxOnboarded");
  });

  it("lists the platforms a partner is onboarded for in the version", () => {
    expect(onboardedPlatforms(partner, "beta").map((p) => p.label)).toEqual(["macOS", "Linux"]);
    expect(onboardedPlatforms(partner, "v1.0").map((p) => p.label)).toEqual(["macOS"]);
  });
});

describe("compliance partner form", () => {
  it("sends only the version's platforms, and the body is valid for Graph", () => {
    const values = complianceManagementPartnerFormValues(partner);
    const v1 = complianceManagementPartnerBody(values, "v1.0");
    expect(Object.keys(v1)).not.toContain("linuxOnboarded");
    expect(Object.keys(v1)).not.toContain("windowsEnrollmentAssignments");
    expect(validateEntityBody("complianceManagementPartners", "v1.0", "create", v1).ok).toBe(true);
    const beta = complianceManagementPartnerBody(values, "beta");
    expect(beta.linuxOnboarded).toBe(true);
    expect(beta.lastHeartbeatDateTime).toBe(partner.lastHeartbeatDateTime);
    expect(validateEntityBody("complianceManagementPartners", "beta", "create", beta).ok).toBe(true);
  });

  it("an untouched form changes nothing; null and empty assignments are the same", () => {
    const initial = complianceManagementPartnerBody(complianceManagementPartnerFormValues(partner), "beta");
    const swapped = { ...partner, iosEnrollmentAssignments: [], androidEnrollmentAssignments: null, windowsEnrollmentAssignments: [] };
    const values = complianceManagementPartnerFormValues(swapped);
    expect(values.iosEnrollmentAssignments).toEqual([]);
    expect(values.androidEnrollmentAssignments).toEqual([]);
    expect(changedFields(initial, complianceManagementPartnerBody(values, "beta"))).toEqual({});
    expect(changedFields(initial, complianceManagementPartnerBody({ ...values, macOsEnrollmentAssignments: [] }, "beta"))).toEqual({ macOsEnrollmentAssignments: [] });
  });

  it("a changed platform sends its onboarded flag and its whole assignment collection only", () => {
    const initial = complianceManagementPartnerFormValues(partner);
    const edited = {
      ...initial,
      iosOnboarded: true,
      iosEnrollmentAssignments: [{ targetType: "#microsoft.graph.allLicensedUsersAssignmentTarget" as const, groupId: "", collectionId: "", filterId: "", filterType: "none" as const }],
    };
    expect(changedFields(complianceManagementPartnerBody(initial, "beta"), complianceManagementPartnerBody(edited, "beta"))).toEqual({
      iosOnboarded: true,
      iosEnrollmentAssignments: [{ target: { "@odata.type": "#microsoft.graph.allLicensedUsersAssignmentTarget" } }],
    });
  });

  it("validates the version's assignments and ignores the others", () => {
    const values = newComplianceManagementPartnerFormValues(new Date("2026-05-06T07:08:09Z"));
    values.displayName = "New";
    values.linuxEnrollmentAssignments = [{ targetType: "#microsoft.graph.groupAssignmentTarget", groupId: "", collectionId: "", filterId: "", filterType: "none" }];
    expect(complianceManagementPartnerFormSchema("v1.0").safeParse(values).success).toBe(true);
    const beta = complianceManagementPartnerFormSchema("beta").safeParse(values);
    expect(beta.success).toBe(false);
    expect(beta.error?.issues[0]?.path).toEqual(["linuxEnrollmentAssignments", 0, "groupId"]);
  });

  it("asks for a display name", () => {
    const values = newComplianceManagementPartnerFormValues();
    const result = complianceManagementPartnerFormSchema("beta").safeParse(values);
    expect(result.error?.issues.map((i) => i.message)).toEqual(["Enter a display name."]);
  });
});

describe("server errors on compliance fields", () => {
  it("map a platform's assignment target to its row in the form", () => {
    const fields = complianceManagementPartnerFormFields;
    expect(formFieldOfErrorTarget("macOsEnrollmentAssignments[0].target.groupId", fields)).toBe("macOsEnrollmentAssignments.0.groupId");
    expect(formFieldOfErrorTarget("linuxEnrollmentAssignments[2].target.@odata.type", fields)).toBe("linuxEnrollmentAssignments.2.targetType");
    expect(formFieldOfErrorTarget("androidOnboarded", fields)).toBe("androidOnboarded");
    expect(formFieldOfErrorTarget("partnerAppType", fields)).toBeUndefined();
  });
});
