import { getGraphGateway } from "@/lib/gateway/gateway-instance";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

// Every method reaches the gateway, which answers 405 with Allow (in Graph's envelope) for what a resource lacks.
function handle(request: Request): Promise<Response> {
  return getGraphGateway().handle(request);
}

export { handle as DELETE, handle as GET, handle as OPTIONS, handle as PATCH, handle as POST, handle as PUT };
