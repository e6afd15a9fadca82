import { getServerEnv } from "@/lib/env";
import { isMockGraphEndpointOpen, serveMockGraphEndpoint } from "@/lib/gateway/mock-graph-endpoint";
import { getSharedMockGraph } from "@/lib/mock-graph/shared-mock-graph";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const serve = (request: Request) => serveMockGraphEndpoint(request, isMockGraphEndpointOpen(getServerEnv()), getSharedMockGraph);

export const GET = serve;
export const POST = serve;
export const PATCH = serve;
export const PUT = serve;
export const DELETE = serve;
