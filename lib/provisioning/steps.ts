import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { executeRows } from "@/lib/db/execute-rows";
import type { Db, Tx } from "@/lib/db/open";
import { outbox, tenantDomains, tenantProducts } from "@/lib/db/schema";
import { saveConnection } from "@/lib/integrations/manage-integrations";
import { createN8nClient } from "@/lib/integrations/n8n/client";
import type { IntegrationKind } from "@/lib/integrations/store/connection-schemas";
import { enqueueMessages } from "@/lib/outbox/enqueue";
import { TRIAL_DAYS } from "@/lib/plans/catalog";
import { onboardingWorkflow, onboardingWorkflowName } from "./onboarding-workflow";
import { serviceScope } from "./service-scope";
import type { SmarterosServices } from "./smarteros-services";
import { type ProvisioningStepName, tenantSubdomain } from "./step-names";

export type ProvisioningTenant = {
  id: string;
  slug: string;
  legalName: string;
  email: string | null;
  phone: string | null;
};

export type StepContext = {
  db: Db;
  tenant: ProvisioningTenant;
  origin: string;
  now: Date;
  services: SmarterosServices;
};

export type StepResult = Record<string, unknown>;

/** A step the provisioner can run again after a crash at any point: each one checks before it acts. */
export type StepDefinition = { name: ProvisioningStepName; run(ctx: StepContext): Promise<StepResult> };

/** A step that fails for a reason the customer can read; the progress page shows the message. */
export class StepFailure extends Error {}

const workspace: StepDefinition = {
  name: "workspace",
  async run({ db, tenant, now }) {
    // The trials start when the workspace is provisioned, not when the form was sent.
    await db.execute(sql`select public.activate_default_products_for_tenant(${tenant.id}, ${TRIAL_DAYS})`);
    const trialEndsAt = new Date(now.getTime() + TRIAL_DAYS * 86_400_000);
    await db
      .update(tenantProducts)
      .set({ trialEndsAt })
      .where(and(eq(tenantProducts.tenantId, tenant.id), eq(tenantProducts.status, "trial")));
    return { products: ["chat", "erp", "automation"], trialEndsAt: trialEndsAt.toISOString() };
  },
};

const subdomain: StepDefinition = {
  name: "subdomain",
  async run({ db, tenant }) {
    const domain = tenantSubdomain(tenant.slug);
    await db.insert(tenantDomains).values({ tenantId: tenant.id, domain, kind: "subdomain" }).onConflictDoNothing();
    const [owner] = await db
      .select({ tenantId: tenantDomains.tenantId })
      .from(tenantDomains)
      .where(eq(tenantDomains.domain, domain));
    if (owner?.tenantId !== tenant.id) throw new StepFailure(`El subdominio ${domain} ya está asignado.`);
    return { domain };
  },
};

/** Connects one SmarterOS service through the same code as the settings page, or leaves it for later. */
async function connect(ctx: StepContext, kind: IntegrationKind): Promise<StepResult> {
  const connection = ctx.services[kind];
  if (!connection) return { state: "later" };
  const { check } = await saveConnection(serviceScope(ctx.db, ctx.tenant.id), kind, connection, ctx.origin);
  if (!check.ok) throw new StepFailure(check.problems[0]?.message ?? "El servicio no respondió como esperábamos.");
  return { state: "connected", baseUrl: connection.baseUrl };
}

const chat: StepDefinition = { name: "chat", run: (ctx) => connect(ctx, "chatwoot") };
const erp: StepDefinition = { name: "erp", run: (ctx) => connect(ctx, "odoo") };

const automation: StepDefinition = {
  name: "automation",
  async run(ctx) {
    const connected = await connect(ctx, "n8n");
    const conn = ctx.services.n8n;
    if (!conn) return connected;
    const client = createN8nClient(conn, { tenantId: ctx.tenant.id });
    // Look before creating: a run that died after n8n created the workflow finds it here.
    const name = onboardingWorkflowName(ctx.tenant.slug);
    const found = (await client.listWorkflows({ name })).items.find((w) => w.name === name);
    const workflow = found ?? (await client.createWorkflow(onboardingWorkflow(ctx.tenant)));
    if (!workflow.active) await client.activateWorkflow(workflow.id);
    return { ...connected, workflowId: workflow.id, workflowName: name };
  },
};

const welcome: StepDefinition = {
  name: "welcome",
  async run({ db, tenant, origin }) {
    const link = `${origin}/${tenant.slug}/overview`;
    await db.transaction(async (tx) => {
      // Serializes with a concurrent runner's check (there should be none: the lease) and makes the
      // check and the insert one unit.
      await executeRows(tx, sql`select id from public.tenants where id = ${tenant.id} for update`);
      const [queued] = await tx
        .select({ id: outbox.id })
        .from(outbox)
        .where(and(eq(outbox.tenantId, tenant.id), eq(outbox.template, "welcome")))
        .limit(1);
      if (!queued) {
        const contactName = await signupContactName(tx, tenant.id);
        await enqueueMessages(tx, tenant.id, { email: tenant.email, phone: tenant.phone }, "welcome", {
          link,
          legalName: tenant.legalName,
          contactName,
        });
      }
    });
    return { link };
  },
};

async function signupContactName(tx: Tx, tenantId: string) {
  const [row] = await executeRows<{ contact_name: string }>(
    tx,
    sql`select contact_name from public.tenant_signups where tenant_id = ${tenantId}`,
  );
  return row?.contact_name || undefined;
}

export const stepDefinitions: StepDefinition[] = [workspace, subdomain, chat, erp, automation, welcome];
