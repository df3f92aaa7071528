import { type APIRequestContext, expect, request as playwrightRequest, test } from "@playwright/test";
import { signUpViaApi, signUpWithEmailViaApi } from "../support/accounts";
import { acceptInvitationViaApi, registration, serviceHeaders, waitForStatus } from "../support/tenant-api";

// The back-office contract (DESIGN.md "Stable interfaces"): every status code of the tenant API, and a
// tenant taken from creation to `active` through the API alone.
type Response = Awaited<ReturnType<APIRequestContext["get"]>>;

let anonymous: APIRequestContext;
let user: APIRequestContext;

test.beforeAll(async ({ baseURL }) => {
  anonymous = await playwrightRequest.newContext({ baseURL });
  user = await playwrightRequest.newContext({ baseURL });
  await signUpViaApi(user, "Back Office Outsider");
});
test.afterAll(async () => {
  await Promise.all([anonymous.dispose(), user.dispose()]);
});

const expectError = async (res: Response, status: number, code: string) => {
  expect(res.status(), await res.text()).toBe(status);
  expect(await res.json()).toEqual({ error: expect.objectContaining({ code, message: expect.any(String) }) });
};
const wrongKey = { Authorization: "Bearer not-the-service-key-at-all-000000" };
const missingId = "00000000-0000-4000-8000-000000000000";

test("a tenant created with the service key reaches active through the API alone", async () => {
  const body = registration();
  const created = await anonymous.post("/api/tenants", { data: body, headers: serviceHeaders });
  expect(created.status()).toBe(201);
  const { tenant } = await created.json();
  expect(tenant).toMatchObject({ status: "preparing", confirmationChannels: ["email", "whatsapp"] });

  const before = await anonymous.get(`/api/tenants/${tenant.id}/status`, { headers: serviceHeaders });
  expect(before.status()).toBe(200);
  expect(await before.json()).toMatchObject({ tenant: { status: "preparing" }, progress: 0, workspaceUrl: null });

  const provision = await anonymous.post(`/api/tenants/${tenant.id}/provision`, { headers: serviceHeaders });
  expect(provision.status()).toBe(202);
  expect(await provision.json()).toMatchObject({ statusUrl: `/api/tenants/${tenant.id}/status` });

  const done = await waitForStatus(anonymous, tenant.id, (s) => s.tenant.status === "active");
  expect(done.progress).toBe(100);
  expect(done.steps.map((s) => s.status)).toEqual(Array(6).fill("done"));

  // Provisioning again is harmless.
  expect((await anonymous.post(`/api/tenants/${tenant.id}/provision`, { headers: serviceHeaders })).status()).toBe(202);

  // The email is the first admin: signing up with it grants nothing until the emailed link is used,
  // and then lands in the active tenant as admin.
  const owner = await playwrightRequest.newContext({ baseURL: test.info().project.use.baseURL });
  await signUpWithEmailViaApi(owner, "Dueño", body.email);
  expect((await (await owner.get("/api/tenants")).json()).data).toEqual([]);
  await acceptInvitationViaApi(owner, tenant.id, body.email);
  const mine = (await (await owner.get("/api/tenants")).json()).data;
  expect(mine).toEqual([expect.objectContaining({ id: tenant.id, role: "admin", status: "active" })]);
  await owner.dispose();
});

test("POST /api/tenants: 201, 400 with field errors, 409 for a taken RUT or slug, 401 without credentials", async () => {
  const body = registration({ slug: `alta-${Date.now().toString(36)}` });
  expect((await anonymous.post("/api/tenants", { data: body, headers: serviceHeaders })).status()).toBe(201);

  const invalid = await anonymous.post("/api/tenants", {
    data: { rut: "12.345.678-9", legalName: "X", email: "no", phone: "12345", plan: "gold" },
    headers: serviceHeaders,
  });
  await expectError(invalid, 400, "validation_error");
  const { fieldErrors } = (await invalid.json()).error.details;
  expect(Object.keys(fieldErrors).sort()).toEqual(["email", "legalName", "phone", "plan", "rut"]);
  expect(fieldErrors.rut[0]).toMatch(/dígito verificador/);

  const sameRut = await anonymous.post("/api/tenants", {
    data: registration({ rut: body.rut }),
    headers: serviceHeaders,
  });
  await expectError(sameRut, 409, "conflict");
  expect((await sameRut.json()).error.details.fieldErrors.rut).toBeTruthy();

  const sameSlug = await anonymous.post("/api/tenants", {
    data: registration({ slug: body.slug }),
    headers: serviceHeaders,
  });
  await expectError(sameSlug, 409, "conflict");
  expect((await sameSlug.json()).error.details.fieldErrors.slug).toBeTruthy();

  await expectError(await anonymous.post("/api/tenants", { data: registration() }), 401, "unauthorized");
  await expectError(
    await anonymous.post("/api/tenants", { data: registration(), headers: wrongKey }),
    401,
    "unauthorized",
  );
});

