// The provisioning steps in order. Client-safe: the progress page labels them from this list.
export const provisioningSteps = ["workspace", "subdomain", "chat", "erp", "automation", "welcome"] as const;
export type ProvisioningStepName = (typeof provisioningSteps)[number];
export type StepStatus = "pending" | "running" | "done" | "failed";

/** Every tenant's subdomain lives under this zone. */
export const TENANT_DOMAIN_ZONE = "smarterbot.store";
export const tenantSubdomain = (slug: string) => `${slug}.${TENANT_DOMAIN_ZONE}`;
