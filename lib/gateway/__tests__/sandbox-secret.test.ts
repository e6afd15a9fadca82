import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { sandboxSecret } from "../sandbox-secret";

// proxy.ts and the route handlers are separate bundles: they meet on this global symbol.
const key = Symbol.for("intune-partner-console.sandbox-secret");
const holder = globalThis as { [key]?: Buffer };
const secretFile = ".sandbox-cookie-secret";

describe("the sandbox cookie key", () => {
  let dir: string;
  let saved: Buffer | undefined;
  beforeEach(() => {
    saved = holder[key];
    delete holder[key];
    dir = mkdtempSync(path.join(tmpdir(), "sandbox-secret-"));
  });
  afterEach(() => {
    holder[key] = saved;
    if (saved === undefined) delete holder[key];
    rmSync(dir, { recursive: true, force: true });
  });

  it("is SANDBOX_COOKIE_SECRET's UTF-8 bytes when set, and writes nothing", () => {
    expect(sandboxSecret({ SANDBOX_COOKIE_SECRET: "clé-secrète", MOCK_GRAPH_DATA_DIR: dir })).toEqual(Buffer.from("clé-secrète", "utf8"));
    expect(() => statSync(path.join(dir, secretFile))).toThrow();
  });

  it("is kept once per process on globalThis, so every bundle signs with the same key", () => {
    const first = sandboxSecret({ SANDBOX_COOKIE_SECRET: "first" });
    expect(sandboxSecret({ SANDBOX_COOKIE_SECRET: "second" })).toBe(first);
    expect(holder[key]).toBe(first);
    const planted = Buffer.alloc(32, 9);
    holder[key] = planted;
    expect(sandboxSecret({})).toBe(planted);
  });

  it("is a random 32-byte key without a secret or a data directory", () => {
    const first = sandboxSecret({});
    expect(first).toHaveLength(32);
    delete holder[key];
    expect(sandboxSecret({})).not.toEqual(first);
  });

  it("is created beside the persisted sandboxes, readable by the owner only, and read back after a restart", () => {
    const first = sandboxSecret({ MOCK_GRAPH_DATA_DIR: dir });
    expect(first).toHaveLength(32);
    const file = path.join(dir, secretFile);
    expect(readFileSync(file, "utf8")).toBe(first.toString("base64url"));
    expect(statSync(file).mode & 0o777).toBe(0o600);
    delete holder[key];
    expect(sandboxSecret({ MOCK_GRAPH_DATA_DIR: dir })).toEqual(first);
  });

  it("creates a data directory that does not exist yet, nested", () => {
    const nested = path.join(dir, "a", "b");
    const secret = sandboxSecret({ MOCK_GRAPH_DATA_DIR: nested });
    expect(readFileSync(path.join(nested, secretFile), "utf8")).toBe(secret.toString("base64url"));
  });

  it("reads a saved key of exactly 32 bytes, with a trailing newline", () => {
    const saved32 = Buffer.alloc(32, 3);
    writeFileSync(path.join(dir, secretFile), `${saved32.toString("base64url")}\n`);
    expect(sandboxSecret({ MOCK_GRAPH_DATA_DIR: dir })).toEqual(saved32);
  });

  it("replaces a saved key shorter than 32 bytes", () => {
    const short = Buffer.alloc(31, 3);
    writeFileSync(path.join(dir, secretFile), short.toString("base64url"));
    const secret = sandboxSecret({ MOCK_GRAPH_DATA_DIR: dir });
    expect(secret).toHaveLength(32);
    expect(secret.subarray(0, 31)).not.toEqual(short);
    expect(readFileSync(path.join(dir, secretFile), "utf8")).toBe(secret.toString("base64url"));
  });

  it("fails loudly, rather than silently re-keying every sandbox, when the saved key cannot be read", () => {
    mkdirSync(path.join(dir, secretFile));
    expect(() => sandboxSecret({ MOCK_GRAPH_DATA_DIR: dir })).toThrow(/EISDIR/);
    expect(holder[key]).toBeUndefined();
  });
});