test("POST /api/tenants honours Idempotency-Key: a replay returns the first answer, another body is a 422", async () => {
  const body = registration();
  const key = `alta-${Date.now()}`;
  const headers = { ...serviceHeaders, "Idempotency-Key": key };
  const first = await anonymous.post("/api/tenants", { data: body, headers });
  expect(first.status()).toBe(201);
  const replay = await anonymous.post("/api/tenants", { data: body, headers });
  expect(replay.status()).toBe(201);
  expect(replay.headers()["idempotent-replayed"]).toBe("true");
  expect(await replay.json()).toEqual(await first.json());

  const list = (await (await anonymous.get("/api/tenants?pageSize=200", { headers: serviceHeaders })).json()).data;
  expect(list.filter((t: { rut: string }) => t.rut === body.rut.replace(/\./g, ""))).toHaveLength(1);

  await expectError(await anonymous.post("/api/tenants", { data: registration(), headers }), 422, "unprocessable");
});

test("GET /api/tenants: the service key pages through every tenant, a user sees theirs, others get 401/400", async () => {
  const page = await anonymous.get("/api/tenants?page=1&pageSize=2", { headers: serviceHeaders });
  expect(page.status()).toBe(200);
  const body = await page.json();
  expect(body).toMatchObject({ page: 1, pageSize: 2, total: expect.any(Number) });
  expect(body.data.length).toBeLessThanOrEqual(2);
  expect(body.total).toBeGreaterThanOrEqual(body.data.length);

  const mine = await user.get("/api/tenants");
  expect(mine.status()).toBe(200);
  expect((await mine.json()).data).toEqual([]);

  await expectError(await anonymous.get("/api/tenants"), 401, "unauthorized");
  await expectError(await anonymous.get("/api/tenants", { headers: wrongKey }), 401, "unauthorized");
  await expectError(
    await anonymous.get("/api/tenants?pageSize=0", { headers: serviceHeaders }),
    400,
    "validation_error",
  );
});

test("provision and status: 401 without credentials, 404 for unknown or foreign tenants and bad tokens", async () => {
  const { tenant } = await (
    await anonymous.post("/api/tenants", { data: registration(), headers: serviceHeaders })
  ).json();

  await expectError(await anonymous.post(`/api/tenants/${tenant.id}/provision`), 401, "unauthorized");
  await expectError(await anonymous.get(`/api/tenants/${tenant.id}/status`), 401, "unauthorized");
  await expectError(
    await anonymous.post(`/api/tenants/${missingId}/provision`, { headers: serviceHeaders }),
    404,
    "not_found",
  );
  await expectError(
    await anonymous.get(`/api/tenants/${missingId}/status`, { headers: serviceHeaders }),
    404,
    "not_found",
  );
  await expectError(
    await anonymous.get("/api/tenants/not-a-uuid/status", { headers: serviceHeaders }),
    404,
    "not_found",
  );
  // A signed-in stranger learns nothing about someone else's tenant.
  await expectError(await user.get(`/api/tenants/${tenant.id}/status`), 404, "not_found");
  await expectError(await user.post(`/api/tenants/${tenant.id}/provision`), 404, "not_found");
  // A made-up confirmation token is as good as none.
  await expectError(
    await anonymous.post(`/api/tenants/${tenant.id}/provision`, { data: { token: "x".repeat(43) } }),
    404,
    "not_found",
  );
  // The outbox (which holds the links) is for the service key only.
  await expectError(await user.get(`/api/tenants/${tenant.id}/outbox`), 403, "forbidden");
});

test("the OpenAPI document describes the contract from the same schemas", async () => {
  const res = await anonymous.get("/api/openapi.json");
  expect(res.status()).toBe(200);
  const doc = await res.json();
  expect(doc.openapi).toBe("3.1.0");
  expect(Object.keys(doc.paths).sort()).toEqual([
    "/api/health",
    "/api/tenants",
    "/api/tenants/{tenantId}/provision",
    "/api/tenants/{tenantId}/status",
  ]);
  const registrationSchema = doc.components.schemas.TenantRegistration;
  expect(registrationSchema.required.sort()).toEqual(["email", "legalName", "phone", "plan", "rut"]);
  expect(registrationSchema.properties.plan.enum).toEqual(["free", "basic", "pro"]);
  expect(Object.keys(doc.paths["/api/tenants"].post.responses).sort()).toEqual(["201", "400", "401", "409", "422"]);
});
