// The list's filters, parsed once from the query string for the list, the CSV export and bulk actions.
import { z } from "@/lib/validation";

const flag = z
  .enum(["1", "true", "0", "false", ""])
  .optional()
  .transform((v) => v === "1" || v === "true");

export const contactFiltersSchema = z.object({
  q: z.string().max(200).optional().default(""),
  source: z.enum(["hub", "chatwoot", "odoo"]).optional().catch(undefined),
  tag: z.string().trim().max(60).optional(),
  open: flag,
  unpaid: flag,
  sort: z.enum(["name", "recent", "created"]).optional().default("name"),
});

export const contactListQuerySchema = contactFiltersSchema.extend({
  page: z.coerce.number().int().min(1).max(100_000).optional().default(1),
});

export type ContactFilters = z.infer<typeof contactFiltersSchema>;
