"use client";

import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from "react";
import type { ApiVersion } from "@/lib/graph/api-version";
import { preferenceCookie, preferenceCookies, type ThemeName } from "./preferences";

interface Preferences {
  apiVersion: ApiVersion;
  setApiVersion: (version: ApiVersion) => void;
  theme: ThemeName;
  setTheme: (theme: ThemeName) => void;
}

const PreferencesContext = createContext<Preferences | undefined>(undefined);

function remember(name: string, value: string) {
  document.cookie = preferenceCookie(name, value);
  try {
    localStorage.setItem(name, value);
  } catch {
    // Private windows may refuse storage; the cookie still remembers.
  }
}

export function PreferencesProvider({
  initialApiVersion,
  initialTheme,
  children,
}: {
  initialApiVersion: ApiVersion;
  initialTheme: ThemeName;
  children: ReactNode;
}) {
  const [apiVersion, setVersionState] = useState(initialApiVersion);
  const [theme, setThemeState] = useState(initialTheme);
  const setApiVersion = useCallback((version: ApiVersion) => {
    remember(preferenceCookies.apiVersion, version);
    setVersionState(version);
  }, []);
  const setTheme = useCallback((next: ThemeName) => {
    remember(preferenceCookies.theme, next);
    setThemeState(next);
  }, []);
  const value = useMemo(() => ({ apiVersion, setApiVersion, theme, setTheme }), [apiVersion, setApiVersion, theme, setTheme]);
  return <PreferencesContext.Provider value={value}>{children}</PreferencesContext.Provider>;
}

export function usePreferences(): Preferences {
  const value = useContext(PreferencesContext);
  if (!value) throw new Error("usePreferences needs PreferencesProvider");
  return value;
}
