// Signed-in users with their own workspace, made through the Hub's public API as a customer would.
import { randomUUID } from "node:crypto";
import { chatwoot, chatwootApi, hubUrl, sandboxUrl, serverSecrets } from "./context";

export type Identity = { cookie: string; tenantId: string; slug: string; email: string };

const password = "bench-clave-segura-123";

async function call(method: string, path: string, cookie: string | null, body?: unknown) {
  const res = await fetch(`${hubUrl}${path}`, {
    method,
    headers: { "content-type": "application/json", ...(cookie ? { cookie } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${path} → ${res.status} ${text.slice(0, 300)}`);
  return { res, json: text ? JSON.parse(text) : null };
}

/** Signs up and uses the link mailed to the address (read with the service key): the session cookie. */
async function signUpVerified(name: string, email: string): Promise<string> {
  await call("POST", "/api/auth/sign-up", null, { name, email, password });
  const back = { headers: { authorization: `Bearer ${serverSecrets.SMARTEROS_SERVICE_KEY}` } };
  const mails = await (await fetch(`${hubUrl}/api/auth/sign-up/outbox?${new URLSearchParams({ email })}`, back)).json();
  const link = (mails.data as { template: string; payload: { link: string } }[]).findLast(
    (m) => m.template === "sign_up_verification",
  )?.payload.link;
  if (!link) throw new Error(`no activation link mailed to ${email}`);
  const { res } = await call("POST", "/api/auth/sign-up/verify", null, {
    token: new URL(link).searchParams.get("token"),
    password,
  });
  return res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
}

/** Signs up, creates a workspace and connects the sandbox's services to it (Chatwoot at least). */
export async function createIdentity(label: string, services: "chatwoot" | "all"): Promise<Identity> {
  const id = randomUUID().slice(0, 8);
  const email = `bench-${label}-${id}@bench.smarterbot.cl`;
  const cookie = await signUpVerified(`Bench ${label}`, email);
  const { json } = await call("POST", "/api/tenants", cookie, {
    legalName: `Bench ${label} SpA`,
    slug: `bench-${label}-${id}`,
  });
  const tenant = json.tenant as { id: string; slug: string };
  const connections: Record<string, unknown> = {
    chatwoot,
    ...(services === "all"
      ? {
          odoo: { baseUrl: `${sandboxUrl}/odoo`, database: "demo", login: "admin", apiKey: "sandbox-odoo-key" },
          n8n: { baseUrl: `${sandboxUrl}/n8n`, apiKey: "sandbox-n8n-key" },
        }
      : {}),
  };
  for (const [kind, body] of Object.entries(connections)) {
    await call("PUT", `/api/tenants/${tenant.id}/integrations/${kind}`, cookie, body);
  }
  return { cookie, tenantId: tenant.id, slug: tenant.slug, email };
}

/** The Hub's webhook for this tenant as registered in the sandbox, with the secret the sandbox signs with. */
export async function chatwootWebhookOf(identity: Identity): Promise<{ url: string; secret: string }> {
  const { json } = await call("GET", `/api/tenants/${identity.tenantId}/integrations`, identity.cookie);
  const url = (json.data as { kind: string; webhook?: { url: string } }[]).find((i) => i.kind === "chatwoot")?.webhook
    ?.url;
  if (!url) throw new Error("the tenant has no Chatwoot webhook");
  const hook = (await listSandboxWebhooks()).find((h) => h.url === url);
  if (!hook) throw new Error(`the sandbox has no webhook for ${url}`);
  return { url, secret: hook.secret };
}

async function listSandboxWebhooks() {
  const res = await fetch(`${chatwootApi}/webhooks`, { headers: { api_access_token: chatwoot.token } });
  const body = (await res.json()) as { payload: { webhooks: { id: number; url: string; secret: string }[] } };
  return body.payload.webhooks;
}

/**
 * Every workspace connected above registered a webhook in the one sandbox account; a real Chatwoot
 * account points at one Hub workspace, so only that one stays and each message is delivered once.
 */
export async function keepOnlyWebhookOf(url: string) {
  for (const hook of await listSandboxWebhooks()) {
    if (hook.url === url) continue;
    await fetch(`${chatwootApi}/webhooks/${hook.id}`, {
      method: "DELETE",
      headers: { api_access_token: chatwoot.token },
    });
  }
}

/**
 * The Hub counts proxied calls per user (240 a minute) and per workspace (600) in fixed one-minute
 * windows. A load test from one user would measure 429s, so requests rotate over many identities,
 * each kept under its limit in the server's current window.
 */
export class IdentityPool {
  private readonly used = new Map<string, { window: number; count: number }>();
  private next = 0;
  exhausted = 0;

  constructor(
    readonly identities: Identity[],
    private readonly perWindow = 220,
  ) {}

  take(): Identity {
    const window = Math.floor(Date.now() / 60_000);
    for (let i = 0; i < this.identities.length; i++) {
      const identity = this.identities[(this.next + i) % this.identities.length];
      const use = this.used.get(identity.email);
      const count = use && use.window === window ? use.count : 0;
      if (count < this.perWindow) {
        this.used.set(identity.email, { window, count: count + 1 });
        this.next = (this.next + i + 1) % this.identities.length;
        return identity;
      }
    }
    // Every identity is spent for this minute: the request goes out anyway and shows up as a 429.
    this.exhausted++;
    return this.identities[this.next];
  }
}
