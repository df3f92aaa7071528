import { z } from "@/lib/validation";
import { booleanParam, commaList, intParam, n8nId, tenantParams } from "../proxy-params";

// Input of the n8n proxy routes; strict, so no parameter can pick another instance or path.

export const workflowParams = tenantParams.extend({ workflowId: n8nId });
export const executionParams = tenantParams.extend({ executionId: n8nId });

/** n8n's cursors are opaque base64 strings. */
const cursor = z.string().regex(/^[A-Za-z0-9+/=_-]{1,2048}$/, { error: "Cursor no válido." });
const tagName = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[^,]+$/);

export const workflowListQuery = z.strictObject({
  active: booleanParam.optional(),
  tags: commaList(tagName, 20).optional(),
  name: z.string().trim().max(128).optional(),
  cursor: cursor.optional(),
  limit: intParam(1, 250).optional(),
});

export const executionStatuses = ["canceled", "error", "running", "success", "waiting"] as const;
export const executionListQuery = z.strictObject({
  status: z.enum(executionStatuses).optional(),
  workflowId: n8nId.optional(),
  cursor: cursor.optional(),
  limit: intParam(1, 250).optional(),
});

export const executionQuery = z.strictObject({ includeData: booleanParam.optional() });
