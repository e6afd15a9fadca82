import * as fs from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { sandboxSecret } from "../sandbox-secret";

// Root reads any file, so an unreadable key file is simulated: readFileSync fails with EIO for it.
vi.mock("node:fs", async (importOriginal) => {
  const actual = await importOriginal<typeof import("node:fs")>();
  return { ...actual, readFileSync: vi.fn(actual.readFileSync) };
});

const key = Symbol.for("intune-partner-console.sandbox-secret");
const holder = globalThis as { [key]?: Buffer };

describe("an unreadable sandbox key file", () => {
  let dir: string;
  let saved: Buffer | undefined;
  beforeEach(() => {
    saved = holder[key];
    delete holder[key];
    dir = fs.mkdtempSync(path.join(tmpdir(), "sandbox-secret-"));
  });
  afterEach(() => {
    holder[key] = saved;
    if (saved === undefined) delete holder[key];
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("is reported, not overwritten with a new key that would orphan every saved sandbox", () => {
    const file = path.join(dir, ".sandbox-cookie-secret");
    fs.writeFileSync(file, Buffer.alloc(32, 4).toString("base64url"));
    vi.mocked(fs.readFileSync).mockImplementationOnce(() => {
      throw Object.assign(new Error("EIO: i/o error"), { code: "EIO" });
    });
    expect(() => sandboxSecret({ MOCK_GRAPH_DATA_DIR: dir })).toThrow("EIO");
    expect(fs.readFileSync(file, "utf8")).toBe(Buffer.alloc(32, 4).toString("base64url"));
  });
});
