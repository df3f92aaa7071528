// Every API route handler and who may call it: the one table the route inventory test
// (tests/security/route-inventory.test.ts) checks against app/api/**/route.ts, and from which the
// cross-tenant matrix and the fuzz specs generate their requests. A new handler fails the inventory
// until it is added here, so no route can skip the cross-tenant probes unnoticed.

export type Role = "viewer" | "staff" | "admin";
export const roleOrder: readonly Role[] = ["viewer", "staff", "admin"];

/** The `auth` mode of `apiRoute({...})` in the route file. */
export type WrapperAuth = "public" | "user" | "tenant" | "user-or-service" | "optional-caller";

export type Access =
  /** The wrapper checks membership of the path's tenant and the minimum role. */
  | { auth: "tenant"; role: Role }
  /**
   * The handler checks membership of the path's tenant itself (the service key also passes).
   * `belowRole` is what a member under the minimum gets when that is deliberately not a 403.
   */
  | {
      auth: "service-or-member";
      wrapper: "user-or-service" | "optional-caller";
      role: Role;
      belowRole?: "not_found";
      why: string;
    }
  /** Only the SmarterOS back office's service key; every user session gets 403, whatever the tenant. */
  | { auth: "service"; wrapper: "user-or-service"; why: string }
  /** Any signed-in user; `tenantQuery` names the query parameter whose tenant must be theirs. */
  | { auth: "user"; tenantQuery?: string; why: string }
  /** A signed-in user (about themself) or the service key (about everyone). */
  | { auth: "service-or-user"; why: string }
  /** Anyone; a session is used when present. */
  | { auth: "optional-caller"; why: string }
  /** Anyone: the route needs no identity at all. */
  | { auth: "public"; why: string }
  /** Public by transport, authenticated by an HMAC signature (or a per-integration token) in the handler. */
  | { auth: "hmac"; why: string };

/** Ids a probe needs to be real in the tenant it targets, looked up per tenant by the specs. */
export type Fixture = "memberId" | "contactId" | "workflowId" | "executionId";

/** Fixtures that are rows of one tenant; upstream ids come from the one shared sandbox and are not. */
export const tenantOwnedFixtures: readonly Fixture[] = ["memberId", "contactId"];

/**
 * How each query parameter is refused, so the fuzz spec builds values that are invalid by construction:
 * `int` digits-only integers, `count` numbers coerced from text, `day` YYYY-MM-DD, `enum` a closed set,
 * `bool` "true"/"false", `flag` "1"/"true"/"0"/"false"/"", `id` an n8n id, `cursor` an n8n cursor, `list` a comma list (2 000 chars at
 * most), `rut` a Chilean RUT, `max:N` text of at most N characters.
 */
export type QueryField =
  | "int"
  | "count"
  | "day"
  | "enum"
  | "bool"
  | "flag"
  | "id"
  | "cursor"
  | "list"
  | "rut"
  | `max:${number}`;

export type QuerySpec = {
  /** The schema refuses unknown parameters. */
  strict: boolean;
  fields: Record<string, QueryField>;
  /** Parameters whose absence alone makes the query invalid. */
  required?: string[];
  /** A valid query, used by the probes. `{tenantId}` is replaced by the tenant under test. */
  sample?: Record<string, string>;
};

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

export type BodySpec = {
  /** A body the route accepts (the probes send it, so a missing check would really write). */
  sample: Record<string, Json>;
  /** The schema refuses unknown keys. */
  strict: boolean;
  /** Keys whose absence alone makes the body invalid. */
  required: string[];
  /** Keys that take any JSON value, so no replacement of theirs is invalid. */
  freeForm?: string[];
};

export type RouteEntry = {
  access: Access;
  /** Path parameters other than tenantId: a literal, or a fixture of the tenant under test. */
  params?: Record<string, string | { fixture: Fixture }>;
  query?: QuerySpec;
  body?: BodySpec;
  /** The answer is a never-ending stream: the specs do not read it when the call succeeds. */
  stream?: true;
};

export type RouteKey = `${"GET" | "POST" | "PUT" | "PATCH" | "DELETE"} /api/${string}`;

const viewer = { auth: "tenant", role: "viewer" } as const;
const staff = { auth: "tenant", role: "staff" } as const;
const admin = { auth: "tenant", role: "admin" } as const;

