import { AuthError, InteractionRequiredAuthError, type AccountInfo, type IPublicClientApplication, type SilentRequest } from "@azure/msal-browser";
import { describe, expect, it } from "vitest";
import { GraphError } from "@/lib/graph/graph-error";
import { createAccessTokenProvider } from "../access-token-provider";
import { graphScopes } from "../graph-scopes";
import { sessionExpiredSignal } from "../session-expired-signal";

const account = { homeAccountId: "uid.utid", environment: "login.windows.net", tenantId: "utid", username: "adele@contoso.com", localAccountId: "uid" } as AccountInfo;

function fakeInstance(accounts: AccountInfo[], acquire: (request: SilentRequest) => Promise<{ accessToken: string }>) {
  const requests: SilentRequest[] = [];
  const instance = {
    getActiveAccount: () => null,
    getAllAccounts: () => accounts,
    acquireTokenSilent: (request: SilentRequest) => {
      requests.push(request);
      return acquire(request);
    },
  } as unknown as IPublicClientApplication;
  return { instance, requests };
}

describe("createAccessTokenProvider", () => {
  it("asks MSAL silently for the console's Graph scopes for the signed-in account", async () => {
    const { instance, requests } = fakeInstance([account], async () => ({ accessToken: "token-1" }));
    await expect(createAccessTokenProvider(instance)()).resolves.toBe("token-1");
    expect(requests).toEqual([{ scopes: [...graphScopes], account }]);
  });

  it("answers a 401 GraphError, not a navigation, when Entra needs the person again", async () => {
    const { instance } = fakeInstance([account], async () => {
      throw new InteractionRequiredAuthError("login_required", "", "AADSTS50058: no user is signed in");
    });
    const error = await createAccessTokenProvider(instance)().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphError);
    expect((error as GraphError).status).toBe(401);
  });

  it("raises the expired-session signal when Entra needs the person, and lowers it with the next token", async () => {
    let expired = true;
    const { instance } = fakeInstance([account], async () => {
      if (expired) throw new InteractionRequiredAuthError("interaction_required", "");
      return { accessToken: "token-2" };
    });
    const provider = createAccessTokenProvider(instance);
    sessionExpiredSignal.set(false);
    const changes: boolean[] = [];
    const unsubscribe = sessionExpiredSignal.subscribe(() => changes.push(sessionExpiredSignal.get()));
    await provider().catch(() => undefined);
    expect(sessionExpiredSignal.get()).toBe(true);
    expired = false;
    await expect(provider()).resolves.toBe("token-2");
    unsubscribe();
    expect(changes).toEqual([true, false]);
  });

  it("answers 401 when nobody is signed in", async () => {
    const { instance, requests } = fakeInstance([], async () => ({ accessToken: "never" }));
    await expect(createAccessTokenProvider(instance)()).rejects.toMatchObject({ status: 401 });
    expect(requests).toEqual([]);
  });

  // MSAL 5's codes: FetchClient answers no_network_connectivity offline and post_request_failed online; the hidden
  // frame's monitor answers timed_out; a pop-up still open answers interaction_in_progress.
  it.each([
    ["no_network_connectivity", "SignInServiceUnreachable", /could not reach Microsoft sign-in/],
    ["post_request_failed", "SignInServiceUnreachable", /could not reach Microsoft sign-in/],
    ["timed_out", "SignInTimedOut", /did not answer in time/],
    ["interaction_in_progress", "SignInInProgress", /Another Microsoft sign-in is still running/],
    ["something_new", "SignInFailed", /could not give the console a token/],
  ])("reports MSAL's %s as %s, not as an expired session, and raises no expired-session notice", async (msalCode, code, message) => {
    const { instance } = fakeInstance([account], async () => {
      throw new AuthError(msalCode, "", "details");
    });
    sessionExpiredSignal.set(false);
    const error = (await createAccessTokenProvider(instance)().catch((e: unknown) => e)) as GraphError;
    expect(error).toBeInstanceOf(GraphError);
    expect(error.code).toBe(code);
    expect(error.status).not.toBe(401);
    expect(error.message).toMatch(message);
    expect(sessionExpiredSignal.get()).toBe(false);
  });
});

describe("a scope asked for on first use", () => {
  it("asks MSAL for those scopes, and answers a consent error, not an expired session, when nobody consented yet", async () => {
    const { instance, requests } = fakeInstance([account], async (request) => {
      if (request.scopes.includes("https://graph.microsoft.com/DeviceManagementApps.Read.All")) throw new InteractionRequiredAuthError("consent_required", "AADSTS65001: The user or administrator has not consented");
      return { accessToken: "token-3" };
    });
    sessionExpiredSignal.set(false);
    const provider = createAccessTokenProvider(instance);
    const error = (await provider(["https://graph.microsoft.com/DeviceManagementApps.Read.All"]).catch((e: unknown) => e)) as GraphError;
    expect(error).toMatchObject({ status: 403, code: "ConsentRequired" });
    expect(error.message).toMatch(/DeviceManagementApps\.Read\.All/);
    expect(sessionExpiredSignal.get()).toBe(false);
    await expect(provider()).resolves.toBe("token-3");
    expect(requests.map((r) => r.scopes)).toEqual([["https://graph.microsoft.com/DeviceManagementApps.Read.All"], [...graphScopes]]);
  });
});
