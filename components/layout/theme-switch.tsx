"use client";

import { Switch } from "@fluentui/react-components";
import { usePreferences } from "./preferences-context";

export function ThemeSwitch() {
  const { theme, setTheme } = usePreferences();
  return <Switch label="Dark theme" checked={theme === "dark"} onChange={(_, data) => setTheme(data.checked ? "dark" : "light")} />;
}