const none: QuerySpec = { strict: true, fields: {} };
const empty: BodySpec = { sample: {}, strict: true, required: [] };
const kpiRange: QuerySpec = {
  strict: true,
  fields: { from: "day", to: "day" },
  required: ["from", "to"],
  sample: { from: "2026-01-01", to: "2026-01-31" },
};
const odooPaging = { limit: "int", offset: "int" } as const;
const reportRange = { since: "1767225600", until: "1767830400" };
const conversation = { conversationId: "1" };
const workflow = { workflowId: { fixture: "workflowId" } } as const;
const contact = { contactId: { fixture: "contactId" } } as const;
// `source` is left out: an unknown source is dropped (.catch), never refused.
const contactFilters = { q: "max:200", tag: "max:60", open: "flag", unpaid: "flag", sort: "enum" } as const;
const contactList: QuerySpec = { strict: false, fields: { ...contactFilters, page: "count" } };
const chatwootConnection: BodySpec = {
  // An address where nothing listens: a probe that got through would fail its check, not connect.
  sample: { baseUrl: "http://127.0.0.1:9/chatwoot", accountId: 1, token: "matrix-probe-token" },
  strict: false,
  required: ["baseUrl", "accountId"],
};

export const routeMatrix = {
  "POST /api/auth/sign-in": {
    access: { auth: "public", why: "signing in is how a session starts" },
    body: {
      sample: { email: "nadie@e2e.smarterbot.cl", password: "x" },
      strict: false,
      required: ["email", "password"],
    },
  },
  "POST /api/invitations/accept": {
    access: { auth: "user", why: "the invited person accepts with the link's token; the token names the tenant" },
    body: { sample: { token: "matrix-probe-token-that-matches-nothing" }, strict: false, required: ["token"] },
  },
  "POST /api/auth/sign-out": { access: { auth: "public", why: "ends whatever session the cookie names, if any" } },
  "POST /api/auth/sign-up": {
    access: { auth: "public", why: "creating an account needs no account" },
    body: {
      sample: { name: "Nadie", email: "nadie@e2e.smarterbot.cl", password: "una-clave-segura-123" },
      strict: false,
      required: ["name", "email", "password"],
    },
  },
  "GET /api/auth/sign-up/outbox": {
    access: {
      auth: "service",
      wrapper: "user-or-service",
      why: "sign-up mails carry the links that create accounts: only the back office reads them",
    },
    query: {
      strict: true,
      fields: { email: "max:320" },
      required: ["email"],
      sample: { email: "nadie@e2e.smarterbot.cl" },
    },
  },
  "POST /api/auth/sign-up/verify": {
    access: {
      auth: "public",
      why: "the emailed link's token, with the password chosen at sign-up, is the credential: there is no account yet",
    },
    body: {
      sample: { token: "matrix-probe-token-that-matches-nothing", password: "una-clave-de-prueba" },
      strict: false,
      required: ["token", "password"],
    },
  },

  "GET /api/chatwoot/[tenantId]/agents": { access: viewer, query: none },
  "GET /api/chatwoot/[tenantId]/attachment-image": {
    access: viewer,
    query: {
      strict: true,
      fields: { url: "max:4096" },
      required: ["url"],
      sample: { url: "https://chatwoot.example/rails/active_storage/blobs/foto.jpg" },
    },
  },
  "GET /api/chatwoot/[tenantId]/canned-responses": {
    access: viewer,
    query: { strict: true, fields: { search: "max:200" }, sample: { search: "hola" } },
  },
  "GET /api/chatwoot/[tenantId]/contacts": {
    access: viewer,
    query: { strict: true, fields: { page: "int", q: "max:200" } },
  },
  "POST /api/chatwoot/[tenantId]/contacts": {
    access: staff,
    query: none,
    body: { sample: { inboxId: 1, name: "Nadie" }, strict: true, required: ["inboxId", "name"] },
  },
  "GET /api/chatwoot/[tenantId]/contacts/[contactId]/conversations": {
    access: viewer,
    params: { contactId: "1" },
    query: none,
  },
  "GET /api/chatwoot/[tenantId]/conversations": {
    access: viewer,
    query: {
      strict: true,
      fields: { status: "enum", assignee: "enum", inboxId: "int", labels: "list", q: "max:200", page: "int" },
    },
  },
  "GET /api/chatwoot/[tenantId]/conversations/[conversationId]": {
    access: viewer,
    params: conversation,
    query: none,
  },
  "POST /api/chatwoot/[tenantId]/conversations/[conversationId]/assignments": {
    access: staff,
    params: conversation,
    query: none,
    body: { sample: { assigneeId: 1 }, strict: true, required: ["assigneeId"] },
  },
  "GET /api/chatwoot/[tenantId]/conversations/[conversationId]/labels": {
    access: viewer,
    params: conversation,
    query: none,
  },
  "POST /api/chatwoot/[tenantId]/conversations/[conversationId]/labels": {
    access: staff,
    params: conversation,
    query: none,
    body: { sample: { labels: ["matriz"] }, strict: true, required: ["labels"] },
  },
  "GET /api/chatwoot/[tenantId]/conversations/[conversationId]/messages": {
    access: viewer,
    params: conversation,
    query: { strict: true, fields: { before: "int", after: "int" } },
  },
  "POST /api/chatwoot/[tenantId]/conversations/[conversationId]/messages": {
    access: staff,
    params: conversation,
    query: none,
    // Removing content alone is invalid too: a message needs content or a template.
    body: { sample: { content: "Hola", echoId: "matrix-probe-0001" }, strict: true, required: ["content", "echoId"] },
  },
  "POST /api/chatwoot/[tenantId]/conversations/[conversationId]/read": {
    access: staff,
    params: conversation,
    query: none,
    body: empty,
  },
  "POST /api/chatwoot/[tenantId]/conversations/[conversationId]/status": {
    access: staff,
    params: conversation,
    query: none,
    body: { sample: { status: "open" }, strict: true, required: ["status"] },
  },
  "GET /api/chatwoot/[tenantId]/inboxes": { access: viewer, query: none },
  "GET /api/chatwoot/[tenantId]/labels": { access: viewer, query: none },
  "GET /api/chatwoot/[tenantId]/profile": { access: viewer, query: none },
  "GET /api/chatwoot/[tenantId]/reports/summary": {
    access: viewer,
    query: { strict: true, fields: { since: "int", until: "int" }, required: ["since", "until"], sample: reportRange },
  },
  "GET /api/chatwoot/[tenantId]/reports/timeseries": {
    access: viewer,
    query: {
      strict: true,
      fields: { since: "int", until: "int", metric: "enum" },
      required: ["since", "until", "metric"],
      sample: { ...reportRange, metric: "conversations_count" },
    },
  },

  "GET /api/contacts/[tenantId]": { access: viewer, query: contactList },
  "POST /api/contacts/[tenantId]": {
    access: staff,
    body: { sample: { name: "Matriz Contacto", tags: ["matriz"] }, strict: false, required: ["name"] },
  },
  "GET /api/contacts/[tenantId]/[contactId]": { access: viewer, params: contact },
  "PATCH /api/contacts/[tenantId]/[contactId]": {
    access: staff,
    params: contact,
    // Every field is optional: only a wrong type (or no object at all) makes an edit invalid.
    body: { sample: { name: "Matriz Editado", notes: "x" }, strict: false, required: [] },
  },
  "DELETE /api/contacts/[tenantId]/[contactId]": { access: admin, params: contact },
  "GET /api/contacts/[tenantId]/[contactId]/data-export": { access: admin, params: contact },
  "POST /api/contacts/[tenantId]/[contactId]/unmerge": {
    access: staff,
    params: contact,
    body: { sample: { sourceId: "00000000-0000-4000-8000-000000000001" }, strict: false, required: ["sourceId"] },
  },
  "GET /api/contacts/[tenantId]/export": {
    access: staff,
    query: { ...contactList, fields: { ...contactFilters, separator: "enum" } },
  },
  "POST /api/contacts/[tenantId]/import": {
    access: staff,
    body: { sample: { csv: "nombre\nMatriz Importado", dryRun: false }, strict: false, required: ["csv"] },
  },
  "POST /api/contacts/[tenantId]/sync": { access: staff },
  "GET /api/contacts/[tenantId]/tags": { access: viewer },
  "POST /api/contacts/[tenantId]/tags": {
    access: staff,
    // Without add (and remove) there is nothing to do, which the schema refuses too.
    body: {
      sample: { contactIds: ["00000000-0000-4000-8000-000000000001"], add: ["matriz"] },
      strict: false,
      required: ["contactIds", "add"],
    },
  },

  "GET /api/events": {
    access: {
      auth: "user",
      tenantQuery: "tenant",
      why: "the stream's tenant is a query parameter, checked by the handler",
    },
    query: {
      strict: false,
      fields: { tenant: "max:64", lastEventId: "int" },
      required: ["tenant"],
      sample: { tenant: "{tenantId}" },
    },
    stream: true,
  },
  "GET /api/health": { access: { auth: "public", why: "load balancers and uptime checks read it" } },

  "GET /api/kpis/[tenantId]/automation": { access: viewer, query: kpiRange },
  "GET /api/kpis/[tenantId]/invoices": { access: viewer, query: kpiRange },
  "GET /api/kpis/[tenantId]/overview": { access: viewer, query: none },
  "GET /api/kpis/[tenantId]/sales": { access: viewer, query: kpiRange },
  "GET /api/kpis/[tenantId]/service": { access: viewer, query: kpiRange },

  "GET /api/n8n/[tenantId]/executions": {
    access: viewer,
    query: { strict: true, fields: { status: "enum", workflowId: "id", cursor: "cursor", limit: "int" } },
  },
  "GET /api/n8n/[tenantId]/executions/[executionId]": {
    access: viewer,
    params: { executionId: { fixture: "executionId" } },
    query: { strict: true, fields: { includeData: "bool" } },
  },
  "POST /api/n8n/[tenantId]/executions/[executionId]/retry": {
    access: staff,
    params: { executionId: { fixture: "executionId" } },
    query: none,
    body: empty,
  },
  "GET /api/n8n/[tenantId]/tags": { access: viewer, query: none },
  "GET /api/n8n/[tenantId]/templates": { access: viewer, query: none },
  "POST /api/n8n/[tenantId]/templates/[templateId]/import": {
    access: staff,
    params: { templateId: "alta-de-cliente" },
    query: none,
    body: empty,
  },
  "GET /api/n8n/[tenantId]/workflows": {
    access: viewer,
    query: {
      strict: true,
      fields: { active: "bool", tags: "list", name: "max:128", cursor: "cursor", limit: "int" },
    },
  },
  "GET /api/n8n/[tenantId]/workflows/stats": { access: viewer, query: none },
  "GET /api/n8n/[tenantId]/workflows/[workflowId]": { access: viewer, params: workflow, query: none },
  "POST /api/n8n/[tenantId]/workflows/[workflowId]/activate": {
    access: staff,
    params: workflow,
    query: none,
    body: empty,
  },
  "POST /api/n8n/[tenantId]/workflows/[workflowId]/deactivate": {
    access: staff,
    params: workflow,
    query: none,
    body: empty,
  },
  "POST /api/n8n/[tenantId]/workflows/[workflowId]/run": {
    access: staff,
    params: workflow,
    query: none,
    body: { sample: { body: { origen: "matriz" } }, strict: true, required: ["body"], freeForm: ["body"] },
  },

  "GET /api/odoo/[tenantId]/invoices": {
    access: viewer,
    query: { strict: true, fields: { paymentState: "enum", from: "day", to: "day", ...odooPaging } },
  },
  "GET /api/odoo/[tenantId]/kpis/sales": {
    access: viewer,
    query: {
      strict: true,
      fields: { from: "day", to: "day", groupBy: "enum" },
      required: ["from", "to"],
      sample: { from: "2026-01-01", to: "2026-01-31" },
    },
  },
  "GET /api/odoo/[tenantId]/orders": {
    access: viewer,
    query: { strict: true, fields: { from: "day", to: "day", ...odooPaging } },
  },
  "GET /api/odoo/[tenantId]/partners": {
    access: viewer,
    query: { strict: true, fields: { q: "max:200", ...odooPaging } },
  },
  "GET /api/odoo/[tenantId]/partners/[partnerId]/invoices": {
    access: viewer,
    params: { partnerId: "10" },
    query: { strict: true, fields: odooPaging },
  },
  "GET /api/odoo/[tenantId]/partners/[partnerId]/orders": {
    access: viewer,
    params: { partnerId: "10" },
    query: { strict: true, fields: odooPaging },
  },
  "GET /api/odoo/[tenantId]/products": {
    access: viewer,
    query: { strict: true, fields: { q: "max:200", ...odooPaging } },
  },

  "POST /api/onboarding": {
    access: { auth: "optional-caller", why: "the signup wizard: a new customer has no account yet" },
    // Not a complete submission: the fuzz only needs keys the schema types, and no probe sends it.
    body: {
      sample: { rut: "76.086.428-5", legalName: "Comercial Fuzz SpA", email: "fuzz@e2e.smarterbot.cl", plan: "basic" },
      strict: false,
      required: ["rut", "legalName", "email", "plan"],
    },
  },
  "POST /api/onboarding/enterprise": {
    access: { auth: "public", why: "the enterprise contact form on the public pricing page" },
    body: {
      sample: { company: "Comercial Fuzz SpA", contactName: "Nadie", email: "fuzz@e2e.smarterbot.cl", message: "x" },
      strict: false,
      required: ["company", "contactName", "email"],
    },
  },
  "GET /api/onboarding/rut": {
    access: { auth: "public", why: "the wizard checks a RUT before the customer has an account (throttled)" },
    query: { strict: false, fields: { rut: "rut" }, required: ["rut"] },
  },
  "GET /api/openapi.json": { access: { auth: "public", why: "the published API description" } },

  "GET /api/tenants": {
    access: { auth: "service-or-user", why: "a user lists their own tenants, the back office every tenant" },
    query: { strict: false, fields: { page: "count", pageSize: "count" } },
  },
  "POST /api/tenants": {
    access: { auth: "service-or-user", why: "a user creates a workspace, the back office registers a tenant" },
    body: { sample: { legalName: "Comercial Fuzz SpA", slug: "fuzz-nunca" }, strict: false, required: ["legalName"] },
  },
  "GET /api/tenants/[tenantId]/integrations": { access: viewer },
  "PUT /api/tenants/[tenantId]/integrations/[kind]": {
    access: admin,
    params: { kind: "chatwoot" },
    body: chatwootConnection,
  },
  "DELETE /api/tenants/[tenantId]/integrations/[kind]": { access: admin, params: { kind: "chatwoot" } },
  "POST /api/tenants/[tenantId]/integrations/[kind]/check": {
    access: admin,
    params: { kind: "chatwoot" },
    body: chatwootConnection,
  },
  "GET /api/tenants/[tenantId]/members": { access: viewer },
  "POST /api/tenants/[tenantId]/members": {
    access: admin,
    body: { sample: { email: "matriz@e2e.smarterbot.cl", role: "admin" }, strict: false, required: ["email", "role"] },
  },
  "PATCH /api/tenants/[tenantId]/members/[memberId]": {
    access: admin,
    params: { memberId: { fixture: "memberId" } },
    body: { sample: { role: "viewer" }, strict: false, required: ["role"] },
  },
  "DELETE /api/tenants/[tenantId]/members/[memberId]": {
    access: admin,
    params: { memberId: { fixture: "memberId" } },
  },
  "GET /api/tenants/[tenantId]/outbox": {
    access: {
      auth: "service",
      wrapper: "user-or-service",
      why: "queued messages carry sign-in links: only the back office reads them",
    },
  },
  "POST /api/tenants/[tenantId]/provision": {
    access: {
      auth: "service-or-member",
      wrapper: "optional-caller",
      role: "admin",
      // A confirmation link's token also starts it, for a customer without a session yet.
      belowRole: "not_found",
      why: "members under admin learn nothing more than strangers do",
    },
    body: { sample: {}, strict: false, required: [] },
  },
  "GET /api/tenants/[tenantId]/status": {
    access: {
      auth: "service-or-member",
      wrapper: "user-or-service",
      role: "viewer",
      why: "the back office polls provisioning; members see their own tenant's",
    },
  },

  "POST /api/webhooks/chatwoot/[integrationId]": {
    access: { auth: "hmac", why: "Chatwoot calls it; the signature or the integration's token is checked" },
    params: { integrationId: "00000000-0000-4000-8000-000000000000" },
  },
} satisfies Record<RouteKey, RouteEntry>;

export type MatrixKey = keyof typeof routeMatrix;

export const routeEntries = Object.entries(routeMatrix) as [MatrixKey, RouteEntry][];

/** The wrapper mode a table entry implies, compared with the route file by the inventory test. */
export function wrapperAuthOf(access: Access): WrapperAuth {
  switch (access.auth) {
    case "tenant":
    case "public":
    case "user":
    case "optional-caller":
      return access.auth;
    case "hmac":
      return "public";
    case "service-or-user":
      return "user-or-service";
    case "service-or-member":
    case "service":
      return access.wrapper;
  }
}

/** Tenant pages: another tenant's slug answers 404 on each. */
export const tenantPages = ["overview", "messages", "contacts", "automation", "kpis", "settings"] as const;

export const splitKey = (key: string) => {
  const [method, path] = key.split(" ") as [string, string];
  return { method, path };
};
