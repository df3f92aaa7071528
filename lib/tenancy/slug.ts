import { issue, z } from "@/lib/validation";

export { slugify } from "./slugify";

// Top-level paths the app owns; a tenant with one of these slugs would shadow a page.
const reserved = new Set([
  "api",
  "sign-in",
  "sign-up",
  "sign-out",
  "onboarding",
  "workspaces",
  "settings",
  "admin",
  "app",
  "static",
  "public",
  "_next",
  "dev",
  "help",
  "www",
  "mail",
  "status",
  "docs",
]);

export const slugSchema = z
  .string()
  .trim()
  .regex(/^[a-z0-9](?:[a-z0-9-]{1,46}[a-z0-9])$/, {
    ...issue("slug_format"),
  })
  .refine((s) => !reserved.has(s), issue("slug_reserved"));
