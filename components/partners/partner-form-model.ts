import type { FieldValues } from "react-hook-form";
import type { z } from "zod";
import type { ApiVersion } from "@/lib/graph/api-version";

/** A kind's form model, beside its form (only forms import it: it brings zod). */
export interface PartnerFormModel<Values extends FieldValues, E> {
  /** The form's fields: a server error's `target` is shown beside the one it names. */
  fields: readonly (keyof Values & string)[];
  schema: (version: ApiVersion) => z.ZodType;
  /** A new partner's values; they depend on the browser's clock and time zone. */
  defaults: (now?: Date) => Values;
  fromPartner: (partner: E) => Values;
  /** The Graph body for the values in a version (fields the version lacks are never in it). */
  toBody: (values: Values, version: ApiVersion) => Record<string, unknown>;
}
