import { issue, z } from "@/lib/validation";

/** A run's body: any JSON value the person typed, up to 64 KB (webhook payloads are small). */
export const MAX_RUN_BODY_BYTES = 64 * 1024;

export const runBody = z.strictObject({
  body: z.json().refine((v) => new TextEncoder().encode(JSON.stringify(v)).length <= MAX_RUN_BODY_BYTES, {
    ...issue("json_body_too_large"),
  }),
});

export const templateParams = z.object({
  tenantId: z.string(),
  templateId: z.string().regex(/^[a-z0-9-]{1,64}$/, issue("template_invalid")),
});
