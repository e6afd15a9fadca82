import type { BrowserContext, Route } from "@playwright/test";
import { accessToken, base64url, clientInfo, fromBase64url, idToken, type TestUser } from "./live-tokens";

const authorityHost = "https://login.microsoftonline.com";
const oidcScopes = new Set(["openid", "profile", "offline_access", "email"]);

/** What the stub packs into an authorization code or refresh token, so it needs no memory of its own. */
interface Grant {
  user: TestUser;
  nonce?: string;
  generation: number;
}

/**
 * A stand-in for the Microsoft identity platform, answered through Playwright's request routing, so the real
 * msal-browser runs its real protocol: discovery, authorize (a 302 to the redirect bridge), token, logout.
 */
export class IdentityPlatformStub {
  /** Who signs in at the next authorize request. */
  user: TestUser;
  /** Bumped by revokeSessions(): refresh tokens from an older generation are refused. */
  private generation = 0;
  /** The identity platform's own browser session, which silent (prompt=none) requests rely on. */
  private signedInAtAuthority = false;
  /** Every access token issued, newest last. */
  readonly issuedAccessTokens: string[] = [];
  readonly authorizeRequests: URL[] = [];
  readonly logoutRequests: URL[] = [];
  /** Whether an administrator has granted the app's permissions in the tenant; without it Entra shows "Need admin approval". */
  adminConsentGranted = true;
  /** When true, the token endpoint cannot be reached (a network failure, as when the browser goes offline mid-session). */
  tokenEndpointUnreachable = false;

  constructor(
    readonly clientId: string,
    user: TestUser,
    /** The app registration's SPA redirect URIs: Entra redirects (after sign-in and after sign-out) only to these. */
    readonly registeredRedirectUris: readonly string[],
    /** Access-token lifetime; at or under MSAL's 300 s renewal offset, every silent call refreshes. */
    readonly accessTokenLifetimeSeconds = 3600,
  ) {
    this.user = user;
  }

  /** What an expired or revoked session looks like: refresh tokens and the silent iframe both need the person again. */
  revokeSessions(): void {
    this.generation += 1;
    this.signedInAtAuthority = false;
  }

  async install(context: BrowserContext): Promise<void> {
    await context.route(`${authorityHost}/**`, (route) => this.handle(route));
  }

  private async handle(route: Route): Promise<void> {
    const request = route.request();
    const url = new URL(request.url());
    const cors = { "access-control-allow-origin": request.headers().origin ?? "*", "access-control-allow-headers": "*", "access-control-allow-methods": "GET, POST, OPTIONS" };
    if (request.method() === "OPTIONS") return route.fulfill({ status: 204, headers: cors });
    const json = (status: number, body: unknown) => route.fulfill({ status, headers: { ...cors, "content-type": "application/json; charset=utf-8" }, body: JSON.stringify(body) });
    const [tenant, ...rest] = url.pathname.split("/").filter(Boolean);
    const path = rest.join("/");

    if (tenant === "common" && path === "discovery/instance") {
      return json(200, {
        tenant_discovery_endpoint: `${authorityHost}/${url.searchParams.get("tenant") ?? "common"}/v2.0/.well-known/openid-configuration`,
        "api-version": "1.1",
        metadata: [{ preferred_network: "login.microsoftonline.com", preferred_cache: "login.windows.net", aliases: ["login.microsoftonline.com", "login.windows.net", "login.microsoft.com", "sts.windows.net"] }],
      });
    }
    if (path === "v2.0/.well-known/openid-configuration") {
      return json(200, {
        issuer: `${authorityHost}/{tenantid}/v2.0`,
        authorization_endpoint: `${authorityHost}/${tenant}/oauth2/v2.0/authorize`,
        token_endpoint: `${authorityHost}/${tenant}/oauth2/v2.0/token`,
        end_session_endpoint: `${authorityHost}/${tenant}/oauth2/v2.0/logout`,
        jwks_uri: `${authorityHost}/${tenant}/discovery/v2.0/keys`,
        response_modes_supported: ["query", "fragment", "form_post"],
        scopes_supported: ["openid", "profile", "email", "offline_access"],
      });
    }
    if (path === "oauth2/v2.0/authorize") return this.authorize(route, url);
    if (path === "oauth2/v2.0/token" && this.tokenEndpointUnreachable) return route.abort("internetdisconnected");
    if (path === "oauth2/v2.0/token") return this.token(route, request.postData() ?? "", json);
    if (path === "oauth2/v2.0/logout") {
      this.logoutRequests.push(url);
      this.signedInAtAuthority = false;
      const requested = url.searchParams.get("post_logout_redirect_uri");
      // As Entra does: an unregistered address is not followed; the browser stays on Microsoft's signed-out page.
      if (!requested || !this.registeredRedirectUris.includes(requested)) return this.page(route, 200, "You signed out of your account", "It's a good idea to close all browser windows.");
      const target = new URL(requested);
      const state = url.searchParams.get("state");
      if (state) target.searchParams.set("state", state);
      return route.fulfill({ status: 302, headers: { location: target.toString() } });
    }
    return json(404, { error: "invalid_request", error_description: `The e2e identity stub does not serve ${url.pathname}` });
  }

