import { describeGatewayTrace, parseGatewayTrace } from "@/lib/graph/gateway-trace";
import type { GraphCall } from "./graph-call-log";

/** What the gateway did for a call, in words: sent once, retried after throttling (with its waits), timed out. */
export function describeGatewayWork(call: Pick<GraphCall, "trace">): string {
  const trace = parseGatewayTrace(call.trace);
  if (!trace) return "Answered by the console's server without calling Microsoft Graph.";
  const retries = trace.answers.length - 1;
  const steps = describeGatewayTrace(trace);
  const timedOut = trace.answers.includes("timeout") ? " Microsoft Graph did not answer in time." : "";
  if (retries === 0) return `Sent once: ${steps}.${timedOut}`;
  return `Retried ${retries} time${retries === 1 ? "" : "s"}: ${steps}.${timedOut}`;
}
