import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiContentSecurityPolicy } from "../../lib/gateway/security-headers";
import { isAlive } from "../support/server-process";
import { startConsole, type RunningConsole } from "../support/start-console";
import { rawHttpRequest } from "./recording-upstream";

// The built console through its real entry point (scripts/console-server.mjs, as `npm start` runs it), with raw
// paths sent by node:http, which does not normalise them as fetch would.
let app: RunningConsole;

beforeAll(async () => {
  app = await startConsole({ GRAPH_MODE: "demo", MOCK_GRAPH_DATA_DIR: "", MOCK_GRAPH_FAULTS: "" });
}, 90_000);

afterAll(async () => {
  await app?.stop();
  expect(app && isAlive(app.pid)).toBe(false);
});

const partnersPath = "deviceManagement/deviceManagementPartners";
/** Each a path after the surface's /{version}: dot segments (plain, encoded, mixed case, double-encoded) and repeated slashes. */
const hostile = [
  `${partnersPath}/..`,
  `${partnersPath}/.`,
  `${partnersPath}/../complianceManagementPartners`,
  `deviceManagement/%2e%2e/${partnersPath}`,
  `${partnersPath}/%2E.`,
  `${partnersPath}/.%2E/x`,
  `${partnersPath}/%252e%252e`,
  `${partnersPath}/%252E%252E/x`,
  `/${partnersPath}`,
  `${partnersPath}//`,
  `deviceManagement//deviceManagementPartners`,
  `deviceManagement\\deviceManagementPartners`,
];
const surfaces: { name: string; prefix: string; headers: Record<string, string> }[] = [
  { name: "/api/graph", prefix: "/api/graph/beta", headers: {} },
  { name: "/mock-graph", prefix: "/mock-graph/beta", headers: { authorization: "Bearer unsafe-paths" } },
];

describe("dot segments and repeated slashes on the built console", () => {
  for (const surface of surfaces) {
    it(`answers each with Graph's 400 envelope on ${surface.name} for GET, PATCH, DELETE and POST, never a redirect`, async () => {
      const paths = [...hostile.map((rest) => `${surface.prefix}/${rest}`), `/${surface.prefix}/${partnersPath}`, `/x/..${surface.prefix}/${partnersPath}`];
      for (const path of paths) {
        for (const method of ["GET", "PATCH", "DELETE", "POST"]) {
          const headers = { ...surface.headers, ...(method === "GET" ? {} : { "content-type": "application/json", origin: app.url, "x-requested-with": "XMLHttpRequest" }) };
          const response = await rawHttpRequest(app.url, path, { method, headers });
          const what = `${method} ${path}`;
          expect(response.status, what).toBe(400);
          expect(response.headers.location, what).toBeUndefined();
          const body = JSON.parse(response.body) as { error: { code: string; message: string; innerError: { "request-id": string } } };
          expect(body.error.code, what).toBe("BadRequest");
          expect(body.error.innerError["request-id"], what).toMatch(/^[0-9a-f-]{36}$/);
          expect(response.headers["content-security-policy"], what).toBe(apiContentSecurityPolicy);
          expect(response.headers["x-content-type-options"], what).toBe("nosniff");
          expect(response.headers["x-frame-options"], what).toBe("DENY");
        }
      }
    });
  }

  it("serves the same paths written plainly, pages too", async () => {
    expect((await rawHttpRequest(app.url, `/api/graph/beta/${partnersPath}`)).status).toBe(200);
    expect((await rawHttpRequest(app.url, `/mock-graph/beta/${partnersPath}`, { headers: surfaces[1]!.headers })).status).toBe(200);
    const page = await rawHttpRequest(app.url, "/device-partners");
    expect(page.status).toBe(200);
    expect(page.headers["content-type"]).toMatch(/^text\/html/);
  });

  it("reads the Graph SDK's http nextLink form on /mock-graph as the link it carries, not as a repeated slash", async () => {
    const host = new URL(app.url).host;
    const response = await rawHttpRequest(app.url, `/mock-graph/v1.0/http://${host}/mock-graph/v1.0/${partnersPath}?$top=1`, { headers: surfaces[1]!.headers });
    expect(response.status).toBe(200);
    expect((JSON.parse(response.body) as { value: unknown[] }).value).toHaveLength(1);
    expect((await rawHttpRequest(app.url, `/mock-graph/v1.0/http://evil.example/mock-graph/v1.0/${partnersPath}`, { headers: surfaces[1]!.headers })).status).toBe(400);
  });
});
