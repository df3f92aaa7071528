// GET /api/tenants/{id}/status: the shape the progress page polls and the back office reads.
// Client-safe; the OpenAPI document is generated from it.
import { z } from "@/lib/validation";
import { provisioningSteps } from "./step-names";

export const tenantStatusValues = ["preparing", "provisioning", "active", "suspended", "cancelled"] as const;

export const provisioningStatusSchema = z.object({
  tenant: z.object({
    id: z.uuid(),
    slug: z.string(),
    legalName: z.string(),
    plan: z.enum(["free", "basic", "pro", "enterprise"]),
    status: z.enum(tenantStatusValues),
  }),
  steps: z.array(
    z.object({
      step: z.enum(provisioningSteps),
      status: z.enum(["pending", "running", "done", "failed"]),
      attempts: z.number().int(),
      lastError: z.string().nullable(),
      startedAt: z.string().nullable(),
      finishedAt: z.string().nullable(),
      result: z.record(z.string(), z.unknown()),
    }),
  ),
  /** 0–100: the share of steps done; 100 exactly when the tenant is active. */
  progress: z.number().int().min(0).max(100),
  /** Where the customer goes when the workspace is ready. */
  workspaceUrl: z.string().nullable(),
});
export type ProvisioningStatus = z.infer<typeof provisioningStatusSchema>;
