import { X509Certificate, createPrivateKey } from "node:crypto";
import { mkdir, readdir, readFile, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import {
  BasicConstraintsExtension,
  ExtendedKeyUsage,
  ExtendedKeyUsageExtension,
  KeyUsageFlags,
  KeyUsagesExtension,
  X509Certificate as ParsedCertificate,
} from "@peculiar/x509";
import { afterEach, describe, expect, it, vi } from "vitest";
import { certificateFromFiles, localhostCertificate } from "../tls-certificate";
import { tempDirPerTest } from "./temp-dir";

// The standalone mock's HTTPS certificate: what a TLS client checks (names, dates, key, CA and usage bits) and the
// files it leaves for NODE_EXTRA_CA_CERTS, generated once and reused.

const now = new Date("2026-03-01T12:00:00.000Z");
const day = 24 * 3_600_000;

const root = tempDirPerTest("tls-certificate-");

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllEnvs();
});

describe("localhostCertificate", () => {
  it("generates a self-signed localhost certificate a TLS client accepts for localhost, 127.0.0.1 and ::1", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(now);
    const dir = path.join(root(), "nested", "tls");

    const tls = await localhostCertificate(dir);

    const cert = new X509Certificate(tls.cert);
    expect(cert.subject).toBe("CN=localhost");
    expect(cert.issuer).toBe("CN=localhost");
    expect(cert.subjectAltName).toBe("DNS:localhost, IP Address:127.0.0.1, IP Address:0:0:0:0:0:0:0:1");
    expect(cert.checkHost("localhost")).toBe("localhost");
    expect(cert.checkIP("127.0.0.1")).toBe("127.0.0.1");
    expect(cert.checkIP("::1")).toBe("::1");
    expect(cert.checkHost("example.com")).toBeUndefined();
    // Valid from now for 825 days: the longest lifetime browsers and Apple clients accept for a server certificate.
    expect(new Date(cert.validFrom).getTime()).toBe(now.getTime());
    expect(new Date(cert.validTo).getTime()).toBe(now.getTime() + 825 * day);
    // Its own trust anchor, and the key it carries is the key it was signed with and the key returned.
    expect(cert.ca).toBe(true);
    expect(cert.checkIssued(cert)).toBe(true);
    expect(cert.verify(cert.publicKey)).toBe(true);
    expect(cert.checkPrivateKey(createPrivateKey(tls.key))).toBe(true);
    expect(cert.publicKey.asymmetricKeyDetails?.modulusLength).toBe(2048);

    const parsed = new ParsedCertificate(tls.cert);
    expect(parsed.signatureAlgorithm).toMatchObject({ name: "RSASSA-PKCS1-v1_5", hash: { name: "SHA-256" } });
    const basic = parsed.getExtension(BasicConstraintsExtension);
    expect(basic?.ca).toBe(true);
    expect(basic?.critical).toBe(true);
    const usage = parsed.getExtension(KeyUsagesExtension);
    expect(usage?.critical).toBe(true);
    expect(usage?.usages).toBe(KeyUsageFlags.digitalSignature | KeyUsageFlags.keyEncipherment | KeyUsageFlags.keyCertSign);
    expect(parsed.getExtension(ExtendedKeyUsageExtension)?.usages).toEqual([ExtendedKeyUsage.serverAuth]);

    // The files NODE_EXTRA_CA_CERTS and a restart read: private directory, private key, no temp files left.
    expect(tls.certPath).toBe(path.join(dir, "mock-graph-localhost.crt"));
    expect(await readFile(tls.certPath, "utf8")).toBe(tls.cert);
    expect(await readFile(path.join(dir, "mock-graph-localhost.key"), "utf8")).toBe(tls.key);
    expect((await readdir(dir)).sort()).toEqual(["mock-graph-localhost.crt", "mock-graph-localhost.key"]);
    expect((await stat(dir)).mode & 0o777).toBe(0o700);
    expect((await stat(path.join(dir, "mock-graph-localhost.key"))).mode & 0o777).toBe(0o600);
  });

  it("reuses the certificate and key already in the directory, so a client that trusts it keeps trusting it", async () => {
    const first = await localhostCertificate(root());
    const again = await localhostCertificate(root());
    expect(again).toEqual(first);

    await writeFile(path.join(root(), "mock-graph-localhost.crt"), "caller cert");
    await writeFile(path.join(root(), "mock-graph-localhost.key"), "caller key");
    expect(await localhostCertificate(root())).toEqual({
      cert: "caller cert",
      key: "caller key",
      certPath: path.join(root(), "mock-graph-localhost.crt"),
    });
  });

  it.each([
    ["a certificate without its key", "mock-graph-localhost.crt"],
    ["a key without its certificate", "mock-graph-localhost.key"],
  ])("replaces %s with a new matching pair", async (_, present) => {
    await writeFile(path.join(root(), present), "stale");

    const tls = await localhostCertificate(root());

    expect(tls.cert).not.toBe("stale");
    expect(tls.key).not.toBe("stale");
    expect(new X509Certificate(tls.cert).checkPrivateKey(createPrivateKey(tls.key))).toBe(true);
    expect(await readFile(path.join(root(), "mock-graph-localhost.crt"), "utf8")).toBe(tls.cert);
    expect(await readFile(path.join(root(), "mock-graph-localhost.key"), "utf8")).toBe(tls.key);
  });

  it("defaults to mock-graph-tls in the temp directory", async () => {
    vi.stubEnv("TMPDIR", root());
    vi.stubEnv("TMP", root());
    vi.stubEnv("TEMP", root());

    const tls = await localhostCertificate();

    expect(tls.certPath).toBe(path.join(root(), "mock-graph-tls", "mock-graph-localhost.crt"));
    expect(await readFile(tls.certPath, "utf8")).toBe(tls.cert);
  });
});

describe("certificateFromFiles", () => {
  it("reads the caller's own certificate and key, and names the certificate for NODE_EXTRA_CA_CERTS", async () => {
    await mkdir(path.join(root(), "own"));
    const certPath = path.join(root(), "own", "server.crt");
    const keyPath = path.join(root(), "own", "server.key");
    await writeFile(certPath, "-----BEGIN CERTIFICATE-----\nü\n");
    await writeFile(keyPath, "-----BEGIN PRIVATE KEY-----\né\n");

    expect(await certificateFromFiles(certPath, keyPath)).toEqual({
      cert: "-----BEGIN CERTIFICATE-----\nü\n",
      key: "-----BEGIN PRIVATE KEY-----\né\n",
      certPath,
    });
  });
});
