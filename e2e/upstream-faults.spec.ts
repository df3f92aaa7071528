import { type APIRequestContext, type Browser, expect, request as playwrightRequest, test } from "@playwright/test";
import { createWorkspaceViaApi, signUpViaApi } from "./support/accounts";
import { type OwnServer, startOwnServer, unhandledPattern } from "./support/own-server";
import { connectSandbox, sandboxUrl } from "./support/sandbox";

// Every way the sandbox can make Chatwoot, Odoo or n8n misbehave, against the production build: the
// Hub's API answers the documented upstream_* code in the one error shape, the page that depends on
// the service says which service failed (in the server's words), and the server never loses track of
// a failure (no unhandled rejection or exception, no 500). The spec runs its own `next start` so it
// can read that server's output.

type Service = "chatwoot" | "odoo" | "n8n";
type Fault = { mode: string; status?: number; retryAfter?: number; ms?: number };
type ErrorBody = { error: { code: string; message: string; details?: Record<string, unknown> } };

const label: Record<Service, string> = { chatwoot: "Chatwoot", odoo: "Odoo", n8n: "n8n" };

// The upstream path each fault is scoped to: what the probed route and page read first.
const faultRoute: Record<Service, string> = { chatwoot: "/conversations", odoo: "/jsonrpc", n8n: "/workflows" };

type Case = {
  name: string;
  fault: Fault;
  status: number;
  code: string;
  details?: Record<string, unknown>;
  /** Also open the page; 5xx variants after the first take the same path through the UI. */
  ui: boolean;
};

const cases: Case[] = [
  {
    name: "500 with the service's error JSON",
    fault: { mode: "status", status: 500 },
    status: 502,
    code: "upstream_unavailable",
    details: { upstreamStatus: 500 },
    ui: true,
  },
  ...[502, 503, 504].map((status) => ({
    name: `${status} from the proxy in front`,
    fault: { mode: "status", status },
    status: 502,
    code: "upstream_unavailable",
    details: { upstreamStatus: status },
    ui: false,
  })),
  {
    name: "429 with a long Retry-After",
    fault: { mode: "status", status: 429, retryAfter: 30 },
    status: 502,
    code: "upstream_rate_limited",
    details: { upstreamStatus: 429, retryAfter: 30 },
    ui: true,
  },
  { name: "a malformed body", fault: { mode: "malformed" }, status: 502, code: "upstream_bad_response", ui: true },
  { name: "a connection reset", fault: { mode: "reset" }, status: 502, code: "upstream_unavailable", ui: true },
  { name: "no answer at all", fault: { mode: "hang" }, status: 504, code: "upstream_timeout", ui: true },
];

let server: OwnServer;
let api: APIRequestContext;
let tenant: { id: string; slug: string };
let logMark = 0;

const santiagoDay = (d: Date) => new Intl.DateTimeFormat("en-CA", { timeZone: "America/Santiago" }).format(d);
const today = santiagoDay(new Date());
const monthAgo = santiagoDay(new Date(Date.now() - 29 * 86_400_000));

/** The Hub route each service's page reads first. */
const probe = (service: Service) =>
  ({
    chatwoot: `/api/chatwoot/${tenant.id}/conversations`,
    odoo: `/api/kpis/${tenant.id}/sales?from=${monthAgo}&to=${today}`,
    n8n: `/api/n8n/${tenant.id}/workflows`,
  })[service];

const page = (service: Service) =>
  ({ chatwoot: `/${tenant.slug}/messages`, odoo: `/${tenant.slug}/kpis`, n8n: `/${tenant.slug}/automation` })[service];

async function setFault(service: Service, fault: Fault) {
  const res = await fetch(`${sandboxUrl}/__sandbox/faults`, {
    method: "PUT",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ service, route: faultRoute[service], ...fault }),
  });
  expect(res.status, await res.text()).toBe(200);
}

const clearFaults = (service: Service) =>
  fetch(`${sandboxUrl}/__sandbox/faults?service=${service}`, { method: "DELETE" });

async function signedInPage(browser: Browser) {
  const context = await browser.newContext({ baseURL: server.url, storageState: await api.storageState() });
  return { context, page: await context.newPage() };
}

test.beforeAll(async () => {
  test.setTimeout(150_000);
  server = await startOwnServer("faults");
  api = await playwrightRequest.newContext({ baseURL: server.url });
  await signUpViaApi(api, "Fallas");
  tenant = await createWorkspaceViaApi(api, "Fallas");
  await connectSandbox(api, tenant.id);
});

test.afterAll(async () => {
  await api?.dispose();
  await server?.stop();
});

test.afterEach(async () => {
  await Promise.all((["chatwoot", "odoo", "n8n"] as const).map(clearFaults));
  // What this test made the server log: a lost failure shows up here, next to the fault that caused it.
  const added = server.output().slice(logMark);
  logMark = server.output().length;
  expect(added).not.toMatch(unhandledPattern);
});

for (const service of ["chatwoot", "odoo", "n8n"] as const) {
  test.describe(label[service], () => {
    for (const c of cases) {
      test(`${c.name}: ${c.code} from the API${c.ui ? ", and the page names the service" : ""}`, async ({
        browser,
      }) => {
        // A hang costs the server's 10 s deadline, which the page waits too; other faults cost the
        // retries of 5xx. The margins are for a loaded 2-core CI machine.
        test.setTimeout(90_000);
        await setFault(service, c.fault);

        // The page loads while the API is probed: a hang costs its deadline once, not twice.
        const ui = c.ui ? await signedInPage(browser) : null;
        try {
          const loading = ui?.page.goto(page(service));
          // Awaited below; a failed API check must not leave it unobserved.
          loading?.catch(() => undefined);

          const res = await api.get(probe(service));
          const body = (await res.json()) as ErrorBody;
          expect(res.status(), JSON.stringify(body)).toBe(c.status);
          expect(Object.keys(body)).toEqual(["error"]);
          expect(body.error).toMatchObject({ code: c.code, details: { service, ...c.details } });
          expect(body.error.message).toContain(label[service]);
          if (c.code === "upstream_rate_limited") expect(res.headers()["retry-after"]).toBe("30");

          if (!ui) return;
          await loading;
          // The page shows the server's sentence for this failure, which names the service.
          const alert = ui.page.getByRole("alert").filter({ hasText: body.error.message }).first();
          await expect(alert).toBeVisible({ timeout: 45_000 });
          await expect(alert).toContainText(label[service]);
        } finally {
          await ui?.context.close();
        }
      });
    }

    test("a slow answer within the deadline still loads, API and page", async ({ browser }) => {
      // Every upstream call of the page waits the delay; some of them one after another.
      test.setTimeout(90_000);
      await setFault(service, { mode: "delay", ms: 1_500 });
      const res = await api.get(probe(service));
      expect(res.status(), await res.text()).toBe(200);

      const { context, page: p } = await signedInPage(browser);
      try {
        await p.goto(page(service));
        const loaded = {
          chatwoot: p.locator("[data-conversation-id]").first(),
          odoo: p.locator('[data-section="sales"] [data-chart]').first(),
          n8n: p.getByText("Reporte diario de ventas").first(),
        }[service];
        await expect(loaded).toBeVisible({ timeout: 45_000 });
        await expect(p.getByRole("alert").filter({ hasText: label[service] })).toHaveCount(0);
      } finally {
        await context.close();
      }
    });
  });
}
