import { z } from "zod";

// zod's built-in messages (wrong type, missing field) in the product's language; fields with their
// own message keep it.
z.config(z.locales.es());

export { z };
