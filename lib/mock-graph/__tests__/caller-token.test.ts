import { describe, expect, it } from "vitest";
import { GraphError } from "@/lib/graph/graph-error";
import { callerOf, checkPermission, sandboxTenantOf } from "../caller";

// What the mock reads from the Authorization header, as Graph would answer a client: the 401 shapes, which claims
// name the tenant, app, user and permissions, and the 403 naming the missing permission.

function jwt(claims: unknown): string {
  return `eyJhbGciOiJub25lIn0.${Buffer.from(JSON.stringify(claims)).toString("base64url")}.sig`;
}

function call(authorization?: string) {
  const headers = new Headers();
  if (authorization !== undefined) headers.set("authorization", authorization);
  return callerOf(new Request("https://graph.example/beta/x", { headers }));
}

describe("callerOf: the Authorization header", () => {
  it.each([undefined, "", "Bearer", "Bearer ", "Basic abc", "xBearer abc", "Basic Bearer abc", "Bearer a b"])(
    "answers %j with 401 InvalidAuthenticationToken",
    (header) => {
      const error = call(header);
      expect(error).toBeInstanceOf(GraphError);
      expect(error).toMatchObject({ status: 401, code: "InvalidAuthenticationToken", message: "Access token is empty." });
    },
  );

  it("takes any case of Bearer and trailing spaces, and an opaque token as its own tenant", () => {
    expect(call("bearer tok-1  ")).toEqual({ tenant: "tok-1", app: "unknown" });
  });

  it("refuses a token or tid in the demo sandboxes' namespace", () => {
    for (const header of [`Bearer ${sandboxTenantOf("abc")}`, `Bearer ${jwt({ tid: sandboxTenantOf("abc") })}`]) {
      expect(call(header)).toMatchObject({
        status: 401,
        code: "InvalidAuthenticationToken",
        message: "Access token validation failure: the tenant is reserved for the console's demo sandboxes.",
      });
    }
  });
});

describe("callerOf: claims", () => {
  it("reads tenant, app, permissions and user from a JWT's claims", () => {
    const token = jwt({ tid: "contoso", appid: "app-1", azp: "app-2", scp: "A.Read  B.Write ", roles: ["C.All", 7], upn: "ada@contoso", preferred_username: "ada2", oid: "u-1" });
    expect(call(`Bearer ${token}`)).toEqual({
      tenant: "contoso",
      app: "app-1",
      permissions: new Set(["A.Read", "B.Write", "C.All"]),
      userPrincipalName: "ada@contoso",
      userId: "u-1",
    });
  });

  it("falls back to azp and preferred_username, and ignores claims of the wrong type", () => {
    const caller = call(`Bearer ${jwt({ tid: "contoso", appid: 5, azp: "app-2", upn: 5, preferred_username: "ada", oid: 9 })}`);
    expect(caller).toMatchObject({ tenant: "contoso", app: "app-2", userPrincipalName: "ada" });
    expect(caller).toHaveProperty("userId", undefined);
    expect(caller).toHaveProperty("permissions", undefined);
  });

  it("names the app and user unknown when the token carries neither", () => {
    const caller = call(`Bearer ${jwt({ tid: "contoso", azp: 5, preferred_username: 5 })}`);
    expect(caller).toMatchObject({ tenant: "contoso", app: "unknown" });
    expect(caller).toHaveProperty("userPrincipalName", undefined);
  });

  it("takes permissions from scopes alone or roles alone", () => {
    const permissions = (claims: object) => (call(`Bearer ${jwt({ tid: "t", ...claims })}`) as { permissions?: Set<string> }).permissions;
    expect(permissions({ scp: "A.Read" })).toEqual(new Set(["A.Read"]));
    expect(permissions({ roles: ["R.All", null] })).toEqual(new Set(["R.All"]));
  });

  it("uses the token itself as the tenant when tid is missing, empty or not a string", () => {
    for (const claims of [{}, { tid: "" }, { tid: 42 }]) {
      const token = jwt(claims);
      expect(call(`Bearer ${token}`)).toMatchObject({ tenant: token });
    }
  });

  it("treats a token that is not three dot-separated parts, or whose payload is not JSON, as opaque", () => {
    const payload = Buffer.from(JSON.stringify({ tid: "contoso" })).toString("base64url");
    for (const token of [`head.${payload}`, `head.${payload}.sig.extra`, "head.bm90IGpzb24.sig", "head..sig"]) {
      expect(call(`Bearer ${token}`)).toEqual({ tenant: token, app: "unknown" });
    }
  });
});

describe("checkPermission", () => {
  it("lets a token without permission claims through, and one with an accepted permission", () => {
    expect(checkPermission({ tenant: "t", app: "a" }, "groups.read")).toBeUndefined();
    expect(checkPermission({ tenant: "t", app: "a", permissions: new Set(["Directory.Read.All"]) }, "groups.read")).toBeUndefined();
  });

  it("answers 403 Authorization_RequestDenied naming the permission and its alternatives", () => {
    const error = checkPermission({ tenant: "t", app: "a", permissions: new Set(["Group.Create"]) }, "groups.read");
    expect(error).toMatchObject({
      status: 403,
      code: "Authorization_RequestDenied",
      message:
        "Insufficient privileges to complete the operation: the token lacks the permission Group.Read.All (or one of Group.ReadWrite.All, GroupMember.Read.All, Directory.Read.All, Directory.ReadWrite.All).",
    });
  });
});
