import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach } from "vitest";

/**
 * A new temporary directory for each test of the file, removed after it. Call at the top of the file, before the
 * file's own hooks (they may then use it); read the path with the returned function inside a test or a hook.
 */
export function tempDirPerTest(prefix: string): () => string {
  let dir: string | undefined;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), prefix));
  });
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
    dir = undefined;
  });
  return () => {
    if (!dir) throw new Error("tempDirPerTest: the directory exists only inside a test or its hooks");
    return dir;
  };
}
