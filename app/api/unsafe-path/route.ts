import { getServerEnv } from "@/lib/env";
import { unsafePathResponse } from "@/lib/gateway/unsafe-path-response";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

function handle(request: Request): Response {
  return unsafePathResponse(request, { trustProxy: getServerEnv().TRUST_PROXY });
}

export { handle as DELETE, handle as GET, handle as HEAD, handle as OPTIONS, handle as PATCH, handle as POST, handle as PUT };
