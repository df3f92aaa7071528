import "server-only";
import { env } from "@/lib/env";
import { defaultAllowPrivate } from "@/lib/integrations/base-url";
import type { Connection } from "@/lib/integrations/store/connection-schemas";

/** The SmarterOS services a new tenant is connected to; null = "connect later" (none configured). */
export type SmarterosServices = {
  chatwoot: Connection["chatwoot"] | null;
  odoo: Connection["odoo"] | null;
  n8n: Connection["n8n"] | null;
};

const flag = (v: string | undefined) => (v === undefined ? undefined : v === "1" || v === "true");

/**
 * Configured services win. Otherwise, where private upstreams are allowed (development and the e2e
 * build, which also start the sandbox) the sandbox on SANDBOX_PORT stands in for SmarterOS's own
 * servers; a production deployment with neither gets "connect later" for each service.
 */
export function smarterosServices(): SmarterosServices {
  const sandbox =
    (flag(env.SMARTEROS_USE_SANDBOX) ?? defaultAllowPrivate())
      ? sandboxServices(`http://127.0.0.1:${env.SANDBOX_PORT}`)
      : null;
  return {
    chatwoot:
      env.SMARTEROS_CHATWOOT_URL && env.SMARTEROS_CHATWOOT_TOKEN && env.SMARTEROS_CHATWOOT_ACCOUNT_ID
        ? {
            baseUrl: env.SMARTEROS_CHATWOOT_URL,
            accountId: env.SMARTEROS_CHATWOOT_ACCOUNT_ID,
            token: env.SMARTEROS_CHATWOOT_TOKEN,
          }
        : (sandbox?.chatwoot ?? null),
    odoo:
      env.SMARTEROS_ODOO_URL && env.SMARTEROS_ODOO_DATABASE && env.SMARTEROS_ODOO_LOGIN && env.SMARTEROS_ODOO_API_KEY
        ? {
            baseUrl: env.SMARTEROS_ODOO_URL,
            database: env.SMARTEROS_ODOO_DATABASE,
            login: env.SMARTEROS_ODOO_LOGIN,
            apiKey: env.SMARTEROS_ODOO_API_KEY,
          }
        : (sandbox?.odoo ?? null),
    n8n:
      env.SMARTEROS_N8N_URL && env.SMARTEROS_N8N_API_KEY
        ? { baseUrl: env.SMARTEROS_N8N_URL, apiKey: env.SMARTEROS_N8N_API_KEY }
        : (sandbox?.n8n ?? null),
  };
}

/** The sandbox's documented demo credentials (sandbox/README.md). */
export function sandboxServices(root: string): SmarterosServices {
  return {
    chatwoot: { baseUrl: `${root}/chatwoot`, accountId: 1, token: "sandbox-chatwoot-token" },
    odoo: { baseUrl: `${root}/odoo`, database: "demo", login: "admin", apiKey: "sandbox-odoo-key" },
    n8n: { baseUrl: `${root}/n8n`, apiKey: "sandbox-n8n-key" },
  };
}
