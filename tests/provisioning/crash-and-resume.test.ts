// Provisioning is idempotent and resumable: a run killed right after a step's effect (before the step
// is recorded) is finished by the next run once the lease expires, with each effect present once.
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { executeRows } from "@/lib/db/execute-rows";
import { outbox, provisioningSteps, tenantDomains, tenantIntegrations, tenantProducts, tenants } from "@/lib/db/schema";
import { startTestSandbox, type TestSandbox } from "@/lib/integrations/testing/sandbox";
import { acquireLease, LEASE_MS } from "@/lib/provisioning/lease";
import { onboardingWorkflowName } from "@/lib/provisioning/onboarding-workflow";
import { requestProvisioning } from "@/lib/provisioning/request-provisioning";
import { resumeStalledRuns } from "@/lib/provisioning/resume-runs";
import { ProvisioningCrash, type RunnerDeps, runProvisioning } from "@/lib/provisioning/runner";
import { sandboxServices } from "@/lib/provisioning/smarteros-services";
import { provisioningSteps as stepNames } from "@/lib/provisioning/step-names";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { registerTestTenant } from "./fixtures";

let t: TestDatabase;
let sb: TestSandbox;
let deps: RunnerDeps;

beforeAll(async () => {
  [t, sb] = await Promise.all([createTestDatabase("pglite"), startTestSandbox()]);
  deps = { db: t.db, services: sandboxServices(sb.url) };
});
afterAll(async () => {
  await sb?.close();
  await t?.dispose();
});

const later = (ms: number) => () => new Date(Date.now() + ms);
const crashAt = (step: string) => (name: string) => {
  if (name === step) throw new ProvisioningCrash(`killed after ${step}`);
};

async function stepsOf(tenantId: string) {
  return t.db
    .select({ step: provisioningSteps.step, status: provisioningSteps.status, attempts: provisioningSteps.attempts })
    .from(provisioningSteps)
    .where(eq(provisioningSteps.tenantId, tenantId))
    .orderBy(provisioningSteps.position);
}

async function workflowsNamed(name: string) {
  const res = await fetch(`${sb.n8nUrl}/api/v1/workflows?limit=250`, {
    headers: { "X-N8N-API-KEY": "sandbox-n8n-key" },
  });
  const body = (await res.json()) as { data: { name: string; active: boolean }[] };
  return body.data.filter((w) => w.name === name);
}

async function chatwootWebhooksFor(tenantIntegrationId: string) {
  const res = await fetch(`${sb.chatwootUrl}/api/v1/accounts/1/webhooks`, {
    headers: { api_access_token: "sandbox-chatwoot-token" },
  });
  const body = (await res.json()) as { payload: { webhooks: { url: string }[] } };
  return body.payload.webhooks.filter((w) => w.url.includes(tenantIntegrationId));
}

async function assertProvisionedOnce(tenantId: string, slug: string) {
  const [tenant] = await t.db.select().from(tenants).where(eq(tenants.id, tenantId));
  expect(tenant.status).toBe("active");
  expect((await stepsOf(tenantId)).map((s) => [s.step, s.status])).toEqual(stepNames.map((s) => [s, "done"]));
  const domains = await t.db.select().from(tenantDomains).where(eq(tenantDomains.tenantId, tenantId));
  expect(domains.map((d) => d.domain)).toEqual([`${slug}.smarterbot.store`]);
  const integrations = await t.db.select().from(tenantIntegrations).where(eq(tenantIntegrations.tenantId, tenantId));
  expect(integrations.map((i) => [i.kind, i.status]).sort()).toEqual([
    ["chatwoot", "connected"],
    ["n8n", "connected"],
    ["odoo", "connected"],
  ]);
  const chatwoot = integrations.find((i) => i.kind === "chatwoot");
  expect(await chatwootWebhooksFor(chatwoot?.id ?? "none")).toHaveLength(1);
  const flows = await workflowsNamed(onboardingWorkflowName(slug));
  expect(flows).toHaveLength(1);
  expect(flows[0].active).toBe(true);
  const welcome = await t.db
    .select({ channel: outbox.channel })
    .from(outbox)
    .where(and(eq(outbox.tenantId, tenantId), eq(outbox.template, "welcome")));
  expect(welcome.map((w) => w.channel).sort()).toEqual(["email", "whatsapp"]);
  const products = await t.db.select().from(tenantProducts).where(eq(tenantProducts.tenantId, tenantId));
  expect(products.map((p) => [p.product, p.status]).sort()).toEqual([
    ["automation", "trial"],
    ["chat", "trial"],
    ["erp", "trial"],
  ]);
}

