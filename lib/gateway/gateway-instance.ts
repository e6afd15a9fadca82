import { getServerEnv } from "../env";
import { getSharedMockGraph } from "../mock-graph/shared-mock-graph";
import { createDemoApi, type DemoApi } from "./demo-api";
import { createGraphGateway, type GraphGateway } from "./graph-gateway";
import { defaultRetryPolicy } from "./retry-policy";
import { sandboxSecret } from "./sandbox-secret";

// One per process, configured from the environment at run time (never at build time).
let gateway: GraphGateway | undefined;
let demoApi: DemoApi | undefined;

export function getGraphGateway(): GraphGateway {
  if (!gateway) {
    const env = getServerEnv();
    gateway = createGraphGateway({
      mode: env.GRAPH_MODE,
      upstreamBaseUrl: env.GRAPH_BASE_URL,
      timeoutMs: env.GRAPH_TIMEOUT_MS,
      // The budget never cuts a first attempt short of its configured timeout.
      retryPolicy: { budgetMs: Math.max(defaultRetryPolicy.budgetMs, 2 * env.GRAPH_TIMEOUT_MS) },
      mockGraph: getSharedMockGraph,
      trustProxy: env.TRUST_PROXY,
      sandboxSecret: sandboxSecret(env),
    });
  }
  return gateway;
}

export function getDemoApi(): DemoApi {
  const env = getServerEnv();
  demoApi ??= createDemoApi({ mode: env.GRAPH_MODE, mockGraph: getSharedMockGraph, trustProxy: env.TRUST_PROXY, sandboxSecret: sandboxSecret(env) });
  return demoApi;
}
