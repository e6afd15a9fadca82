import { describe, expect, it } from "vitest";
import { GraphError } from "../graph-error";
import { isOnboardingOnlyRefusal } from "../onboarding-refusal";

// A real tenant's "no OData route" 400 on creating a compliance partner is explained, anything else shown as it is.
const message = "No OData route exists that match template ~/singleton/navigation with http verb POST for request /DeviceFE/StatelessDeviceFEService/deviceManagement/complianceManagementPartners.";

describe("the onboarding-only refusal", () => {
  it("is Graph's 400 whose message says no OData route exists, in any case", () => {
    expect(isOnboardingOnlyRefusal(new GraphError(400, message))).toBe(true);
    expect(isOnboardingOnlyRefusal(new GraphError(400, "NO ODATA ROUTE EXISTS"))).toBe(true);
  });

  it("is not another status, another 400, or an error that is not Graph's", () => {
    expect(isOnboardingOnlyRefusal(new GraphError(404, message))).toBe(false);
    expect(isOnboardingOnlyRefusal(new GraphError(400, "Invalid value for property displayName"))).toBe(false);
    expect(isOnboardingOnlyRefusal(new Error(message))).toBe(false);
    expect(isOnboardingOnlyRefusal({ status: 400, message })).toBe(false);
    expect(isOnboardingOnlyRefusal(undefined)).toBe(false);
  });
});
