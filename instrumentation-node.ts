// Validates the environment once at server start: a bad value stops the server with a message naming it.
import { Server } from "node:http";
import { EnvError, getServerEnv } from "./lib/env";
import { installArrivalStamp } from "./lib/gateway/request-arrival";

try {
  getServerEnv();
} catch (error) {
  if (!(error instanceof EnvError)) throw error;
  console.error(error.message);
  process.exit(1);
}
installArrivalStamp(Server as unknown as Parameters<typeof installArrivalStamp>[0]);
