import { randomUUID } from "node:crypto";
import { type APIRequestContext, expect } from "@playwright/test";
import { serviceHeaders } from "./tenant-api";

export const uniqueEmail = (label: string) =>
  `${label.toLowerCase().replace(/[^a-z0-9]+/g, "-")}-${randomUUID().slice(0, 8)}@e2e.smarterbot.cl`;
export const password = "una-clave-segura-123";

type SignUpMail = { template: string; recipient: string; payload: { link: string } };

/** The sign-up mails queued for `email`, oldest first, read through the back office's outbox API. */
export async function signUpMails(api: APIRequestContext, email: string): Promise<SignUpMail[]> {
  const res = await api.get(`/api/auth/sign-up/outbox?${new URLSearchParams({ email })}`, { headers: serviceHeaders });
  expect(res.status(), await res.text()).toBe(200);
  return ((await res.json()) as { data: SignUpMail[] }).data;
}

/** The newest account-activation link mailed to `email` (sign-up sends one to a new address). */
export async function signUpLink(api: APIRequestContext, email: string): Promise<URL> {
  const mail = (await signUpMails(api, email)).findLast((m) => m.template === "sign_up_verification");
  if (!mail) throw new Error(`no activation link mailed to ${email}`);
  return new URL(mail.payload.link);
}

/**
 * Signs up with this email and follows the mailed link, as its button does; the request context
 * keeps the session cookie the verification sets. Returns the new account.
 */
export async function signUpWithEmailViaApi(request: APIRequestContext, name: string, email: string) {
  const res = await request.post("/api/auth/sign-up", { data: { name, email, password } });
  if (res.status() !== 202) throw new Error(`sign-up failed: ${res.status()} ${await res.text()}`);
  const token = (await signUpLink(request, email)).searchParams.get("token");
  const verified = await request.post("/api/auth/sign-up/verify", { data: { token, password } });
  if (verified.status() !== 201) throw new Error(`verification failed: ${verified.status()} ${await verified.text()}`);
  return (await verified.json()).user as { userId: string; email: string; name: string };
}

/** Signs up a fresh address through the API and its mailed link; the request context keeps the session cookie. */
export async function signUpViaApi(request: APIRequestContext, label: string) {
  return signUpWithEmailViaApi(request, label, uniqueEmail(label));
}

export async function createWorkspaceViaApi(request: APIRequestContext, legalName: string) {
  const slug = `${legalName.toLowerCase().replace(/[^a-z0-9]+/g, "-")}-${randomUUID().slice(0, 6)}`;
  const res = await request.post("/api/tenants", { data: { legalName, slug } });
  if (res.status() !== 201) throw new Error(`create workspace failed: ${res.status()} ${await res.text()}`);
  return (await res.json()).tenant as { id: string; slug: string };
}
