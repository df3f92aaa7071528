import { z } from "zod";
import es from "zod/v4/locales/es.js";
import type { FieldReason } from "@/lib/errors";

// zod's built-in messages (wrong type, missing field) in the product's language; fields with their
// own message keep it. Only the Spanish locale is imported, not all of them.
z.config(es());
// In the browser zod would probe for eval (`Function("")`) to compile its parsers; the page's CSP
// refuses eval, and each probe is a reported violation. The server keeps the compiled parsers.
if (typeof window !== "undefined") z.config({ jitless: true });

/**
 * A schema's message for one check: a field reason, so the browser shows it in the user's language and
 * the API's Spanish text comes from the same dictionary (lib/errors.ts).
 */
export const issue = (reason: FieldReason) => ({ error: reason });

export { z };
