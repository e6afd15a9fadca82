import { z } from "zod";
import { GraphError } from "../graph/graph-error";
import { parseFaultSpec, type FaultSpec } from "../fault-spec";
import { isHttps } from "./console-origin";
import { resolveSandbox, type Sandbox } from "./demo-sandbox";
import { graphErrorResponse, type ResponseIds } from "./error-response";
import type { MockGraphService } from "./mock-graph-service";
import { readJsonBody } from "./request-body";
import { clientRequestIdOf, newRequestId } from "./request-ids";
import { loggablePath, writeGatewayLog, type GatewayLogger } from "./request-log";
import { checkSameOrigin } from "./same-origin";

export interface DemoApiOptions {
  mode: "demo" | "live";
  mockGraph: () => MockGraphService;
  log?: GatewayLogger;
  now?: () => number;
}

export interface DemoApi {
  /** POST /api/demo/reset: re-seeds the caller's sandbox, optionally with `SeedOptions`. */
  reset(request: Request): Promise<Response>;
  /** POST /api/demo/faults: sets (or with null clears) fault injection for the caller's sandbox. */
  faults(request: Request): Promise<Response>;
}

/** Beyond this a reset would hold the request (and memory) for too long; the bench needs 5,000. */
export const maxSeedCount = 10_000;
const maxDemoBodyBytes = 16 * 1024;

const seedCount = z.number().int().min(0).max(maxSeedCount);
const seedOptionsSchema = z.strictObject({ deviceManagementPartners: seedCount.optional(), complianceManagementPartners: seedCount.optional() });
const faultsBodySchema = z.strictObject({ faults: z.string().max(1024).nullable() });

type Action = (sandbox: Sandbox, body: unknown) => Promise<GraphError | undefined>;

export function createDemoApi(options: DemoApiOptions): DemoApi {
  const log = options.log ?? writeGatewayLog;
  const now = options.now ?? Date.now;

  function endpoint(action: Action) {
    return async (request: Request): Promise<Response> => {
      const started = now();
      const ids: ResponseIds = { requestId: newRequestId(), clientRequestId: clientRequestIdOf(request.headers) };
      const finish = (response: Response): Response => {
        log({
          mode: options.mode,
          method: request.method,
          path: loggablePath(request.url),
          query: [],
          status: response.status,
          durationMs: now() - started,
          ...ids,
        });
        return response;
      };
      const fail = (error: GraphError, headers?: Record<string, string>) => finish(graphErrorResponse(error, ids, headers));

      try {
        if (request.method !== "POST") {
          return fail(new GraphError(405, `The method ${request.method} is not allowed here. Allowed: POST.`, { code: "BadRequest" }), { allow: "POST" });
        }
        if (options.mode !== "demo") return fail(new GraphError(404, "Demo data exists only in demo mode.", { code: "ResourceNotFound" }));
        const denied = checkSameOrigin(request);
        if (denied) return fail(denied);
        const read = await readJsonBody(request, { optional: true, limit: maxDemoBodyBytes });
        if (!read.ok) return fail(read.error);
        const sandbox = resolveSandbox(request.headers, { secure: isHttps(request) });
        const error = await action(sandbox, read.value);
        if (error) return fail(error);
        const headers = new Headers({ "request-id": ids.requestId, "client-request-id": ids.clientRequestId, "cache-control": "no-store" });
        if (sandbox.setCookie) headers.append("set-cookie", sandbox.setCookie);
        return finish(new Response(null, { status: 204, headers }));
      } catch (error) {
        console.error(`demo-api: ${error instanceof Error ? error.message : String(error)}`);
        return fail(new GraphError(500, "The console could not handle the request.", { code: "InternalError" }));
      }
    };
  }

  return {
    reset: endpoint(async (sandbox, body) => {
      const seed = seedOptionsSchema.safeParse(body ?? {});
      if (!seed.success) return invalid(seed.error, `Send counts as whole numbers from 0 to ${maxSeedCount}.`);
      await options.mockGraph().resetTenant(sandbox.id, seed.data);
      return undefined;
    }),
    faults: endpoint(async (sandbox, body) => {
      const parsed = faultsBodySchema.safeParse(body);
      if (!parsed.success) return invalid(parsed.error, `Send {"faults": "rate=1,codes=500"} or {"faults": null}.`);
      let spec: FaultSpec | undefined;
      try {
        spec = parsed.data.faults === null ? undefined : parseFaultSpec(parsed.data.faults);
      } catch (error) {
        return new GraphError(400, `The fault specification is not valid: ${(error as Error).message}.`, { code: "BadRequest", target: "faults" });
      }
      options.mockGraph().setTenantFaults(sandbox.id, spec);
      return undefined;
    }),
  };
}

function invalid(error: z.ZodError, hint: string): GraphError {
  const issue = error.issues[0];
  const path = issue?.code === "unrecognized_keys" ? [...issue.path, issue.keys[0]] : (issue?.path ?? []);
  const target = path.map(String).join(".") || undefined;
  return new GraphError(400, `The request body is not valid${target ? ` at '${target}'` : ""}: ${hint}`, { code: "BadRequest", target });
}
