import { getServerEnv } from "@/lib/env";
import { isHttps } from "@/lib/gateway/console-origin";
import { getGraphGateway } from "@/lib/gateway/gateway-instance";
import { withApiSecurityHeaders } from "@/lib/gateway/security-headers";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

// Every method reaches the gateway, which answers 405 with Allow (in Graph's envelope) for what a resource lacks.
// proxy.ts does not run here (see its matcher), so the security headers are set on the answer itself.
async function handle(request: Request): Promise<Response> {
  return withApiSecurityHeaders(await getGraphGateway().handle(request), { https: isHttps(request, { trustProxy: getServerEnv().TRUST_PROXY }) });
}

export { handle as DELETE, handle as GET, handle as OPTIONS, handle as PATCH, handle as POST, handle as PUT };
