import { z } from "@/lib/validation";

export const webVersion = z.looseObject({
  version_info: z.array(z.union([z.number(), z.string()])).min(1),
  version: z.string().nullish(),
});

export const commonVersion = z.looseObject({
  server_version: z.string(),
  server_version_info: z.array(z.union([z.number(), z.string()])).min(1),
});

export const odooErrorData = z.looseObject({
  name: z.string().nullish(),
  message: z.string().nullish(),
});

/** JSON-RPC answers HTTP 200 for failures too; the envelope says which. */
export const jsonRpcEnvelope = z.looseObject({
  result: z.unknown().optional(),
  error: z
    .looseObject({ code: z.number().nullish(), message: z.string().nullish(), data: odooErrorData.nullish() })
    .optional(),
});

export const odooRecord = z.looseObject({ id: z.number() });
export const odooRecords = z.array(odooRecord);
export const odooCount = z.number().int();
export const odooFields = z.record(
  z.string(),
  z.looseObject({ type: z.string(), string: z.string().nullish(), relation: z.string().nullish() }),
);
export const odooGroupRows = z.array(z.record(z.string(), z.unknown()));
export const odooUid = z.union([z.number().int(), z.literal(false)]);

export type OdooRecordRaw = z.infer<typeof odooRecord>;
export type OdooFields = z.infer<typeof odooFields>;
