import { randomBytes } from "node:crypto";
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const key = Symbol.for("intune-partner-console.sandbox-secret");
type Holder = { [key]?: Buffer };
const secretFileName = ".sandbox-cookie-secret";

/**
 * The key that signs sandbox cookies: SANDBOX_COOKIE_SECRET when set; else one kept beside the persisted sandboxes
 * (so they outlive a restart); else a random one for this process. On globalThis: proxy.ts and the routes are
 * separate bundles and must agree.
 */
export function sandboxSecret(env: { SANDBOX_COOKIE_SECRET?: string; MOCK_GRAPH_DATA_DIR?: string }): Buffer {
  const holder = globalThis as Holder;
  holder[key] ??= env.SANDBOX_COOKIE_SECRET
    ? Buffer.from(env.SANDBOX_COOKIE_SECRET, "utf8")
    : env.MOCK_GRAPH_DATA_DIR
      ? persistedSecret(env.MOCK_GRAPH_DATA_DIR)
      : randomBytes(32);
  return holder[key];
}

function persistedSecret(dataDir: string): Buffer {
  const file = path.join(path.resolve(dataDir), secretFileName);
  try {
    const saved = Buffer.from(readFileSync(file, "utf8").trim(), "base64url");
    if (saved.length >= 32) return saved;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  const secret = randomBytes(32);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, secret.toString("base64url"), { mode: 0o600 });
  chmodSync(file, 0o600);
  return secret;
}
