// Connects the demo tenant to the sandbox through the Hub's own integrations API, the same path an
// admin's "Guardar conexión" takes, so `npm run dev` exercises it on every start.
import { demo } from "./demo-seed";

type Integration = { kind: string; connected: boolean; status: string };

export async function connectDemoIntegrations(hubUrl: string, sandboxUrl: string): Promise<string[]> {
  const signIn = await fetch(`${hubUrl}/api/auth/sign-in`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: demo.email, password: demo.password }),
  });
  if (!signIn.ok) throw new Error(`demo sign-in failed: ${signIn.status} ${await signIn.text()}`);
  const cookie = signIn.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const headers = { cookie, "content-type": "application/json", origin: hubUrl };

  const tenants = (await (await fetch(`${hubUrl}/api/tenants`, { headers })).json()) as {
    data: { id: string; slug: string }[];
  };
  const tenant = tenants.data.find((t) => t.slug === demo.slug);
  if (!tenant) throw new Error("demo tenant missing");
  const base = `${hubUrl}/api/tenants/${tenant.id}/integrations`;
  const current = (await (await fetch(base, { headers })).json()) as { data: Integration[] };

  const wanted: Record<string, Record<string, unknown>> = {
    chatwoot: { baseUrl: `${sandboxUrl}/chatwoot`, accountId: 1, token: "sandbox-chatwoot-token" },
    odoo: { baseUrl: `${sandboxUrl}/odoo`, database: "demo", login: "admin", apiKey: "sandbox-odoo-key" },
    n8n: { baseUrl: `${sandboxUrl}/n8n`, apiKey: "sandbox-n8n-key" },
  };
  const results: string[] = [];
  for (const [kind, body] of Object.entries(wanted)) {
    if (current.data.find((i) => i.kind === kind)?.status === "connected") {
      results.push(`${kind}: already connected`);
      continue;
    }
    const res = await fetch(`${base}/${kind}`, { method: "PUT", headers, body: JSON.stringify(body) });
    const json = (await res.json()) as {
      check?: { ok: boolean; problems: { message: string }[] };
      error?: { message: string };
    };
    results.push(
      `${kind}: ${json.check?.ok ? "connected" : (json.check?.problems[0]?.message ?? json.error?.message ?? res.status)}`,
    );
  }
  return results;
}

export async function waitForHealth(url: string, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${url}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${url} did not become healthy`);
}
