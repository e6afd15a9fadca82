import { describe, expect, it } from "vitest";
import { rememberSignOutReturn, signOutReturnKey, signOutReturnLifetimeMs, takeSignOutReturn, type KeyValueStore } from "../sign-out-return";

function memoryStore(): KeyValueStore & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return { map, getItem: (key) => map.get(key) ?? null, setItem: (key, value) => void map.set(key, value), removeItem: (key) => void map.delete(key) };
}

describe("the page to return to after sign-out", () => {
  it("is the remembered path, given back once", () => {
    const store = memoryStore();
    rememberSignOutReturn(store, "/device-partners?q=contoso", 1_000);
    expect(takeSignOutReturn(store, 2_000)).toBe("/device-partners?q=contoso");
    expect(takeSignOutReturn(store, 2_000)).toBeUndefined();
  });

  it("expires, so an unfinished sign-out does not steer a later sign-in", () => {
    const store = memoryStore();
    rememberSignOutReturn(store, "/compliance-partners", 0);
    expect(takeSignOutReturn(store, signOutReturnLifetimeMs + 1)).toBeUndefined();
    expect(store.map.has(signOutReturnKey), "an expired entry is removed too").toBe(false);
    rememberSignOutReturn(store, "/compliance-partners", 0);
    expect(takeSignOutReturn(store, signOutReturnLifetimeMs)).toBe("/compliance-partners");
  });

  it.each(["//evil.example/x", "/\\evil.example", "https://evil.example/", "javascript:alert(1)", "device-partners", "/a\nb"])(
    "never leaves the site: %s",
    (path) => {
      const store = memoryStore();
      rememberSignOutReturn(store, path, 0);
      expect(store.map.size, "not remembered").toBe(0);
      store.setItem(signOutReturnKey, JSON.stringify({ path, at: 0 }));
      expect(takeSignOutReturn(store, 1), "not given back when planted").toBeUndefined();
    },
  );

  it("ignores what is not its own record", () => {
    const store = memoryStore();
    for (const raw of ["not json", "{}", JSON.stringify({ path: "/x", at: "0" }), JSON.stringify({ path: 5, at: 0 })]) {
      store.setItem(signOutReturnKey, raw);
      expect(takeSignOutReturn(store, 1), raw).toBeUndefined();
    }
  });
});
