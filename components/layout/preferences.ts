import { isApiVersion, type ApiVersion } from "@/lib/graph/api-version";

export type ThemeName = "light" | "dark";

/** Cookies so the server renders the remembered choice (no hydration mismatch); localStorage mirrors them. */
export const preferenceCookies = { apiVersion: "console-api-version", theme: "console-theme" } as const;

export const defaultApiVersion: ApiVersion = "beta";

export function apiVersionPreference(value: string | undefined): ApiVersion {
  return isApiVersion(value) ? value : defaultApiVersion;
}

export function themePreference(value: string | undefined): ThemeName {
  return value === "dark" ? "dark" : "light";
}

export function preferenceCookie(name: string, value: string): string {
  return `${name}=${encodeURIComponent(value)}; Path=/; Max-Age=31536000; SameSite=Lax`;
}
