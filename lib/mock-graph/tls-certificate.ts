import { existsSync } from "node:fs";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface TlsCertificate {
  cert: string;
  key: string;
  /** Where the certificate is: what NODE_EXTRA_CA_CERTS names to trust it. */
  certPath: string;
}

const certName = "mock-graph-localhost.crt";
const keyName = "mock-graph-localhost.key";

/**
 * The standalone mock's certificate for localhost and 127.0.0.1: generated once into `dir` (the data directory,
 * else a temp directory) and reused, so a client that trusts it once keeps trusting it.
 */
export async function localhostCertificate(dir = join(tmpdir(), "mock-graph-tls")): Promise<TlsCertificate> {
  const certPath = join(dir, certName);
  const keyPath = join(dir, keyName);
  if (existsSync(certPath) && existsSync(keyPath)) {
    return { cert: await readFile(certPath, "utf8"), key: await readFile(keyPath, "utf8"), certPath };
  }
  const { generate } = await import("selfsigned");
  const notAfterDate = new Date(Date.now() + 825 * 24 * 3_600_000);
  const pems = await generate([{ name: "commonName", value: "localhost" }], {
    keySize: 2048,
    algorithm: "sha256",
    notAfterDate,
    extensions: [
      // Self-signed and its own trust anchor: NODE_EXTRA_CA_CERTS can name it directly.
      { name: "basicConstraints", cA: true, critical: true },
      { name: "keyUsage", digitalSignature: true, keyEncipherment: true, keyCertSign: true, critical: true },
      { name: "extKeyUsage", serverAuth: true },
      { name: "subjectAltName", altNames: [{ type: 2, value: "localhost" }, { type: 7, ip: "127.0.0.1" }, { type: 7, ip: "::1" }] },
    ],
  });
  await mkdir(dir, { recursive: true, mode: 0o700 });
  // Key first, each through a temp file: a crash never leaves a certificate without its key.
  await writeFile(`${keyPath}.tmp`, pems.private, { mode: 0o600 });
  await rename(`${keyPath}.tmp`, keyPath);
  await writeFile(`${certPath}.tmp`, pems.cert);
  await rename(`${certPath}.tmp`, certPath);
  return { cert: pems.cert, key: pems.private, certPath };
}

/** The caller's own certificate and key (MOCK_GRAPH_TLS_CERT / MOCK_GRAPH_TLS_KEY). */
export async function certificateFromFiles(certPath: string, keyPath: string): Promise<TlsCertificate> {
  return { cert: await readFile(certPath, "utf8"), key: await readFile(keyPath, "utf8"), certPath };
}
