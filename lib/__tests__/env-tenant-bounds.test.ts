import { describe, expect, it } from "vitest";
import { parseEnv } from "../env";

describe("the sandbox bounds in the environment", () => {
  it("default to 1000 tenants, 128 MB and 30 idle days", () => {
    expect(parseEnv({})).toMatchObject({ MOCK_GRAPH_MAX_TENANTS: 1000, MOCK_GRAPH_MAX_TENANT_MB: 128, MOCK_GRAPH_TENANT_IDLE_DAYS: 30 });
    expect(parseEnv({ MOCK_GRAPH_TENANT_IDLE_DAYS: "7", MOCK_GRAPH_MAX_TENANT_MB: "512" })).toMatchObject({ MOCK_GRAPH_TENANT_IDLE_DAYS: 7, MOCK_GRAPH_MAX_TENANT_MB: 512 });
  });

  it.each([
    ["MOCK_GRAPH_TENANT_IDLE_DAYS", "0"],
    ["MOCK_GRAPH_TENANT_IDLE_DAYS", "1.5"],
    ["MOCK_GRAPH_TENANT_IDLE_DAYS", "forever"],
    ["MOCK_GRAPH_MAX_TENANT_MB", "0"],
    ["MOCK_GRAPH_MAX_TENANT_MB", "-3"],
  ])("refuse %s=%s with a message naming the variable", (name, value) => {
    expect(() => parseEnv({ [name]: value })).toThrow(new RegExp(`${name}:`));
  });
});
