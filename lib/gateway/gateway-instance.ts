import { getServerEnv } from "../env";
import { getSharedMockGraph } from "../mock-graph/shared-mock-graph";
import { createDemoApi, type DemoApi } from "./demo-api";
import { createGraphGateway, type GraphGateway } from "./graph-gateway";
import { defaultRetryPolicy } from "./retry-policy";

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
    });
  }
  return gateway;
}

export function getDemoApi(): DemoApi {
  demoApi ??= createDemoApi({ mode: getServerEnv().GRAPH_MODE, mockGraph: getSharedMockGraph });
  return demoApi;
}
