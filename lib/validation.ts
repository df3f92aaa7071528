import { z } from "zod";
import es from "zod/v4/locales/es.js";

// zod's built-in messages (wrong type, missing field) in the product's language; fields with their
// own message keep it. Only the Spanish locale is imported, not all of them.
z.config(es());

export { z };
