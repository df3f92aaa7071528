// Drizzle's view of the tables. The SQL in supabase/migrations is the source of truth (it also
// carries RLS, functions and the view); a test checks that these columns match the migrated database.
import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  integer,
  jsonb,
  pgTable,
  pgView,
  primaryKey,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import { type Role, roles } from "./roles";

export type { Role };

const createdAt = () => timestamp("created_at", { withTimezone: true }).notNull().defaultNow();

export const tenants = pgTable("tenants", {
  id: uuid("id").primaryKey().defaultRandom(),
  slug: text("slug").notNull(),
  rut: text("rut"),
  legalName: text("legal_name").notNull(),
  email: text("email"),
  phone: text("phone"),
  plan: text("plan", { enum: ["free", "basic", "pro", "enterprise"] })
    .notNull()
    .default("free"),
  status: text("status", { enum: ["preparing", "provisioning", "active", "suspended", "cancelled"] })
    .notNull()
    .default("active"),
  createdAt: createdAt(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

export const users = pgTable("users", {
  id: text("id").primaryKey(),
  email: text("email").notNull(),
  name: text("name").notNull().default(""),
  passwordHash: text("password_hash"),
  createdAt: createdAt(),
});

export const sessions = pgTable("sessions", {
  id: text("id").primaryKey(),
  userId: text("user_id").notNull(),
  createdAt: createdAt(),
  expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  revokedAt: timestamp("revoked_at", { withTimezone: true }),
  userAgent: text("user_agent"),
  ip: text("ip"),
});

export const rateLimitCounters = pgTable(
  "rate_limit_counters",
  {
    key: text("key").notNull(),
    windowStart: timestamp("window_start", { withTimezone: true }).notNull(),
    count: integer("count").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.key, t.windowStart] })],
);

export const tenantMembers = pgTable("tenant_members", {
  id: uuid("id").primaryKey().defaultRandom(),
  tenantId: uuid("tenant_id").notNull(),
  userId: text("user_id"),
  email: text("email").notNull(),
  role: text("role", { enum: roles }).notNull(),
  status: text("status", { enum: ["invited", "active"] })
    .notNull()
    .default("active"),
  invitedBy: text("invited_by"),
  createdAt: createdAt(),
});

