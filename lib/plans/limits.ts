import { ApiError } from "@/lib/errors";
import { type PlanId, plans } from "./catalog";

const planLimit = (plan: PlanId, what: "users" | "workflows", limit: number) =>
  new ApiError("forbidden", what === "users" ? "plan_users_limit" : "plan_workflows_limit", {
    details: { plan, planName: plans[plan].name, limit, resource: what },
  });

/** Refuses adding one more member (active or invited) when the plan's seats are taken. */
export function checkMemberLimit(plan: PlanId, currentMembers: number) {
  const limit = plans[plan].users;
  if (limit === null || currentMembers < limit) return;
  throw planLimit(plan, "users", limit);
}

/** Refuses activating one more workflow when the plan's active workflows are taken. */
export function checkWorkflowLimit(plan: PlanId, activeWorkflows: number) {
  const limit = plans[plan].workflows;
  if (limit === null || activeWorkflows < limit) return;
  throw planLimit(plan, "workflows", limit);
}
