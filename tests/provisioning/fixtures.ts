// A migrated database, the sandbox, and a tenant registered the way the wizard and the API do it.
import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/db/open";
import { rutCheckDigit } from "@/lib/format/rut";
import { registerTenant } from "@/lib/onboarding/register-tenant";

/** A valid RUT no other test uses: random body, computed check digit. */
export function freshRut(): string {
  const body = String(10_000_000 + Math.floor(Math.random() * 89_999_999));
  return `${body}-${rutCheckDigit(body)}`;
}

export async function registerTestTenant(
  db: Db,
  over: Partial<{ legalName: string; plan: "free" | "basic" | "pro"; email: string }> = {},
  now = new Date(),
) {
  const legalName = over.legalName ?? `Comercial Prueba ${randomUUID().slice(0, 6)} SpA`;
  return registerTenant(
    db,
    {
      rut: freshRut(),
      legalName,
      email: over.email ?? `dueña-${randomUUID().slice(0, 8)}@example.cl`.replace("ñ", "n"),
      phone: "+56912345678",
      plan: over.plan ?? "basic",
      contactName: "Carolina Pérez",
    },
    "http://hub.test",
    now,
  );
}
