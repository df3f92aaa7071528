import { type APIRequestContext, expect, request as playwrightRequest, test } from "@playwright/test";
import { createWorkspaceViaApi, signUpViaApi } from "../support/accounts";

// Two tenants, each with its own admin; every tenant-scoped route is probed with the other's ids.
type Side = { api: APIRequestContext; tenant: { id: string; slug: string }; email: string };

let a: Side;
let b: Side;
let outsider: APIRequestContext;
let anonymous: APIRequestContext;

async function newSide(baseURL: string, label: string): Promise<Side> {
  const api = await playwrightRequest.newContext({ baseURL });
  const { email } = await signUpViaApi(api, label);
  const tenant = await createWorkspaceViaApi(api, label);
  return { api, tenant, email };
}

test.beforeAll(async ({ baseURL }) => {
  if (!baseURL) throw new Error("baseURL missing");
  a = await newSide(baseURL, "Tenant A");
  b = await newSide(baseURL, "Tenant B");
  outsider = await playwrightRequest.newContext({ baseURL });
  await signUpViaApi(outsider, "Outsider");
  anonymous = await playwrightRequest.newContext({ baseURL });
});

test.afterAll(async () => {
  await Promise.all([a.api.dispose(), b.api.dispose(), outsider.dispose(), anonymous.dispose()]);
});

const expectErrorShape = async (res: Awaited<ReturnType<APIRequestContext["get"]>>, status: number, code: string) => {
  expect(res.status()).toBe(status);
  const body = await res.json();
  expect(body).toEqual({ error: expect.objectContaining({ code, message: expect.any(String) }) });
};

test("health answers without a session", async () => {
  const res = await anonymous.get("/api/health");
  expect(res.status()).toBe(200);
  expect(await res.json()).toMatchObject({ status: "ok", database: { status: "ok" } });
});

test("the tenant list shows only one's own tenants", async () => {
  const res = await a.api.get("/api/tenants");
  const { data } = await res.json();
  expect(data.map((t: { id: string }) => t.id)).toEqual([a.tenant.id]);
  expect(JSON.stringify(data)).not.toContain(b.tenant.id);
});

test("another tenant's id answers 404 on every tenant route and method, and changes nothing", async () => {
  const [bMember] = (await (await b.api.get(`/api/tenants/${b.tenant.id}/members`)).json()).data;
  const probes = [
    () => a.api.get(`/api/tenants/${b.tenant.id}/members`),
    () => a.api.post(`/api/tenants/${b.tenant.id}/members`, { data: { email: "x@y.cl", role: "admin" } }),
    () => a.api.patch(`/api/tenants/${b.tenant.id}/members/${bMember.id}`, { data: { role: "viewer" } }),
    () => a.api.delete(`/api/tenants/${b.tenant.id}/members/${bMember.id}`),
    // B's member id under A's own tenant must not reach B's row either.
    () => a.api.patch(`/api/tenants/${a.tenant.id}/members/${bMember.id}`, { data: { role: "viewer" } }),
    () => a.api.delete(`/api/tenants/${a.tenant.id}/members/${bMember.id}`),
    () => outsider.get(`/api/tenants/${b.tenant.id}/members`),
    () => a.api.get(`/api/tenants/not-a-uuid/members`),
  ];
  for (const probe of probes) await expectErrorShape(await probe(), 404, "not_found");

  const after = (await (await b.api.get(`/api/tenants/${b.tenant.id}/members`)).json()).data;
  expect(after).toEqual([expect.objectContaining({ id: bMember.id, role: "admin", email: b.email })]);
});

test("another tenant's slug answers 404 on pages", async () => {
  for (const path of ["overview", "messages", "settings/members"]) {
    const res = await a.api.get(`/${b.tenant.slug}/${path}`);
    expect(res.status()).toBe(404);
    expect(await res.text()).not.toContain("Tenant B");
  }
});

test("without a session the API answers 401 in the error shape", async () => {
  await expectErrorShape(await anonymous.get("/api/tenants"), 401, "unauthorized");
  await expectErrorShape(await anonymous.get(`/api/tenants/${a.tenant.id}/members`), 401, "unauthorized");
  await expectErrorShape(
    await anonymous.post(`/api/tenants/${a.tenant.id}/members`, { data: { email: "x@y.cl", role: "staff" } }),
    401,
    "unauthorized",
  );
});

test("bad input gets a 400 with field errors and changes nothing", async () => {
  const res = await a.api.post(`/api/tenants/${a.tenant.id}/members`, {
    data: { email: "no-es-correo", role: "owner" },
  });
  await expectErrorShape(res, 400, "validation_error");
  const { error } = await res.json();
  expect(Object.keys(error.details.fieldErrors).sort()).toEqual(["email", "role"]);
  const members = (await (await a.api.get(`/api/tenants/${a.tenant.id}/members`)).json()).data;
  expect(members).toHaveLength(1);

  const notJson = await a.api.post("/api/tenants", {
    headers: { "content-type": "application/json" },
    data: Buffer.from("{oops"),
  });
  await expectErrorShape(notJson, 400, "bad_request");

  // Valid JSON of the wrong type is a validation error, explained in Spanish.
  const wrongType = await a.api.post("/api/tenants", { data: [1, 2] });
  await expectErrorShape(wrongType, 400, "validation_error");
  expect((await wrongType.json()).error.details.formErrors[0]).toMatch(/esperado|inválid/i);
});

test("a signed-out session cookie is refused", async ({ baseURL }) => {
  const api = await playwrightRequest.newContext({ baseURL });
  await signUpViaApi(api, "Leaver");
  const state = await api.storageState();
  expect((await api.get("/api/tenants")).status()).toBe(200);
  expect((await api.post("/api/auth/sign-out")).status()).toBe(204);

  // Replaying the old cookie after sign-out must not work: the session is revoked server-side.
  const replay = await playwrightRequest.newContext({ baseURL, storageState: state });
  await expectErrorShape(await replay.get("/api/tenants"), 401, "unauthorized");
  await Promise.all([api.dispose(), replay.dispose()]);
});
