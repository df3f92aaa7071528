import "server-only";
import { randomBytes, randomUUID } from "node:crypto";
import { eq, max } from "drizzle-orm";
import { logActivity } from "@/lib/activity/log-activity";
import type { Tx } from "@/lib/db/open";
import { webhookEvents } from "@/lib/db/schema";
import { type TenantContext, withTenant } from "@/lib/db/with-tenant";
import { ApiError } from "@/lib/errors";
import { log } from "@/lib/log";
import { assertAllowedBaseUrl, normalizeBaseUrl } from "./base-url";
import { registerChatwootWebhook, unregisterChatwootWebhook } from "./chatwoot-webhook-registration";
import { checkConnection } from "./check-connection";
import {
  type Connection,
  type ConnectionInput,
  type IntegrationKind,
  integrationKinds,
} from "./store/connection-schemas";
import {
  deleteIntegrationRow,
  findIntegrationRow,
  type IntegrationRow,
  listIntegrationRows,
  upsertIntegrationRow,
} from "./store/integration-rows";
import { type CheckResult, integrationView, notConnectedView, webhookUrl } from "./store/integration-view";
import {
  openSecrets,
  openWebhookSecrets,
  sealSecrets,
  sealWebhookSecrets,
  type WebhookSecrets,
} from "./store/sealed-fields";
import { forgetConnection } from "./tenant-connection";

/** The three services for a tenant, connected or not, masked. */
export async function listIntegrations(ctx: TenantContext, origin: string) {
  const { rows, lastEvents } = await withTenant(ctx, async (tx) => ({
    rows: await listIntegrationRows(tx, ctx.tenantId),
    lastEvents: await tx
      .select({ integrationId: webhookEvents.integrationId, at: max(webhookEvents.receivedAt) })
      .from(webhookEvents)
      .where(eq(webhookEvents.tenantId, ctx.tenantId))
      .groupBy(webhookEvents.integrationId),
  }));
  const lastEventAt = new Map(lastEvents.map((e) => [e.integrationId, e.at]));
  return integrationKinds.map((kind) => {
    const row = rows.find((r) => r.kind === kind);
    return row
      ? integrationView(row, { origin, lastEventAt: lastEventAt.get(row.id), showWebhookSecret: ctx.role === "admin" })
      : notConnectedView(kind);
  });
}

/** Completes the input with the stored secret when the admin left it blank, and validates the URL. */
async function resolveConnection<K extends IntegrationKind>(
  kind: K,
  input: ConnectionInput[K],
  existing: IntegrationRow | undefined,
): Promise<Connection[K]> {
  const stored = existing?.credentialsEncrypted
    ? openSecrets(existing.tenantId, kind, existing.credentialsEncrypted)
    : {};
  const baseUrl = normalizeBaseUrl(input.baseUrl);
  await assertAllowedBaseUrl(baseUrl);
  const secretField = kind === "chatwoot" ? "token" : "apiKey";
  const secret = (input as Record<string, unknown>)[secretField] ?? stored[secretField];
  if (!secret) {
    const token = kind === "chatwoot";
    throw new ApiError("validation_error", token ? "secret_required_token" : "secret_required_key", {
      details: { service: kind },
      fields: { [secretField]: [token ? "token_required" : "api_key_required"] },
    });
  }
  return { ...input, baseUrl, [secretField]: secret } as Connection[K];
}

/** "Probar conexión": checks what the form holds without saving it. */
export async function testIntegration<K extends IntegrationKind>(
  ctx: TenantContext,
  kind: K,
  input: ConnectionInput[K],
) {
  const existing = await withTenant(ctx, (tx) => findIntegrationRow(tx, ctx.tenantId, kind));
  const connection = await resolveConnection(kind, input, existing);
  return checkConnection(kind, connection, { tenantId: ctx.tenantId });
}

/**
 * Where a connection is read and saved. Request code uses a member's RLS transaction; provisioning
 * connects a tenant whose admin may not have an account yet (an invitation until they sign up), so
 * it passes a privileged transaction from lib/provisioning and acts as no user.
 */
export type IntegrationScope = {
  tenantId: string;
  userId: string | null;
  transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T>;
};

const memberScope = (ctx: TenantContext): IntegrationScope => ({
  tenantId: ctx.tenantId,
  userId: ctx.userId,
  transaction: (fn) => withTenant(ctx, fn),
});

/** Saves a connection (secrets sealed), checks it, and for Chatwoot registers the Hub's webhook. */
export async function connectIntegration<K extends IntegrationKind>(
  ctx: TenantContext,
  kind: K,
  input: ConnectionInput[K],
  origin: string,
) {
  return saveConnection(memberScope(ctx), kind, input, origin);
}

