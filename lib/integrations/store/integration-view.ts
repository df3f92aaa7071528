import "server-only";
import type { IntegrationKind } from "./connection-schemas";
import type { IntegrationRow } from "./integration-rows";
import { maskSecret, openSecrets, openWebhookSecrets } from "./sealed-fields";

export type CheckResult = {
  ok: boolean;
  problems: { code: string; message: string }[];
  warnings: { code: string; message: string }[];
  info: Record<string, unknown>;
};

/** What the settings page and the integrations API show: never a secret, only its last characters. */
export type IntegrationView = {
  kind: IntegrationKind;
  connected: boolean;
  status: "unchecked" | "connected" | "failing" | "not_connected";
  baseUrl: string | null;
  accountId?: number;
  database?: string;
  login?: string;
  secretMask: string | null;
  lastCheckedAt: string | null;
  lastError: string | null;
  check: CheckResult | null;
  webhook?: { url: string; registered: boolean; signed: boolean; lastEventAt: string | null };
};

export function notConnectedView(kind: IntegrationKind): IntegrationView {
  return {
    kind,
    connected: false,
    status: "not_connected",
    baseUrl: null,
    secretMask: null,
    lastCheckedAt: null,
    lastError: null,
    check: null,
  };
}

export function webhookUrl(origin: string, integrationId: string, urlToken: string) {
  return `${origin}/api/webhooks/chatwoot/${integrationId}?token=${urlToken}`;
}

export function integrationView(
  row: IntegrationRow,
  options: { origin: string; lastEventAt?: Date | null; showWebhookSecret: boolean },
): IntegrationView {
  const kind = row.kind;
  const secrets = row.credentialsEncrypted ? openSecrets(row.tenantId, kind, row.credentialsEncrypted) : {};
  const config = row.config as { accountId?: number; database?: string; login?: string; check?: CheckResult };
  const view: IntegrationView = {
    kind,
    connected: true,
    status: row.status,
    baseUrl: row.baseUrl,
    secretMask: maskSecret(secrets.token ?? secrets.apiKey),
    lastCheckedAt: row.lastCheckedAt?.toISOString() ?? null,
    lastError: row.lastError,
    check: config.check ?? null,
    ...(kind === "chatwoot" ? { accountId: config.accountId } : {}),
    ...(kind === "odoo" ? { database: config.database, login: config.login } : {}),
  };
  if (kind === "chatwoot" && row.webhookSecretEncrypted) {
    const hook = openWebhookSecrets(row.tenantId, row.webhookSecretEncrypted);
    view.webhook = {
      // The URL carries our secret: only admins, who could replace it anyway, get to see it.
      url: options.showWebhookSecret ? webhookUrl(options.origin, row.id, hook.urlToken) : "",
      registered: Boolean(hook.chatwootWebhookId),
      signed: Boolean(hook.signingSecret),
      lastEventAt: options.lastEventAt?.toISOString() ?? null,
    };
  }
  return view;
}
