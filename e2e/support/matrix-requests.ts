import { type APIRequestContext, type APIResponse, expect, request as playwrightRequest } from "@playwright/test";
import { createWorkspaceViaApi, signUpViaApi, signUpWithEmailViaApi, uniqueEmail } from "./accounts";
import type { Fixture, MatrixKey, Role, RouteEntry } from "./route-matrix";
import { splitKey } from "./route-matrix";
import { sandboxConnections } from "./sandbox";
import { acceptInvitationViaApi } from "./tenant-api";

// Builds requests from the route matrix for a given tenant, and the tenants the security specs
// probe: one business with an admin, a staff member and a viewer, connected to the sandbox's n8n.

export type TeamTenant = {
  id: string;
  slug: string;
  legalName: string;
  fixtures: Record<Fixture, string>;
  sessions: Record<Role, APIRequestContext>;
  emails: Record<Role, string>;
};

/**
 * A fresh connection per request: thousands of probes on kept-alive sockets race the server closing
 * idle ones (ECONNRESET on a busy machine), a transport hiccup that says nothing about the routes.
 */
export const newApiContext = (baseURL: string) =>
  playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { connection: "close" } });

export type ProbeRequest = { method: string; url: string; body?: unknown };

/** The route's request for `tenant`, with its sample query and body (or the ones given). */
export function requestFor(
  key: MatrixKey,
  entry: RouteEntry,
  tenant: Pick<TeamTenant, "id" | "fixtures">,
  over: { query?: URLSearchParams; body?: unknown } = {},
): ProbeRequest {
  const { method, path } = splitKey(key);
  const filled = path.replace(/\[(\w+)\]/g, (_, name: string) => {
    if (name === "tenantId") return tenant.id;
    const sample = entry.params?.[name];
    if (sample === undefined) throw new Error(`${key}: no sample for [${name}]`);
    return encodeURIComponent(typeof sample === "string" ? sample : tenant.fixtures[sample.fixture]);
  });
  const query =
    over.query ??
    new URLSearchParams(
      Object.entries(entry.query?.sample ?? {}).map(([k, v]) => [k, v.replace("{tenantId}", tenant.id)]),
    );
  const qs = query.toString();
  return { method, url: qs ? `${filled}?${qs}` : filled, body: "body" in over ? over.body : entry.body?.sample };
}

export function send(api: APIRequestContext, req: ProbeRequest, raw?: string): Promise<APIResponse> {
  const withBody = req.method !== "GET" && req.method !== "DELETE";
  return api.fetch(req.url, {
    method: req.method,
    ...(raw !== undefined
      ? { data: Buffer.from(raw), headers: { "content-type": "application/json" } }
      : withBody && req.body !== undefined
        ? { data: req.body }
        : {}),
  });
}

/** Status and body checked against the one error shape; the body text is returned for leak checks. */
export async function expectError(res: APIResponse, status: number, code: string, label: string): Promise<string> {
  const text = await res.text();
  expect(res.status(), `${label} → ${text.slice(0, 300)}`).toBe(status);
  expect(JSON.parse(text), label).toEqual({ error: expect.objectContaining({ code, message: expect.any(String) }) });
  return text;
}

async function memberIdOf(api: APIRequestContext, tenantId: string, email: string): Promise<string> {
  const { data } = (await (await api.get(`/api/tenants/${tenantId}/members`)).json()) as {
    data: { id: string; email: string }[];
  };
  const member = data.find((m) => m.email === email);
  if (!member) throw new Error(`no member ${email}`);
  return member.id;
}

/** An invited member signs up with the invited email and joins with that role through the link. */
async function invite(baseURL: string, admin: APIRequestContext, tenantId: string, role: Role) {
  const email = uniqueEmail(role);
  const res = await admin.post(`/api/tenants/${tenantId}/members`, { data: { email, role } });
  expect(res.status(), await res.text()).toBe(201);
  const api = await newApiContext(baseURL);
  await signUpWithEmailViaApi(api, `Equipo ${role}`, email);
  await acceptInvitationViaApi(api, tenantId, email);
  return { api, email };
}

/** A business connected to the sandbox's n8n, with a contact and one member per role (`withTeam` false: its admin only). */
export async function teamTenant(baseURL: string, label: string, withTeam: boolean): Promise<TeamTenant> {
  const adminApi = await newApiContext(baseURL);
  const { email } = await signUpViaApi(adminApi, label);
  const tenant = await createWorkspaceViaApi(adminApi, label);
  // n8n only: connecting Chatwoot or Odoo starts a contacts sync that holds the embedded database for
  // minutes on a busy machine. The proxies' membership and role checks come before any connection.
  const n8n = await adminApi.put(`/api/tenants/${tenant.id}/integrations/n8n`, { data: sandboxConnections.n8n });
  expect(n8n.status(), await n8n.text()).toBe(200);
  const sessions = { admin: adminApi } as Record<Role, APIRequestContext>;
  const emails = { admin: email } as Record<Role, string>;
  if (withTeam) {
    for (const role of ["staff", "viewer"] as const) {
      const joined = await invite(baseURL, adminApi, tenant.id, role);
      sessions[role] = joined.api;
      emails[role] = joined.email;
    }
  }
  const created = await adminApi.post(`/api/contacts/${tenant.id}`, { data: { name: `Cliente de ${label}` } });
  expect(created.status(), await created.text()).toBe(201);
  const { contact } = (await created.json()) as { contact: { id: string } };
  const workflows = (await (await adminApi.get(`/api/n8n/${tenant.id}/workflows`)).json()) as {
    items: { id: string; name: string }[];
  };
  const executions = (await (await adminApi.get(`/api/n8n/${tenant.id}/executions?limit=1`)).json()) as {
    items: { id: string }[];
  };
  // A manual-trigger workflow: activating it fails in n8n, so even a probe that slipped through changes nothing.
  const workflow = workflows.items.find((w) => w.name === "Respaldo manual de contactos");
  if (!workflow || !executions.items[0]) throw new Error("the sandbox seed has workflows and executions");
  return {
    ...tenant,
    legalName: label,
    fixtures: {
      memberId: await memberIdOf(adminApi, tenant.id, email),
      contactId: contact.id,
      workflowId: workflow.id,
      executionId: executions.items[0].id,
    },
    sessions,
    emails,
  };
}

export const disposeTeam = (t: TeamTenant | undefined) =>
  Promise.all(Object.values(t?.sessions ?? {}).map((s) => s.dispose()));
