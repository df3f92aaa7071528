// The SmarterOS plans, their limits and monthly prices (USD). Client-safe: the wizard shows them and
// the server enforces them from the same table. `null` means unlimited.
export const planIds = ["free", "basic", "pro", "enterprise"] as const;
export type PlanId = (typeof planIds)[number];
/** Plans a customer picks in the wizard; Enterprise goes through sales. */
export const selfServePlans = ["free", "basic", "pro"] as const satisfies readonly PlanId[];
export type SelfServePlan = (typeof selfServePlans)[number];

export type Plan = {
  id: PlanId;
  name: string;
  priceUsd: number | null;
  users: number | null;
  storageMb: number | null;
  /** Active n8n workflows. */
  workflows: number | null;
};

export const plans: Record<PlanId, Plan> = {
  // Free runs the basic WhatsApp bot: the one onboarding workflow provisioning imports.
  free: { id: "free", name: "Free", priceUsd: 0, users: 1, storageMb: 100, workflows: 1 },
  basic: { id: "basic", name: "Basic", priceUsd: 29, users: 3, storageMb: 1024, workflows: 10 },
  pro: { id: "pro", name: "Pro", priceUsd: 99, users: 10, storageMb: 10 * 1024, workflows: null },
  enterprise: { id: "enterprise", name: "Enterprise", priceUsd: null, users: null, storageMb: null, workflows: null },
};

/** Every product starts as a trial of this many days. */
export const TRIAL_DAYS = 14;

/** 100 MB, 1 GB, 10 GB. */
export function formatStorage(mb: number): string {
  return mb >= 1024 ? `${mb / 1024} GB` : `${mb} MB`;
}
