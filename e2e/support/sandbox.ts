import type { APIRequestContext } from "@playwright/test";

// The sandbox Playwright starts beside the Hub (see playwright.config.ts).
export const sandboxUrl = `http://127.0.0.1:${process.env.E2E_SANDBOX_PORT ?? 4199}`;

export const sandboxConnections = {
  chatwoot: { baseUrl: `${sandboxUrl}/chatwoot`, accountId: 1, token: "sandbox-chatwoot-token" },
  odoo: { baseUrl: `${sandboxUrl}/odoo`, database: "demo", login: "admin", apiKey: "sandbox-odoo-key" },
  n8n: { baseUrl: `${sandboxUrl}/n8n`, apiKey: "sandbox-n8n-key" },
} as const;

export const sandboxSecrets = ["sandbox-chatwoot-token", "sandbox-odoo-key", "sandbox-n8n-key"];

/** Connects all three services of a tenant through the Hub's integrations API. */
export async function connectSandbox(api: APIRequestContext, tenantId: string) {
  for (const [kind, body] of Object.entries(sandboxConnections)) {
    const res = await api.put(`/api/tenants/${tenantId}/integrations/${kind}`, { data: body });
    if (!res.ok()) throw new Error(`connecting ${kind} failed: ${res.status()} ${await res.text()}`);
  }
}