/** connectIntegration for any scope; the one place a connection is checked, sealed and stored. */
export async function saveConnection<K extends IntegrationKind>(
  ctx: IntegrationScope,
  kind: K,
  input: ConnectionInput[K],
  origin: string,
) {
  const existing = await ctx.transaction((tx) => findIntegrationRow(tx, ctx.tenantId, kind));
  const connection = await resolveConnection(kind, input, existing);
  const check = await checkConnection(kind, connection, { tenantId: ctx.tenantId });
  const id = existing?.id ?? randomUUID();

  let webhookSecretEncrypted: string | null = existing?.webhookSecretEncrypted ?? null;
  if (kind === "chatwoot") {
    const previous = webhookSecretEncrypted ? openWebhookSecrets(ctx.tenantId, webhookSecretEncrypted) : undefined;
    const hook: WebhookSecrets = previous ?? { urlToken: randomBytes(24).toString("base64url") };
    if (check.ok && !hook.chatwootWebhookId) {
      const registered = await registerChatwootWebhook(connection as Connection["chatwoot"], {
        tenantId: ctx.tenantId,
        url: webhookUrl(origin, id, hook.urlToken),
      });
      if (registered) Object.assign(hook, registered);
      else check.warnings.push({ code: "webhook_not_registered", message: webhookHelp });
    }
    webhookSecretEncrypted = sealWebhookSecrets(ctx.tenantId, hook);
  }

  const { secretField, config } = splitConnection(kind, connection);
  const sealed = sealSecrets(ctx.tenantId, kind, {
    [secretField]: (connection as Record<string, string>)[secretField],
  });
  const row = await ctx.transaction(async (tx) => {
    const saved = await upsertIntegrationRow(tx, ctx.tenantId, kind, {
      id,
      baseUrl: connection.baseUrl,
      config: { ...config, check: check satisfies CheckResult },
      credentialsEncrypted: sealed.ciphertext,
      keyId: sealed.keyId,
      webhookSecretEncrypted,
      status: check.ok ? "connected" : "failing",
      lastCheckedAt: new Date(),
      lastError: check.problems[0]?.message ?? null,
    });
    await logActivity(tx, ctx, existing ? "integration.updated" : "integration.connected", kind, { ok: check.ok });
    return saved;
  });
  forgetConnection(ctx.tenantId, kind);
  return { integration: integrationView(row, { origin, showWebhookSecret: true }), check };
}

const webhookHelp =
  "No pudimos registrar el webhook en Chatwoot (hace falta un token de administrador). Pégalo a mano en Chatwoot → Configuración → Integraciones → Webhooks para recibir mensajes en vivo.";

function splitConnection(kind: IntegrationKind, connection: Connection[IntegrationKind]) {
  if (kind === "chatwoot") {
    const { accountId } = connection as Connection["chatwoot"];
    return { secretField: "token", config: { accountId } };
  }
  if (kind === "odoo") {
    const { database, login } = connection as Connection["odoo"];
    return { secretField: "apiKey", config: { database, login } };
  }
  return { secretField: "apiKey", config: {} };
}

export async function disconnectIntegration(ctx: TenantContext, kind: IntegrationKind) {
  const existing = await withTenant(ctx, (tx) => findIntegrationRow(tx, ctx.tenantId, kind));
  if (!existing) throw new ApiError("not_found", "integration_missing", { details: { service: kind } });
  if (kind === "chatwoot" && existing.webhookSecretEncrypted && existing.credentialsEncrypted) {
    // Best effort: a Chatwoot that is down must not keep the admin from disconnecting it.
    const hook = openWebhookSecrets(ctx.tenantId, existing.webhookSecretEncrypted);
    const { token } = openSecrets(ctx.tenantId, kind, existing.credentialsEncrypted);
    const config = existing.config as { accountId: number };
    if (hook.chatwootWebhookId && token) {
      await unregisterChatwootWebhook(
        { baseUrl: existing.baseUrl, accountId: config.accountId, token },
        { tenantId: ctx.tenantId, webhookId: hook.chatwootWebhookId },
      ).catch((error: unknown) =>
        log.warn("chatwoot webhook not removed", { tenantId: ctx.tenantId, error: String(error) }),
      );
    }
  }
  await withTenant(ctx, async (tx) => {
    await deleteIntegrationRow(tx, ctx.tenantId, kind);
    await logActivity(tx, ctx, "integration.disconnected", kind);
  });
  forgetConnection(ctx.tenantId, kind);
}
