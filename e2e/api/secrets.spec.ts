import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { e2eServerSecrets } from "../../playwright.config";
import { createWorkspaceViaApi, signUpViaApi } from "../support/accounts";
import { sandboxConnections, sandboxSecrets } from "../support/sandbox";

function* filesUnder(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) yield* filesUnder(full);
    else yield full;
  }
}

test("stored tokens never come back from the API, masked or not", async ({ request }) => {
  await signUpViaApi(request, "Secretos");
  const tenant = await createWorkspaceViaApi(request, "Secretos");
  const bodies: string[] = [];
  for (const [kind, body] of Object.entries(sandboxConnections)) {
    const res = await request.put(`/api/tenants/${tenant.id}/integrations/${kind}`, { data: body });
    expect(res.status()).toBe(200);
    bodies.push(await res.text());
  }
  const list = await request.get(`/api/tenants/${tenant.id}/integrations`);
  bodies.push(await list.text());
  const { data } = JSON.parse(bodies.at(-1) ?? "{}");
  expect(data.map((i: { status: string }) => i.status)).toEqual(["connected", "connected", "connected"]);
  for (const body of bodies) {
    for (const secret of sandboxSecrets) expect(body).not.toContain(secret);
    expect(body).not.toMatch(/v1\.[0-9a-f]{12}\./); // no sealed value either
  }
  expect(data[0].secretMask).toMatch(/^•+oken$/);
});

test("the client bundle contains no server secret or stored token", () => {
  const staticDir = path.join(process.cwd(), process.env.NEXT_DIST_DIR || ".next", "static");
  // Values, not names: a library may well mention CLERK_SECRET_KEY in an error message.
  const needles = [...sandboxSecrets, ...Object.values(e2eServerSecrets)];
  let scanned = 0;
  for (const file of filesUnder(staticDir)) {
    if (!/\.(js|css|html|json)$/.test(file)) continue;
    const text = readFileSync(file, "utf8");
    scanned++;
    for (const needle of needles) expect(text.includes(needle), `${needle} in ${file}`).toBe(false);
  }
  expect(scanned).toBeGreaterThan(10);
});
