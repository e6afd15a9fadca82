import { mkdir, mkdtemp, rename, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createMockGraph } from "../mock-graph";
import { call, dmp } from "./call";

describe("a write the disk refuses", () => {
  it("is not acknowledged and leaves no trace in the tenant", async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), "mock-graph-failed-write-"));
    const dataDir = path.join(root, "data");
    // Reads write nothing (copy-on-write), so the directory exists only because it is made here.
    await mkdir(dataDir);
    const graph = createMockGraph({ dataDir, throttling: "off" });
    try {
      const before = await call(graph, "GET", `${dmp}/$count`);
      expect(before.status).toBe(200);

      // The data directory turns into a file: the next write cannot reach the disk.
      await rename(dataDir, `${dataDir}.aside`);
      await writeFile(dataDir, "not a directory");
      const created = await call(graph, "POST", dmp, { body: { displayName: "Never stored" } });
      expect(created.status).toBeGreaterThanOrEqual(500);
      expect(created.json.error?.code).toBeTruthy();

      await rm(dataDir);
      await rename(`${dataDir}.aside`, dataDir);
      const after = await call(graph, "GET", `${dmp}?$filter=displayName eq 'Never stored'`);
      expect(after.status).toBe(200);
      expect(after.json.value).toEqual([]);
      expect((await call(graph, "GET", `${dmp}/$count`)).text).toBe(before.text);
    } finally {
      await graph.close();
      await rm(root, { recursive: true, force: true });
    }
  });
});
