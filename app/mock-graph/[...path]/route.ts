import { getSharedMockGraph } from "@/lib/mock-graph/shared-mock-graph";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const serve = (request: Request) => getSharedMockGraph().handle(request, { basePath: "/mock-graph" });

export const GET = serve;
export const POST = serve;
export const PATCH = serve;
export const PUT = serve;
export const DELETE = serve;
