"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMemo, useState } from "react";
import { useForm, type FieldValues, type Resolver } from "react-hook-form";
import { useApiVersion } from "@/components/layout/graph-scope";
import type { PartnerEntity, PartnerKind } from "./partner-kind";
import type { PartnerFormModel } from "./partner-form-model";
import { usePartnerFormSave } from "./use-partner-form-save";

/** A partner form of any kind: values from the partner as first loaded (or the defaults), the version's validation, the save. */
export function usePartnerForm<Values extends FieldValues, E extends PartnerEntity>(kind: PartnerKind<E>, model: PartnerFormModel<Values, E>, partner?: E) {
  const version = useApiVersion();
  const [initial] = useState<Values>(() => (partner ? model.fromPartner(partner) : model.defaults()));
  // useForm reads its options on every render, so the resolver follows the version switch.
  const resolver = useMemo(() => zodResolver(model.schema(version) as never) as unknown as Resolver<Values>, [model, version]);
  const form = useForm<Values>({ defaultValues: initial as never, resolver, mode: "onSubmit", reValidateMode: "onChange" });
  const save = usePartnerFormSave({ form, api: kind.api, version, partner, initial, toBody: model.toBody, fields: model.fields, routes: kind.routes });
  const label = `${partner ? "Edit" : "New"} ${kind.nouns.singular}`;
  return { form, version, save, label };
}
