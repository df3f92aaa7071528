import "server-only";
import { desc } from "drizzle-orm";
import type { Identity } from "@/lib/auth/identity";
import { servicePathDb } from "@/lib/db/privileged";
import { outbox, salesLeads } from "@/lib/db/schema";
import { ApiError } from "@/lib/errors";
import { startProvisioning } from "@/lib/provisioning/start-provisioning";
import { hit } from "@/lib/rate-limit";
import type { z } from "@/lib/validation";
import { type ConfirmedSignup, confirmSignup } from "./confirm-signup";
import { isRutRegistered } from "./register-tenant";
import type { enterpriseContactSchema, OnboardingSubmission } from "./registration-input";
import { submitOnboarding } from "./submit-onboarding";

// The public wizard's service paths (app/api/onboarding/**). Each is throttled per client address:
// they are open to anyone, and the RUT check would otherwise let a script enumerate customers.
const perIp = { limit: 30, seconds: 10 * 60 };

async function throttle(action: string, ip: string) {
  const state = await hit(`onboarding:${action}:${ip}`, perIp);
  if (state.limited) {
    throw new ApiError("rate_limited", "signup_throttled", {
      headers: { "Retry-After": String(state.retryAfter) },
      details: { retryAfter: state.retryAfter },
    });
  }
}

export async function rutAvailability(rut: string, ip: string) {
  await throttle("rut", ip);
  return { available: !(await isRutRegistered(await servicePathDb(), rut)) };
}

export async function submitSignup(input: OnboardingSubmission, identity: Identity | null, origin: string, ip: string) {
  await throttle("submit", ip);
  return submitOnboarding(await servicePathDb(), input, identity, origin);
}

/** Confirms the signup, then starts provisioning; the route signs the new account in. */
export async function confirmAndProvision(
  input: { tenantId: string; token: string },
  origin: string,
  ip: string,
): Promise<ConfirmedSignup & { status: "provisioning" | "active" }> {
  await throttle("confirm", ip);
  const confirmed = await confirmSignup(await servicePathDb(), input);
  const { status } = await startProvisioning(confirmed.tenantId, origin);
  return { ...confirmed, status };
}

export async function saveSalesLead(input: z.output<typeof enterpriseContactSchema>, ip: string) {
  await throttle("enterprise", ip);
  const db = await servicePathDb();
  await db.insert(salesLeads).values({
    company: input.company,
    contactName: input.contactName,
    email: input.email,
    phone: input.phone ?? null,
    message: input.message,
  });
}

/** The development outbox page: the latest messages of every tenant. */
export async function latestOutboxMessages(limit = 50) {
  const db = await servicePathDb();
  return db.select().from(outbox).orderBy(desc(outbox.createdAt)).limit(limit);
}
