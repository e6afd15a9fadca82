/**
 * Run by https-official-client.test.ts in a Node started with NODE_EXTRA_CA_CERTS: the official Graph client exactly
 * as an integrator writes it (baseUrl, customHosts, authProvider, nothing else) against the HTTPS standalone mock.
 * Prints one JSON line with what it saw.
 */
import { BatchRequestContent, BatchResponseContent, Client, GraphError, PageIterator, type PageCollection } from "@microsoft/microsoft-graph-client";

const baseUrl = process.argv[2]!;
const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
const accessToken = `${part({ alg: "none" })}.${part({ tid: `https-${Date.now()}`, scp: "DeviceManagementServiceConfig.ReadWrite.All" })}.x`;

const client = Client.init({
  baseUrl,
  customHosts: new Set([new URL(baseUrl).hostname]),
  authProvider: (done) => done(null, accessToken),
});

async function main() {
  const partners = "/deviceManagement/deviceManagementPartners";
  const created = (await client.api(partners).post({ displayName: "HTTPS MDM", partnerAppType: "multiTenantApp" })) as { id: string; displayName: string };
  const filtered = (await client.api(partners).filter("displayName eq 'HTTPS MDM'").get()) as { value: { id: string }[] };
  const names: string[] = [];
  let pages = 0;
  const first = (await client.api(partners).top(3).get()) as PageCollection;
  const iterator = new PageIterator(client, first, (item: { displayName: string }) => {
    names.push(item.displayName);
    return true;
  });
  await iterator.iterate();
  pages = Math.ceil(names.length / 3);
  const updated = (await client.api(`${partners}/${created.id}`).patch({ displayName: "HTTPS MDM 2" })) as { displayName: string };
  await client.api(`${partners}/${created.id}/terminate`).post(undefined);
  const terminated = (await client.api(`${partners}/${created.id}`).get()) as { partnerState: string };
  const batch = new BatchRequestContent([
    { id: "1", request: new Request(`${baseUrl}v1.0${partners}/${created.id}`, { method: "GET" }) },
    { id: "2", request: new Request(`${baseUrl}v1.0${partners}/${created.id}`, { method: "DELETE" }), dependsOn: ["1"] },
  ]);
  const batchAnswer = new BatchResponseContent(await client.api("/$batch").post(await batch.getContent()));
  const batchStatuses = [batchAnswer.getResponseById("1").status, batchAnswer.getResponseById("2").status];
  let error: { statusCode: number; code: string | null } | undefined;
  try {
    await client.api(`${partners}/${created.id}`).get();
  } catch (caught) {
    if (caught instanceof GraphError) error = { statusCode: caught.statusCode, code: caught.code };
  }
  let invalid: { statusCode: number; code: string | null } | undefined;
  try {
    await client.api(partners).post({ partnerState: "String" });
  } catch (caught) {
    if (caught instanceof GraphError) invalid = { statusCode: caught.statusCode, code: caught.code };
  }
  console.log(JSON.stringify({ created, filtered: filtered.value.map((p) => p.id), names, pages, updated, terminated, batchStatuses, error, invalid }));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
