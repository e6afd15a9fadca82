import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { isSandboxId, readSandboxId, sandboxCookie, sandboxCookieName, secureSandboxCookieName, signedSandboxValue } from "../demo-sandbox";

const secret = new Uint8Array(32).fill(5);
const options = { secure: false, secret };
const id = "0123456789abcdef0123456789abcdef";
const other = "fedcba9876543210fedcba9876543210";

describe("sandbox ids and their signed cookie", () => {
  it.each<[string, unknown]>([
    ["a number", 0x0123456789abcdef],
    ["an array holding an id", [id]],
    ["upper-case hex", id.toUpperCase()],
    ["31 hex digits", id.slice(1)],
    ["33 hex digits", `${id}0`],
    ["a path", "../../etc/passwd"],
  ])("does not take %s as a sandbox id", (_name, value) => {
    expect(isSandboxId(value)).toBe(false);
  });

  it("takes 32 lower-case hex digits as a sandbox id", () => {
    expect(isSandboxId(id)).toBe(true);
  });

  it("refuses a value the server signed that is not a sandbox id", () => {
    for (const notAnId of ["tenant-a", id.toUpperCase(), `${id}0`]) {
      expect(readSandboxId(`${sandboxCookieName}=${signedSandboxValue(notAnId, secret)}`, options)).toBeUndefined();
    }
  });

  it("refuses a signature cut short or padded, without throwing", () => {
    const value = signedSandboxValue(id, secret);
    expect(readSandboxId(`${sandboxCookieName}=${value.slice(0, -1)}`, options)).toBeUndefined();
    expect(readSandboxId(`${sandboxCookieName}=${value}A`, options)).toBeUndefined();
    expect(readSandboxId(`${sandboxCookieName}=${id}.`, options)).toBeUndefined();
    expect(readSandboxId(`${sandboxCookieName}=${id}`, options)).toBeUndefined();
  });

  it("refuses a signature made with another key or for another id", () => {
    expect(readSandboxId(`${sandboxCookieName}=${signedSandboxValue(id, new Uint8Array(32).fill(6))}`, options)).toBeUndefined();
    const forOther = signedSandboxValue(other, secret).split(".")[1];
    expect(readSandboxId(`${sandboxCookieName}=${id}.${forOther}`, options)).toBeUndefined();
  });

  it("signs with HMAC-SHA256 over 'sandbox:<id>', truncated to 32 base64url characters", () => {
    const mac = createHmac("sha256", secret).update(`sandbox:${id}`).digest("base64url").slice(0, 32);
    expect(signedSandboxValue(id, secret)).toBe(`${id}.${mac}`);
  });

  it("finds the real cookie behind a forged one of the same name (a sibling subdomain can plant one)", () => {
    const header = `${sandboxCookieName}=${other}.forged; theme=dark; ${sandboxCookieName}=${signedSandboxValue(id, secret)}`;
    expect(readSandboxId(header, options)).toBe(id);
  });

  it("reads a hand-written header with spaces around the value, and ignores other names", () => {
    expect(readSandboxId(`theme=dark;  ${sandboxCookieName} = ${signedSandboxValue(id, secret)} `, options)).toBe(id);
    expect(readSandboxId(`x${sandboxCookieName}=${signedSandboxValue(id, secret)}`, options)).toBeUndefined();
    expect(readSandboxId(`${sandboxCookieName}`, options)).toBeUndefined();
  });

  it("reads only the __Host- name over https, and only the plain name over http", () => {
    const value = signedSandboxValue(id, secret);
    expect(readSandboxId(`${sandboxCookieName}=${value}`, { secure: true, secret })).toBeUndefined();
    expect(readSandboxId(`${secureSandboxCookieName}=${value}`, { secure: true, secret })).toBe(id);
    expect(readSandboxId(`${secureSandboxCookieName}=${value}`, options)).toBeUndefined();
  });

  it("sets a host-only, http-only cookie for 30 days, Secure over https", () => {
    const value = signedSandboxValue(id, secret);
    expect(sandboxCookie(id, options)).toBe(`demo-sandbox=${value}; Path=/; Max-Age=2592000; HttpOnly; SameSite=Lax`);
    expect(sandboxCookie(id, { secure: true, secret })).toBe(`__Host-demo-sandbox=${value}; Path=/; Max-Age=2592000; HttpOnly; SameSite=Lax; Secure`);
  });
});
