// Validates the environment once at server start: a bad value stops the server with a message naming it.
import { EnvError, getServerEnv } from "./lib/env";

try {
  getServerEnv();
} catch (error) {
  if (!(error instanceof EnvError)) throw error;
  console.error(error.message);
  process.exit(1);
}
