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

/**
 * A serial run leaves every earlier spec's tenant with a webhook in the one sandbox account, so each
 * injected message fans out to all of them at once. A test that times live delivery keeps only its
 * own tenant's webhook, as a real Chatwoot account pointing at one Hub would have.
 */
export async function keepOnlyWebhookOf(api: APIRequestContext, tenantId: string) {
  const { data } = (await (await api.get(`/api/tenants/${tenantId}/integrations`)).json()) as {
    data: { kind: string; webhook?: { url: string } }[];
  };
  const own = data.find((i) => i.kind === "chatwoot")?.webhook?.url;
  if (!own) throw new Error("the tenant has no Chatwoot webhook to keep");
  const headers = { api_access_token: sandboxConnections.chatwoot.token };
  const base = `${sandboxConnections.chatwoot.baseUrl}/api/v1/accounts/1/webhooks`;
  const list = (await (await fetch(base, { headers })).json()) as {
    payload: { webhooks: { id: number; url: string }[] };
  };
  for (const hook of list.payload.webhooks) {
    if (hook.url !== own) await fetch(`${base}/${hook.id}`, { method: "DELETE", headers });
  }
}
