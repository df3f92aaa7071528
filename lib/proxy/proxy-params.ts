import { issue, z } from "@/lib/validation";

// Building blocks for the proxies' path, query and body schemas. Query values arrive as strings;
// each is checked by shape before it becomes a number, so "1e3", "0x10" or " 7" never pass as ids.

const digits = (max: number) => new RegExp(`^\\d{1,${max}}$`);

/** A whole number from a query string, within [min, max]. */
export const intParam = (min: number, max: number) =>
  z
    .string()
    .regex(digits(String(max).length), issue("integer_required"))
    .transform(Number)
    .pipe(z.number().int().min(min).max(max));

/** A Chatwoot or Odoo record id in a path: a positive integer, nothing else. */
export const numericId = z
  .string()
  .regex(/^[1-9]\d{0,11}$/, issue("id_not_positive"))
  .transform(Number);

/** n8n ids are opaque strings (workflows "aB3dE…", executions "1234"). */
export const n8nId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, issue("n8n_id_invalid"));

export const pageParam = intParam(1, 10_000);

/** Free-text search; an empty string means "no search". */
export const searchText = z.string().trim().max(200, issue("search_too_long"));

export const booleanParam = z.enum(["true", "false"]).transform((v) => v === "true");

/** "a,b , c" → ["a", "b", "c"], each checked by `item`. */
export const commaList = (item: z.ZodType<string, string>, max: number) =>
  z
    .string()
    .max(2_000)
    .transform((s) =>
      s
        .split(",")
        .map((v) => v.trim())
        .filter(Boolean),
    )
    .pipe(z.array(item).max(max));

/** A calendar day, YYYY-MM-DD, that exists (no 2026-02-30). */
export const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, issue("date_format"))
  .refine((s) => {
    const ms = Date.parse(`${s}T00:00:00Z`);
    return !Number.isNaN(ms) && new Date(ms).toISOString().startsWith(s);
  }, issue("date_nonexistent"));

/** Whole days from `from` to `to` (both YYYY-MM-DD). */
export const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/** Path parameters: the wrapper has already resolved and checked `tenantId`. */
export const tenantParams = z.object({ tenantId: z.string() });

/** For routes that take no query: any parameter (an `account_id`, say) is refused, not ignored. */
export const emptyQuery = z.strictObject({});

/** For writes that take no body: `{}` or nothing; any field is refused. */
export const emptyBody = z.strictObject({});
