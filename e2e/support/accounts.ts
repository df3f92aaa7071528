import { randomUUID } from "node:crypto";
import type { APIRequestContext } from "@playwright/test";

export const uniqueEmail = (label: string) =>
  `${label.toLowerCase().replace(/[^a-z0-9]+/g, "-")}-${randomUUID().slice(0, 8)}@e2e.smarterbot.cl`;
export const password = "una-clave-segura-123";

/** Signs up through the API; the request context keeps the session cookie. */
export async function signUpViaApi(request: APIRequestContext, label: string) {
  const email = uniqueEmail(label);
  const res = await request.post("/api/auth/sign-up", { data: { name: label, email, password } });
  if (res.status() !== 201) throw new Error(`sign-up failed: ${res.status()} ${await res.text()}`);
  return { email, ...(await res.json()).user };
}

export async function createWorkspaceViaApi(request: APIRequestContext, legalName: string) {
  const slug = `${legalName.toLowerCase().replace(/[^a-z0-9]+/g, "-")}-${randomUUID().slice(0, 6)}`;
  const res = await request.post("/api/tenants", { data: { legalName, slug } });
  if (res.status() !== 201) throw new Error(`create workspace failed: ${res.status()} ${await res.text()}`);
  return (await res.json()).tenant as { id: string; slug: string };
}