  /** An HTML page of Entra's own, where the browser stops. */
  private page(route: Route, status: number, title: string, text: string): Promise<void> {
    const body = `<!doctype html><html lang="en"><head><title>${title}</title></head><body><h1>${title}</h1><p>${text}</p></body></html>`;
    return route.fulfill({ status, headers: { "content-type": "text/html; charset=utf-8" }, body });
  }

  private authorize(route: Route, url: URL): Promise<void> {
    this.authorizeRequests.push(url);
    const params = url.searchParams;
    const redirectUri = params.get("redirect_uri") ?? "";
    if (!this.registeredRedirectUris.includes(redirectUri)) {
      return this.page(route, 400, "Sign in", `AADSTS50011: The redirect URI '${redirectUri}' specified in the request does not match the redirect URIs configured for the application.`);
    }
    const answer = new URLSearchParams({ state: params.get("state") ?? "" });
    if (!this.adminConsentGranted) {
      // A silent request cannot show consent; an interactive one shows "Need admin approval" (AADSTS90094), and the
      // person's only way back is "Return to the application without granting consent".
      const silent = params.get("prompt") === "none";
      answer.set("error", silent ? "consent_required" : "access_denied");
      answer.set("error_description", silent ? "AADSTS65001: The user or administrator has not consented to use the application." : "AADSTS65004: User declined to consent to access the app.");
    } else if (params.get("prompt") === "none" && !this.signedInAtAuthority) {
      answer.set("error", "login_required");
      answer.set("error_description", "AADSTS50058: A silent sign-in request was sent but no user is signed in.");
    } else {
      this.signedInAtAuthority = true;
      const grant: Grant = { user: this.user, nonce: params.get("nonce") ?? undefined, generation: this.generation };
      answer.set("code", base64url(JSON.stringify(grant)));
      answer.set("client_info", clientInfo(this.user));
    }
    const location = params.get("response_mode") === "query" ? `${redirectUri}?${answer}` : `${redirectUri}#${answer}`;
    return route.fulfill({ status: 302, headers: { location } });
  }

  private token(route: Route, body: string, json: (status: number, body: unknown) => Promise<void>): Promise<void> {
    const form = new URLSearchParams(body);
    const grantType = form.get("grant_type");
    const encoded = grantType === "authorization_code" ? form.get("code") : grantType === "refresh_token" ? form.get("refresh_token") : null;
    if (!encoded) return json(400, { error: "unsupported_grant_type", error_description: `AADSTS70003: ${grantType}` });
    const grant = JSON.parse(fromBase64url(encoded)) as Grant;
    if (grant.generation !== this.generation) {
      return json(400, {
        error: "invalid_grant",
        error_description: "AADSTS700082: The refresh token has expired due to inactivity.",
        error_codes: [700082],
        suberror: "bad_token",
      });
    }
    const requested = (form.get("scope") ?? "").split(" ").filter((scope) => scope && !oidcScopes.has(scope));
    const token = accessToken(grant.user, this.clientId, this.accessTokenLifetimeSeconds);
    this.issuedAccessTokens.push(token);
    return json(200, {
      token_type: "Bearer",
      scope: requested.join(" "),
      expires_in: this.accessTokenLifetimeSeconds,
      ext_expires_in: this.accessTokenLifetimeSeconds,
      access_token: token,
      refresh_token: base64url(JSON.stringify({ user: grant.user, generation: grant.generation } satisfies Grant)),
      id_token: idToken(grant.user, this.clientId, grantType === "authorization_code" ? grant.nonce : undefined),
      client_info: clientInfo(grant.user),
    });
  }
}
