import { ApiError } from "@/lib/errors";
import { type PlanId, plans } from "./catalog";

const planLimit = (plan: PlanId, what: "users" | "workflows", limit: number, message: string) =>
  new ApiError("forbidden", message, { details: { reason: "plan_limit", plan, limit, resource: what } });

/** Refuses adding one more member (active or invited) when the plan's seats are taken. */
export function checkMemberLimit(plan: PlanId, currentMembers: number) {
  const limit = plans[plan].users;
  if (limit === null || currentMembers < limit) return;
  const name = plans[plan].name;
  const seats = limit === 1 ? "1 usuario" : `${limit} usuarios`;
  throw planLimit(
    plan,
    "users",
    limit,
    `Tu plan ${name} permite hasta ${seats}. Quita a alguien o cambia de plan para invitar a más personas.`,
  );
}

/** Refuses activating one more workflow when the plan's active workflows are taken. */
export function checkWorkflowLimit(plan: PlanId, activeWorkflows: number) {
  const limit = plans[plan].workflows;
  if (limit === null || activeWorkflows < limit) return;
  const name = plans[plan].name;
  const flows = limit === 1 ? "1 flujo activo" : `${limit} flujos activos`;
  throw planLimit(
    plan,
    "workflows",
    limit,
    `Tu plan ${name} permite hasta ${flows}. Desactiva otro flujo o cambia de plan para activar este.`,
  );
}