export const tenantProducts = pgTable(
  "tenant_products",
  {
    tenantId: uuid("tenant_id").notNull(),
    product: text("product", { enum: ["chat", "erp", "automation"] }).notNull(),
    status: text("status", { enum: ["trial", "active", "inactive"] })
      .notNull()
      .default("trial"),
    trialEndsAt: timestamp("trial_ends_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.product] })],
);

export const tenantDomains = pgTable("tenant_domains", {
  id: uuid("id").primaryKey().defaultRandom(),
  tenantId: uuid("tenant_id").notNull(),
  domain: text("domain").notNull(),
  kind: text("kind", { enum: ["subdomain", "custom"] })
    .notNull()
    .default("subdomain"),
  verifiedAt: timestamp("verified_at", { withTimezone: true }),
  createdAt: createdAt(),
});

export const tenantIntegrations = pgTable("tenant_integrations", {
  id: uuid("id").primaryKey().defaultRandom(),
  tenantId: uuid("tenant_id").notNull(),
  kind: text("kind", { enum: ["chatwoot", "odoo", "n8n"] }).notNull(),
  baseUrl: text("base_url").notNull(),
  config: jsonb("config").$type<Record<string, unknown>>().notNull().default({}),
  credentialsEncrypted: text("credentials_encrypted"),
  keyId: text("key_id"),
  webhookSecretEncrypted: text("webhook_secret_encrypted"),
  status: text("status", { enum: ["unchecked", "connected", "failing"] })
    .notNull()
    .default("unchecked"),
  lastCheckedAt: timestamp("last_checked_at", { withTimezone: true }),
  lastError: text("last_error"),
  createdAt: createdAt(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

export const provisioningSteps = pgTable(
  "provisioning_steps",
  {
    tenantId: uuid("tenant_id").notNull(),
    step: text("step").notNull(),
    position: integer("position").notNull(),
    status: text("status", { enum: ["pending", "running", "done", "failed"] })
      .notNull()
      .default("pending"),
    attempts: integer("attempts").notNull().default(0),
    lastError: text("last_error"),
    startedAt: timestamp("started_at", { withTimezone: true }),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
    result: jsonb("result").$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.step] })],
);

export const apiKeys = pgTable("api_keys", {
  id: uuid("id").primaryKey().defaultRandom(),
  tenantId: uuid("tenant_id").notNull(),
  name: text("name").notNull(),
  prefix: text("prefix").notNull(),
  keyHash: text("key_hash").notNull(),
  scopes: text("scopes").array().notNull().default(sql`'{}'`),
  createdBy: text("created_by"),
  createdAt: createdAt(),
  lastUsedAt: timestamp("last_used_at", { withTimezone: true }),
  revokedAt: timestamp("revoked_at", { withTimezone: true }),
});

export const mcpCapabilities = pgTable("mcp_capabilities", {
  id: uuid("id").primaryKey().defaultRandom(),
  tenantId: uuid("tenant_id").notNull(),
  name: text("name").notNull(),
  enabled: boolean("enabled").notNull().default(false),
  config: jsonb("config").$type<Record<string, unknown>>().notNull().default({}),
});

export const activityLog = pgTable("activity_log", {
  id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
  tenantId: uuid("tenant_id").notNull(),
  actorUserId: text("actor_user_id"),
  action: text("action").notNull(),
  target: text("target"),
  details: jsonb("details").$type<Record<string, unknown>>().notNull().default({}),
  createdAt: createdAt(),
});

export const webhookEvents = pgTable("webhook_events", {
  id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
  tenantId: uuid("tenant_id").notNull(),
  integrationId: uuid("integration_id").notNull(),
  deliveryKey: text("delivery_key").notNull(),
  event: text("event").notNull(),
  payload: jsonb("payload").notNull(),
  receivedAt: timestamp("received_at", { withTimezone: true }).notNull().defaultNow(),
});

export const outbox = pgTable("outbox", {
  id: uuid("id").primaryKey().defaultRandom(),
  /** Null only for the sign-up mails, which belong to no tenant yet (*_sign_up_verification.sql). */
  tenantId: uuid("tenant_id"),
  channel: text("channel", { enum: ["email", "whatsapp"] }).notNull(),
  recipient: text("recipient").notNull(),
  template: text("template").notNull(),
  payload: jsonb("payload").$type<Record<string, unknown>>().notNull().default({}),
  status: text("status", { enum: ["pending", "sent", "failed"] })
    .notNull()
    .default("pending"),
  attempts: integer("attempts").notNull().default(0),
  lastError: text("last_error"),
  createdAt: createdAt(),
  sentAt: timestamp("sent_at", { withTimezone: true }),
  nextAttemptAt: timestamp("next_attempt_at", { withTimezone: true }).notNull().defaultNow(),
});

export const contactSourceKinds = ["chatwoot", "odoo"] as const;
export type ContactSourceKind = (typeof contactSourceKinds)[number];
export type ContactMatchReason = { key: "rut" | "email" | "phone"; value: string };

export const contacts = pgTable("contacts", {
  id: uuid("id").primaryKey().defaultRandom(),
  tenantId: uuid("tenant_id").notNull(),
  name: text("name").notNull().default(""),
  rut: text("rut"),
  emails: text("emails").array().notNull().default(sql`'{}'::text[]`),
  phones: text("phones").array().notNull().default(sql`'{}'::text[]`),
  tags: text("tags").array().notNull().default(sql`'{}'::text[]`),
  notes: text("notes").notNull().default(""),
  sources: text("sources").array().notNull().default(sql`'{}'::text[]`),
  hasOpenConversation: boolean("has_open_conversation").notNull().default(false),
  unpaidInvoices: integer("unpaid_invoices").notNull().default(0),
  // Written by a trigger from the fields above; never set by application code.
  search: text("search").notNull().default(""),
  createdAt: createdAt(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

export const contactSources = pgTable("contact_sources", {
  id: uuid("id").primaryKey().defaultRandom(),
  tenantId: uuid("tenant_id").notNull(),
  contactId: uuid("contact_id").notNull(),
  source: text("source", { enum: contactSourceKinds }).notNull(),
  externalId: text("external_id").notNull(),
  name: text("name").notNull().default(""),
  email: text("email"),
  phone: text("phone"),
  rut: text("rut"),
  matchReason: jsonb("match_reason").$type<ContactMatchReason | null>(),
  detached: boolean("detached").notNull().default(false),
  syncedAt: timestamp("synced_at", { withTimezone: true }).notNull().defaultNow(),
});

// Service-path tables (signup, provisioning, the service-key API): no grants to `authenticated`.
export const tenantSignups = pgTable("tenant_signups", {
  tenantId: uuid("tenant_id").primaryKey(),
  tokenHash: text("token_hash").notNull(),
  contactName: text("contact_name").notNull().default(""),
  businessActivity: text("business_activity").notNull().default(""),
  passwordHash: text("password_hash"),
  expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  confirmedAt: timestamp("confirmed_at", { withTimezone: true }),
  createdAt: createdAt(),
});

/** A sign-up waiting for its emailed link (supabase/migrations/*_sign_up_verification.sql); service paths only. */
export const pendingSignUps = pgTable("pending_sign_ups", {
  email: text("email").primaryKey(),
  name: text("name").notNull(),
  passwordHash: text("password_hash"),
  tokenHash: text("token_hash").notNull(),
  nextPath: text("next_path").notNull().default("/onboarding"),
  expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  verifiedAt: timestamp("verified_at", { withTimezone: true }),
  createdAt: createdAt(),
});

/** The link of a pending invitation (supabase/migrations/*_member_invitations.sql); service paths only. */
export const tenantInvitations = pgTable("tenant_invitations", {
  memberId: uuid("member_id").primaryKey(),
  tenantId: uuid("tenant_id").notNull(),
  tokenHash: text("token_hash").notNull(),
  expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  acceptedAt: timestamp("accepted_at", { withTimezone: true }),
  createdAt: createdAt(),
});

export const provisioningRuns = pgTable("provisioning_runs", {
  tenantId: uuid("tenant_id").primaryKey(),
  origin: text("origin").notNull(),
  leaseHolder: text("lease_holder"),
  leaseExpiresAt: timestamp("lease_expires_at", { withTimezone: true }),
  requestedAt: timestamp("requested_at", { withTimezone: true }).notNull().defaultNow(),
  finishedAt: timestamp("finished_at", { withTimezone: true }),
});

export const idempotencyKeys = pgTable(
  "idempotency_keys",
  {
    caller: text("caller").notNull(),
    key: text("key").notNull(),
    requestHash: text("request_hash").notNull(),
    statusCode: integer("status_code"),
    response: jsonb("response"),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.caller, t.key] })],
);

export const salesLeads = pgTable("sales_leads", {
  id: uuid("id").primaryKey().defaultRandom(),
  company: text("company").notNull(),
  contactName: text("contact_name").notNull(),
  email: text("email").notNull(),
  phone: text("phone"),
  message: text("message").notNull().default(""),
  createdAt: createdAt(),
});

export const tenantOverview = pgView("v_tenant_overview", {
  tenantId: uuid("tenant_id").notNull(),
  slug: text("slug").notNull(),
  legalName: text("legal_name").notNull(),
  plan: text("plan").notNull(),
  status: text("status").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  activeMembers: bigint("active_members", { mode: "number" }).notNull(),
  pendingInvitations: bigint("pending_invitations", { mode: "number" }).notNull(),
  products: text("products").array().notNull(),
  connectedIntegrations: text("connected_integrations").array().notNull(),
}).existing();

/** Every table that carries tenant_id and is guarded by RLS; the RLS suite walks this list. */
export const tenantOwnedTables = {
  tenants,
  tenant_members: tenantMembers,
  tenant_products: tenantProducts,
  tenant_domains: tenantDomains,
  tenant_integrations: tenantIntegrations,
  provisioning_steps: provisioningSteps,
  api_keys: apiKeys,
  mcp_capabilities: mcpCapabilities,
  activity_log: activityLog,
  webhook_events: webhookEvents,
  outbox,
  contacts,
  contact_sources: contactSources,
} as const;
