import { randomUUID } from "node:crypto";
import { type APIRequestContext, expect } from "@playwright/test";
import { rutCheckDigit } from "../../lib/format/rut";
import { e2eServerSecrets } from "../../playwright.config";

/** The back office's credentials: the service key the e2e server was started with. */
export const serviceHeaders = { Authorization: `Bearer ${e2eServerSecrets.SMARTEROS_SERVICE_KEY}` };

/** A valid RUT no other test uses: random body, computed check digit, formatted 12.345.678-5. */
export function freshRut(): string {
  const body = String(10_000_000 + Math.floor(Math.random() * 89_999_999));
  return `${body.replace(/\B(?=(\d{3})+(?!\d))/g, ".")}-${rutCheckDigit(body)}`;
}

export const registration = (
  over: Partial<Record<"rut" | "legalName" | "email" | "phone" | "plan" | "slug", string>> = {},
) => ({
  rut: freshRut(),
  legalName: `Comercial ${randomUUID().slice(0, 6)} SpA`,
  email: `alta-${randomUUID().slice(0, 8)}@e2e.smarterbot.cl`,
  phone: "+56 9 8765 4321",
  plan: "basic",
  ...over,
});

export type StepView = { step: string; status: string; lastError: string | null };
export type StatusView = { tenant: { id: string; slug: string; status: string }; steps: StepView[]; progress: number };

/** Polls the status API (as the back office would) until `done` says so. */
export async function waitForStatus(
  api: APIRequestContext,
  tenantId: string,
  done: (s: StatusView) => boolean,
  timeoutMs = 45_000,
): Promise<StatusView> {
  let last: StatusView | undefined;
  await expect
    .poll(
      async () => {
        const res = await api.get(`/api/tenants/${tenantId}/status`, { headers: serviceHeaders });
        expect(res.status()).toBe(200);
        last = (await res.json()) as StatusView;
        return done(last);
      },
      { timeout: timeoutMs, intervals: [250, 500, 1000] },
    )
    .toBe(true);
  return last as StatusView;
}

/** The confirmation link queued for the tenant's email, read through the back-office outbox API. */
export async function confirmationLink(api: APIRequestContext, tenantId: string): Promise<string> {
  const res = await api.get(`/api/tenants/${tenantId}/outbox`, { headers: serviceHeaders });
  expect(res.status()).toBe(200);
  const { data } = (await res.json()) as {
    data: { channel: string; template: string; recipient: string; payload: { link: string } }[];
  };
  const email = data.find((m) => m.template === "signup_confirmation" && m.channel === "email");
  if (!email) throw new Error("no confirmation email queued");
  return email.payload.link;
}

/** The tenant the back office knows by this email (newest first). */
export async function tenantByEmail(api: APIRequestContext, email: string) {
  const res = await api.get("/api/tenants?pageSize=200", { headers: serviceHeaders });
  expect(res.status()).toBe(200);
  const { data } = (await res.json()) as { data: { id: string; slug: string; email: string; status: string }[] };
  const tenant = data.find((t) => t.email === email.toLowerCase());
  if (!tenant) throw new Error(`no tenant for ${email}`);
  return tenant;
}

/** The invitation link queued for this email in the tenant's outbox (read with the service key). */
export async function invitationLink(api: APIRequestContext, tenantId: string, email: string): Promise<string> {
  const res = await api.get(`/api/tenants/${tenantId}/outbox`, { headers: serviceHeaders });
  expect(res.status()).toBe(200);
  const { data } = (await res.json()) as { data: { template: string; recipient: string; payload: { link: string } }[] };
  const found = data.findLast((m) => m.template === "member_invitation" && m.recipient === email.toLowerCase());
  if (!found) throw new Error(`no invitation queued for ${email}`);
  return found.payload.link;
}

/** The signed-in `api` accepts the invitation sent to `email`, as its link's button does. */
export async function acceptInvitationViaApi(api: APIRequestContext, tenantId: string, email: string) {
  const token = new URL(await invitationLink(api, tenantId, email)).searchParams.get("token");
  const res = await api.post("/api/invitations/accept", { data: { token } });
  expect(res.status(), await res.text()).toBe(200);
}