describe("provisioning", () => {
  it("runs every step once and activates the tenant", async () => {
    const tenant = await registerTestTenant(t.db);
    await requestProvisioning(t.db, tenant.id, "http://hub.test");
    expect(await runProvisioning(deps, tenant.id)).toBe("active");
    await assertProvisionedOnce(tenant.id, tenant.slug);
    expect((await stepsOf(tenant.id)).every((s) => s.attempts === 1)).toBe(true);
    // Asking again changes nothing.
    expect(await requestProvisioning(t.db, tenant.id, "http://hub.test")).toEqual({ status: "active" });
    expect(await runProvisioning(deps, tenant.id)).toBe("busy");
  });

  it.each(["chat", "automation", "welcome"])(
    "a crash right after the %s step's effect is finished by the next run with no duplicates",
    async (step) => {
      const tenant = await registerTestTenant(t.db);
      await requestProvisioning(t.db, tenant.id, "http://hub.test");
      await expect(runProvisioning({ ...deps, afterEffect: crashAt(step) }, tenant.id)).rejects.toThrow(
        ProvisioningCrash,
      );
      const crashed = await stepsOf(tenant.id);
      expect(crashed.find((s) => s.step === step)?.status).toBe("running");
      expect((await t.db.select().from(tenants).where(eq(tenants.id, tenant.id)))[0].status).toBe("provisioning");

      // The dead run still holds the lease: nobody else may start until it expires.
      expect(await runProvisioning(deps, tenant.id)).toBe("busy");
      expect(await resumeStalledRuns(deps)).toEqual([]);

      // After the lease expires, the background resumer finishes the job.
      const resumed = await resumeStalledRuns({ ...deps, now: later(LEASE_MS + 1_000) });
      expect(resumed).toEqual([tenant.id]);
      await assertProvisionedOnce(tenant.id, tenant.slug);
      const attempts = Object.fromEntries((await stepsOf(tenant.id)).map((s) => [s.step, s.attempts]));
      expect(attempts[step]).toBe(2);
      for (const s of stepNames.filter((n) => stepNames.indexOf(n) < stepNames.indexOf(step as never)))
        expect(attempts[s]).toBe(1);
    },
  );

  it("a failing upstream fails its step with a readable reason; a retry resumes from there", async () => {
    const tenant = await registerTestTenant(t.db);
    await requestProvisioning(t.db, tenant.id, "http://hub.test");
    await sb.fault({ service: "odoo", mode: "status", status: 503 });
    try {
      expect(await runProvisioning(deps, tenant.id)).toBe("failed");
    } finally {
      await sb.clearFaults();
    }
    const failed = await stepsOf(tenant.id);
    expect(failed.map((s) => s.status)).toEqual(["done", "done", "done", "failed", "pending", "pending"]);
    const [erp] = await t.db
      .select({ lastError: provisioningSteps.lastError })
      .from(provisioningSteps)
      .where(and(eq(provisioningSteps.tenantId, tenant.id), eq(provisioningSteps.step, "erp")));
    expect(erp.lastError).toMatch(/Odoo/);
    // Failed runs wait for a person: the resumer leaves them alone.
    expect(await resumeStalledRuns({ ...deps, now: later(LEASE_MS + 1_000) })).toEqual([]);

    await requestProvisioning(t.db, tenant.id, "http://hub.test");
    expect(await runProvisioning(deps, tenant.id)).toBe("active");
    await assertProvisionedOnce(tenant.id, tenant.slug);
  });

  it("two runners never hold one tenant's lease at once", async () => {
    const tenant = await registerTestTenant(t.db);
    await requestProvisioning(t.db, tenant.id, "http://hub.test");
    const now = new Date();
    expect(await acquireLease(t.db, tenant.id, "instance-a", now)).toBe(true);
    expect(await acquireLease(t.db, tenant.id, "instance-b", now)).toBe(false);
    expect(await acquireLease(t.db, tenant.id, "instance-a", now)).toBe(true);
    expect(await acquireLease(t.db, tenant.id, "instance-b", new Date(now.getTime() + LEASE_MS + 1))).toBe(true);
    const [run] = await executeRows<{ lease_holder: string }>(
      t.db,
      sql`select lease_holder from provisioning_runs where tenant_id = ${tenant.id}`,
    );
    expect(run.lease_holder).toBe("instance-b");
  });

  it("without any SmarterOS service configured, the connect steps finish as 'connect later'", async () => {
    const tenant = await registerTestTenant(t.db);
    await requestProvisioning(t.db, tenant.id, "http://hub.test");
    expect(await runProvisioning({ db: t.db, services: { chatwoot: null, odoo: null, n8n: null } }, tenant.id)).toBe(
      "active",
    );
    const results = await t.db
      .select({ step: provisioningSteps.step, result: provisioningSteps.result })
      .from(provisioningSteps)
      .where(eq(provisioningSteps.tenantId, tenant.id));
    for (const step of ["chat", "erp", "automation"])
      expect(results.find((r) => r.step === step)?.result).toEqual({ state: "later" });
    expect(await t.db.select().from(tenantIntegrations).where(eq(tenantIntegrations.tenantId, tenant.id))).toEqual([]);
  });
});
