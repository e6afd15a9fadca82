import { GraphError } from "@/lib/graph/graph-error";
import type { FaultSpec } from "../fault-spec";

interface ActiveFaults {
  spec: FaultSpec;
  /** Faults left to inject when the spec has a count. */
  remaining?: number;
}

function activate(spec: FaultSpec): ActiveFaults {
  return { spec, remaining: spec.count };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Fault injection, process-wide and per tenant (a tenant's own spec is checked first). */
export class FaultInjector {
  private readonly global: ActiveFaults | undefined;
  private readonly perTenant = new Map<string, ActiveFaults>();

  constructor(global: FaultSpec | undefined, private readonly random: () => number = Math.random) {
    this.global = global ? activate(global) : undefined;
  }

  setTenantFaults(tenant: string, spec: FaultSpec | undefined): void {
    if (spec) this.perTenant.set(tenant, activate(spec));
    else this.perTenant.delete(tenant);
  }

  /** Waits the configured latency and returns the fault to answer with, if any. */
  async inject(tenant: string, method: string): Promise<GraphError | undefined> {
    for (const active of [this.perTenant.get(tenant), this.global]) {
      if (!active) continue;
      const { spec } = active;
      if (spec.methods && !spec.methods.includes(method)) continue;
      if (active.remaining === 0) continue;
      if (spec.latency) await sleep(spec.latency.min + Math.round(this.random() * (spec.latency.max - spec.latency.min)));
      if (spec.rate <= 0 || this.random() >= spec.rate) continue;
      if (active.remaining !== undefined) active.remaining--;
      const status = spec.codes[Math.floor(this.random() * spec.codes.length)] ?? 503;
      const retryAfter = status === 429 || status === 503 ? spec.retryAfter : undefined;
      return new GraphError(status, faultMessage(status), { retryAfterSeconds: retryAfter });
    }
    return undefined;
  }
}

function faultMessage(status: number): string {
  switch (status) {
    case 429:
      return "Too many requests. Retry after the time the Retry-After header gives. (injected fault)";
    case 503:
      return "The service is temporarily unavailable. Try again later. (injected fault)";
    case 404:
      return "The resource was not found. (injected fault)";
    default:
      return status >= 500 ? `The service failed to handle the request (HTTP ${status}). (injected fault)` : `The request failed with HTTP ${status}. (injected fault)`;
  }
}
