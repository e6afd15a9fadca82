// Validates the environment once at server start: a bad value stops the server with a message naming it.
import { Server } from "node:http";
import { EnvError, getServerEnv } from "./lib/env";
import { installIncomingRequestHook } from "./lib/gateway/incoming-request";

try {
  installIncomingRequestHook(Server as unknown as Parameters<typeof installIncomingRequestHook>[0], { trustProxy: getServerEnv().TRUST_PROXY });
} catch (error) {
  if (!(error instanceof EnvError)) throw error;
  console.error(error.message);
  process.exit(1);
}
