import type * as Beta from "@microsoft/microsoft-graph-types-beta";
import type * as V1 from "@microsoft/microsoft-graph-types";
import { describe, expectTypeOf, test } from "vitest";
import type { z } from "zod";
import type { assignmentTargetSchemas } from "../assignment-target";
import type { complianceManagementPartnerSchemas } from "../compliance-management-partner";
import type { deviceManagementPartnerSchemas } from "../device-management-partner";
import type {
  DeviceAndAppManagementAssignmentFilterType,
  DeviceManagementPartnerAppType,
  DeviceManagementPartnerTenantState,
} from "../enums";

type Read<S extends { read: z.ZodType }> = Omit<z.output<S["read"]>, "@odata.type">;
type Write<S extends { create: z.ZodType }> = Omit<z.input<S["create"]>, "@odata.type">;
type Target<V extends keyof typeof assignmentTargetSchemas, T extends string> = Omit<
  Extract<z.output<(typeof assignmentTargetSchemas)[V]>, { "@odata.type": `#microsoft.graph.${T}` }>,
  "@odata.type"
>;

describe("zod schemas agree with @microsoft/microsoft-graph-types (v1.0)", () => {
  type Dmp = Read<(typeof deviceManagementPartnerSchemas)["v1.0"]>;
  type Cmp = Read<(typeof complianceManagementPartnerSchemas)["v1.0"]>;

  test("enums", () => {
    expectTypeOf<DeviceManagementPartnerTenantState>().toEqualTypeOf<V1.DeviceManagementPartnerTenantState>();
    expectTypeOf<DeviceManagementPartnerAppType>().toEqualTypeOf<V1.DeviceManagementPartnerAppType>();
  });

  test("deviceManagementPartner: same properties, assignable to the typing", () => {
    expectTypeOf<keyof Dmp>().toEqualTypeOf<keyof V1.DeviceManagementPartner>();
    expectTypeOf<Dmp>().toExtend<V1.DeviceManagementPartner>();
    expectTypeOf<Omit<V1.DeviceManagementPartner, "id" | "groupsRequiringPartnerEnrollment">>().toExtend<
      Write<(typeof deviceManagementPartnerSchemas)["v1.0"]>
    >();
  });

  test("complianceManagementPartner: same properties, assignable to the typing", () => {
    expectTypeOf<keyof Cmp>().toEqualTypeOf<keyof V1.ComplianceManagementPartner>();
    expectTypeOf<Cmp>().toExtend<V1.ComplianceManagementPartner>();
  });

  test("assignment targets", () => {
    expectTypeOf<keyof Target<"v1.0", "groupAssignmentTarget">>().toEqualTypeOf<keyof V1.GroupAssignmentTarget>();
    expectTypeOf<keyof Target<"v1.0", "exclusionGroupAssignmentTarget">>().toEqualTypeOf<keyof V1.ExclusionGroupAssignmentTarget>();
    expectTypeOf<keyof Target<"v1.0", "configurationManagerCollectionAssignmentTarget">>().toEqualTypeOf<
      keyof V1.ConfigurationManagerCollectionAssignmentTarget
    >();
    expectTypeOf<keyof Target<"v1.0", "allDevicesAssignmentTarget">>().toEqualTypeOf<keyof V1.AllDevicesAssignmentTarget>();
    expectTypeOf<keyof Target<"v1.0", "allLicensedUsersAssignmentTarget">>().toEqualTypeOf<keyof V1.AllLicensedUsersAssignmentTarget>();
    expectTypeOf<Target<"v1.0", "groupAssignmentTarget">>().toExtend<V1.GroupAssignmentTarget>();
  });
});

describe("zod schemas agree with @microsoft/microsoft-graph-types-beta", () => {
  type Dmp = Read<(typeof deviceManagementPartnerSchemas)["beta"]>;
  type Cmp = Read<(typeof complianceManagementPartnerSchemas)["beta"]>;

  test("enums", () => {
    expectTypeOf<DeviceManagementPartnerTenantState>().toEqualTypeOf<Beta.DeviceManagementPartnerTenantState>();
    expectTypeOf<DeviceManagementPartnerAppType>().toEqualTypeOf<Beta.DeviceManagementPartnerAppType>();
    expectTypeOf<DeviceAndAppManagementAssignmentFilterType>().toEqualTypeOf<Beta.DeviceAndAppManagementAssignmentFilterType>();
  });

  test("deviceManagementPartner", () => {
    expectTypeOf<keyof Dmp>().toEqualTypeOf<keyof Beta.DeviceManagementPartner>();
    expectTypeOf<Dmp>().toExtend<Beta.DeviceManagementPartner>();
  });

  test("complianceManagementPartner: today's beta (Linux) plus the seed page's Windows pair", () => {
    expectTypeOf<keyof Cmp>().toEqualTypeOf<keyof Beta.ComplianceManagementPartner | "windowsOnboarded" | "windowsEnrollmentAssignments">();
    expectTypeOf<Omit<Cmp, "windowsOnboarded" | "windowsEnrollmentAssignments">>().toExtend<Beta.ComplianceManagementPartner>();
  });

  test("assignment targets carry the beta filter properties", () => {
    expectTypeOf<keyof Target<"beta", "groupAssignmentTarget">>().toEqualTypeOf<keyof Beta.GroupAssignmentTarget>();
    expectTypeOf<keyof Target<"beta", "configurationManagerCollectionAssignmentTarget">>().toEqualTypeOf<
      keyof Beta.ConfigurationManagerCollectionAssignmentTarget
    >();
    expectTypeOf<keyof Target<"beta", "allDevicesAssignmentTarget">>().toEqualTypeOf<keyof Beta.AllDevicesAssignmentTarget>();
    expectTypeOf<Target<"beta", "exclusionGroupAssignmentTarget">>().toExtend<Beta.ExclusionGroupAssignmentTarget>();
  });
});
