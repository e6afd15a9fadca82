export { clientRequestIdOf } from "../graph/client-request-id";

export function newRequestId(): string {
  return crypto.randomUUID();
}
