import "server-only";
import { and, eq, like, ne, or, sql } from "drizzle-orm";
import { executeRows } from "@/lib/db/execute-rows";
import type { Db } from "@/lib/db/open";
import { pgErrorCode, UNIQUE_VIOLATION } from "@/lib/db/pg-error";
import { tenantSignups, tenants } from "@/lib/db/schema";
import { ApiError } from "@/lib/errors";
import { formatRut } from "@/lib/format/rut";
import { enqueueMessages } from "@/lib/outbox/enqueue";
import { issueInvitationLink } from "@/lib/tenancy/invitation-token";
import { slugify, slugSchema } from "@/lib/tenancy/slug";
import { constraintName } from "./constraint-name";
import type { TenantRegistration } from "./registration-input";
import { confirmationLink, newSignupToken, SIGNUP_TTL_MS } from "./signup-token";

export type Registration = TenantRegistration & {
  contactName?: string;
  businessActivity?: string;
  /** Hash of the password for the account created at confirmation; none when the customer has one. */
  passwordHash?: string;
};

export type RegisteredTenant = { id: string; slug: string; status: "preparing"; confirmationChannels: string[] };

const rutTaken = (rut: string) =>
  new ApiError("conflict", "rut_taken", { details: { rut: formatRut(rut) }, fields: { rut: ["rut_taken"] } });
const slugTaken = () => new ApiError("conflict", "slug_taken", { fields: { slug: ["slug_taken"] } });

export async function isRutRegistered(db: Db, rut: string): Promise<boolean> {
  const rows = await db
    .select({ id: tenants.id })
    .from(tenants)
    .where(and(eq(tenants.rut, rut), ne(tenants.status, "cancelled")))
    .limit(1);
  return rows.length > 0;
}

/**
 * Creates a `preparing` tenant (its email gets an invited admin membership), the pending signup and
 * the confirmation link queued for email and WhatsApp — one transaction, so a failure leaves nothing.
 * Service path: the caller has already been authorized (the public wizard, a user, or the service key).
 */
export async function registerTenant(
  db: Db,
  input: Registration,
  origin: string,
  now = new Date(),
): Promise<RegisteredTenant> {
  if (await isRutRegistered(db, input.rut)) throw rutTaken(input.rut);
  const slug = input.slug ?? (await freeSlug(db, input.legalName, input.rut));
  const { token, hash } = newSignupToken();
  try {
    const id = await db.transaction(async (tx) => {
      // No claims on this connection: create_tenant_minimal takes its service path (invited admin).
      const [row] = await executeRows<{ id: string }>(
        tx,
        sql`select public.create_tenant_minimal(${slug}, ${input.legalName}, ${input.email}, ${input.rut},
              ${input.phone}, ${input.plan}, 'preparing') as id`,
      );
      await tx.insert(tenantSignups).values({
        tenantId: row.id,
        tokenHash: hash,
        contactName: input.contactName ?? "",
        businessActivity: input.businessActivity ?? "",
        passwordHash: input.passwordHash ?? null,
        expiresAt: new Date(now.getTime() + SIGNUP_TTL_MS),
      });
      await enqueueMessages(tx, row.id, { email: input.email, phone: input.phone }, "signup_confirmation", {
        link: confirmationLink(origin, row.id, token),
        legalName: input.legalName,
        contactName: input.contactName,
      });
      // Without a wizard password no account is created at confirmation: the first admin joins
      // like any invited member, through the single-use link sent to the tenant's email.
      if (!input.passwordHash) {
        const [admin] = await executeRows<{ id: string }>(
          tx,
          sql`select id from public.tenant_members where tenant_id = ${row.id}::uuid and status = 'invited'`,
        );
        if (admin) await issueInvitationLink(tx, { tenantId: row.id, memberId: admin.id }, origin, now);
      }
      return row.id;
    });
    return { id, slug, status: "preparing", confirmationChannels: ["email", "whatsapp"] };
  } catch (error) {
    if (pgErrorCode(error) === UNIQUE_VIOLATION) {
      // Two signups racing past the RUT check above end here.
      throw constraintName(error)?.includes("rut") ? rutTaken(input.rut) : slugTaken();
    }
    throw error;
  }
}

/** The address derived from the name, with -2, -3… when taken; only an explicit slug answers 409. */
async function freeSlug(db: Db, legalName: string, rut: string): Promise<string> {
  let base = slugify(legalName).slice(0, 44).replace(/-+$/, "");
  if (!slugSchema.safeParse(base).success) base = `empresa-${rut.replace(/\D/g, "").slice(0, 8)}`;
  const taken = new Set(
    (
      await db
        .select({ slug: tenants.slug })
        .from(tenants)
        .where(or(eq(tenants.slug, base), like(tenants.slug, `${base}-%`)))
    ).map((r) => r.slug),
  );
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}
