import { getServerEnv } from "../env";
import { parseFaultSpec } from "../fault-spec";
import { createMockGraph, type MockGraph } from "./mock-graph";

const key = Symbol.for("intune-partner-console.mock-graph");
type Holder = { [key]?: MockGraph };

/** One mock per process, configured from the environment at run time; kept on globalThis so every bundle shares it. */
export function getSharedMockGraph(): MockGraph {
  const holder = globalThis as Holder;
  if (!holder[key]) {
    const env = getServerEnv();
    holder[key] = createMockGraph({
      dataDir: env.MOCK_GRAPH_DATA_DIR,
      faults: env.MOCK_GRAPH_FAULTS ? parseFaultSpec(env.MOCK_GRAPH_FAULTS) : undefined,
      maxTenants: env.MOCK_GRAPH_MAX_TENANTS,
      throttling: env.MOCK_GRAPH_THROTTLING,
    });
  }
  return holder[key];
}
