import { issue, z } from "@/lib/validation";

// What an admin (or a script) sends to connect each service. Secrets may be omitted when updating a
// saved connection: the stored one is kept, since it is never shown again.
const baseUrl = z.string().trim().min(1, issue("url_required")).max(500);
const secret = (label: string) =>
  z
    .string()
    .trim()
    .min(1, { error: `Ingresa ${label}.` })
    .max(500);

export const connectionInputSchemas = {
  chatwoot: z.object({
    baseUrl,
    accountId: z.coerce.number(issue("account_id_number")).int().positive(issue("account_id_positive")),
    token: secret("el token de acceso").optional(),
  }),
  odoo: z.object({
    baseUrl,
    database: z.string().trim().min(1, issue("database_required")).max(120),
    login: z.string().trim().min(1, issue("odoo_login_required")).max(200),
    apiKey: secret("api_key_required").optional(),
  }),
  n8n: z.object({ baseUrl, apiKey: secret("api_key_required").optional() }),
} as const;

export type IntegrationKind = keyof typeof connectionInputSchemas;
export const integrationKinds = Object.keys(connectionInputSchemas) as IntegrationKind[];
export const integrationKindSchema = z.enum(["chatwoot", "odoo", "n8n"], issue("service_unknown"));

export type ConnectionInput = {
  [K in IntegrationKind]: z.infer<(typeof connectionInputSchemas)[K]>;
};

/** A complete connection as the adapters need it, secrets included. Server memory only. */
export type Connection = {
  chatwoot: { baseUrl: string; accountId: number; token: string };
  odoo: { baseUrl: string; database: string; login: string; apiKey: string };
  n8n: { baseUrl: string; apiKey: string };
};
