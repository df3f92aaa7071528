// The development demo: a user and a tenant, created only by `npm run dev`, never by a production start.
import { hashPassword, verifyPassword } from "../lib/auth/password";
import type { Database } from "../lib/db/open";

export const demo = {
  email: "demo@smarterbot.cl",
  password: "smarteros-demo",
  name: "Demo SmarterOS",
  slug: "demo",
  legalName: "Ferretería El Roble SpA",
  rut: "76886431-4",
  userId: "usr_demo",
} as const;

/** Idempotent: running it on every dev start keeps the demo as documented, whatever was changed. */
export async function seedDemo(database: Database): Promise<void> {
  const { raw } = database;
  const [existing] = await raw.query<{ password_hash: string | null }>(
    "select password_hash from users where id = $1",
    [demo.userId],
  );
  const keepHash = existing?.password_hash && (await verifyPassword(demo.password, existing.password_hash));
  const hash = keepHash ? existing.password_hash : await hashPassword(demo.password);
  await raw.query(
    `insert into users (id, email, name, password_hash) values ($1, $2, $3, $4)
     on conflict (id) do update set email = excluded.email, password_hash = excluded.password_hash`,
    [demo.userId, demo.email, demo.name, hash],
  );
  const [tenant] = await raw.query<{ id: string }>("select id from tenants where slug = $1", [demo.slug]);
  if (tenant) return;
  // Without claims create_tenant_minimal takes the service path: the email gets an invited admin row.
  const [created] = await raw.query<{ id: string }>(
    "select public.create_tenant_minimal($1, $2, $3, $4, $5, 'pro', 'active') as id",
    [demo.slug, demo.legalName, demo.email, demo.rut, "+56912345678"],
  );
  await raw.query(
    "update tenant_members set user_id = $1, status = 'active' where tenant_id = $2 and lower(email) = lower($3)",
    [demo.userId, created.id, demo.email],
  );
}
