import { open, seal } from "@/lib/integrations/crypto/secret-box";
import type { IntegrationKind } from "./connection-schemas";

// Secrets per service, sealed together. The associated data ties them to the tenant and service.
export type StoredSecrets = { token?: string; apiKey?: string };

/** Chatwoot webhook secrets: ours in the URL (for servers that do not sign) and Chatwoot's signing one. */
export type WebhookSecrets = { urlToken: string; signingSecret?: string; chatwootWebhookId?: number };

const aad = (tenantId: string, kind: IntegrationKind, field: string) => `${tenantId}:${kind}:${field}`;

export function sealSecrets(tenantId: string, kind: IntegrationKind, secrets: StoredSecrets) {
  return seal(JSON.stringify(secrets), aad(tenantId, kind, "credentials"));
}

export function openSecrets(tenantId: string, kind: IntegrationKind, sealed: string): StoredSecrets {
  return JSON.parse(open(sealed, aad(tenantId, kind, "credentials"))) as StoredSecrets;
}

export function sealWebhookSecrets(tenantId: string, secrets: WebhookSecrets) {
  return seal(JSON.stringify(secrets), aad(tenantId, "chatwoot", "webhook")).ciphertext;
}

export function openWebhookSecrets(tenantId: string, sealed: string): WebhookSecrets {
  return JSON.parse(open(sealed, aad(tenantId, "chatwoot", "webhook"))) as WebhookSecrets;
}

/** "••••1234": enough to recognise a key, never enough to use it. */
export function maskSecret(secret: string | undefined): string | null {
  if (!secret) return null;
  return `••••••••${secret.length > 8 ? secret.slice(-4) : ""}`;
}
