import { randomBytes } from "node:crypto";
import { bodyObject, type Ctx, json, type Reply, type Route } from "../http";
import { recordSent, type WebhookSubscription } from "../state";
import { authed, notFound } from "./common";

export const WEBHOOK_EVENTS = [
  "conversation_created",
  "conversation_status_changed",
  "conversation_updated",
  "contact_created",
  "contact_updated",
  "message_created",
  "message_updated",
  "webwidget_triggered",
  "conversation_typing_on",
  "conversation_typing_off",
];

function webhookJson(ctx: Ctx, w: WebhookSubscription): Record<string, unknown> {
  return {
    id: w.id,
    url: w.url,
    name: w.name,
    subscriptions: w.subscriptions,
    secret: w.secret,
    account_id: ctx.state.world.chatwoot.accountId,
  };
}

function validate(body: Record<string, unknown>, partial: boolean): Reply | null {
  if (!partial || body.url !== undefined) {
    let ok = false;
    try {
      const u = new URL(String(body.url));
      ok = u.protocol === "http:" || u.protocol === "https:";
    } catch {
      ok = false;
    }
    if (!ok) return json(422, { message: "Url is invalid", attributes: ["url"] });
  }
  if (body.subscriptions !== undefined) {
    const subs = body.subscriptions;
    if (!Array.isArray(subs) || subs.length === 0 || subs.some((s) => !WEBHOOK_EVENTS.includes(String(s)))) {
      return json(422, { message: "Subscriptions Invalid events", attributes: ["subscriptions"] });
    }
  }
  return null;
}

/**
 * Account webhooks (admin only). Chatwoot's jbuilder views wrap them as `{payload:{webhooks:[...]}}` and
 * `{payload:{webhook:{...}}}`, unlike the spec's bare schemas; the secret is generated as in ≥ 4.11.
 */
export const webhookRoutes: Route[] = [
  {
    method: "GET",
    path: "/api/v1/accounts/{account_id}/webhooks",
    handler: authed((ctx) => json(200, { payload: { webhooks: ctx.state.webhooks.map((w) => webhookJson(ctx, w)) } }), {
      adminOnly: true,
    }),
  },
  {
    method: "POST",
    path: "/api/v1/accounts/{account_id}/webhooks",
    handler: authed(
      (ctx) => {
        const body = bodyObject(ctx);
        const invalid = validate(body, false);
        if (invalid) return invalid;
        const w: WebhookSubscription = {
          id: ctx.state.nextWebhookId++,
          url: String(body.url),
          name: typeof body.name === "string" ? body.name : "",
          subscriptions: Array.isArray(body.subscriptions) ? body.subscriptions.map(String) : [...WEBHOOK_EVENTS],
          // Sandbox extension: a caller may pin the secret; real Chatwoot always generates it.
          secret:
            typeof body.secret === "string" && body.secret !== "" ? body.secret : randomBytes(24).toString("base64url"),
        };
        ctx.state.webhooks.push(w);
        recordSent(ctx.state, {
          service: "chatwoot",
          kind: "webhook_created",
          method: ctx.method,
          path: ctx.path,
          body: ctx.body,
          result: { webhookId: w.id },
        });
        return json(200, { payload: { webhook: webhookJson(ctx, w) } });
      },
      { adminOnly: true },
    ),
  },
  {
    method: "PATCH",
    path: "/api/v1/accounts/{account_id}/webhooks/{webhook_id}",
    handler: authed(
      (ctx) => {
        const w = ctx.state.webhooks.find((x) => x.id === Number(ctx.params.webhook_id));
        if (!w) return notFound();
        const body = bodyObject(ctx);
        const invalid = validate(body, true);
        if (invalid) return invalid;
        if (body.url !== undefined) w.url = String(body.url);
        if (typeof body.name === "string") w.name = body.name;
        if (Array.isArray(body.subscriptions)) w.subscriptions = body.subscriptions.map(String);
        recordSent(ctx.state, {
          service: "chatwoot",
          kind: "webhook_updated",
          method: ctx.method,
          path: ctx.path,
          body: ctx.body,
          result: { webhookId: w.id },
        });
        return json(200, { payload: { webhook: webhookJson(ctx, w) } });
      },
      { adminOnly: true },
    ),
  },
  {
    method: "DELETE",
    path: "/api/v1/accounts/{account_id}/webhooks/{webhook_id}",
    handler: authed(
      (ctx) => {
        const i = ctx.state.webhooks.findIndex((x) => x.id === Number(ctx.params.webhook_id));
        if (i < 0) return notFound();
        ctx.state.webhooks.splice(i, 1);
        recordSent(ctx.state, {
          service: "chatwoot",
          kind: "webhook_deleted",
          method: ctx.method,
          path: ctx.path,
          body: ctx.body,
          result: { webhookId: Number(ctx.params.webhook_id) },
        });
        return { status: 200, raw: "" };
      },
      { adminOnly: true },
    ),
  },
];
