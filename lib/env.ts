import { z } from "zod";

// Every variable the Hub reads, validated once. Grouped by concern so each part's needs are obvious.
const booleanFlag = z
  .enum(["0", "1", "true", "false"])
  .optional()
  .transform((v) => v === "1" || v === "true");

const databaseSchema = z.object({
  DATABASE_URL: z.url().optional(),
  DATABASE_DIRECT_URL: z.url().optional(),
  DATA_DIR: z.string().default("./.data"),
});

const appSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().positive().default(3000),
  APP_URL: z.url().optional(),
  APP_ENCRYPTION_KEY: z.string().min(32).optional(),
  // Comma-separated keys that still decrypt values sealed before a rotation.
  APP_ENCRYPTION_KEY_PREVIOUS: z.string().optional(),
  SMARTEROS_SERVICE_KEY: z.string().min(24).optional(),
  ALLOW_PRIVATE_UPSTREAMS: booleanFlag,
  // Secure cookies need https; local production builds (tests, on-premise behind plain http) opt out.
  INSECURE_COOKIES: booleanFlag,
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error", "silent"]).default("info"),
  // How many proxies in front append to X-Forwarded-For (a load balancer: 1; a CDN before it: 2).
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  // Accounts one address may create per hour (an office behind one NAT may need more; the e2e suite does).
  SIGN_UPS_PER_ADDRESS_PER_HOUR: z.coerce.number().int().min(1).default(10),
});

const clerkSchema = z.object({
  NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY: z.string().startsWith("pk_").optional(),
  CLERK_SECRET_KEY: z.string().startsWith("sk_").optional(),
});

const sandboxSchema = z.object({
  SANDBOX_PORT: z.coerce.number().int().positive().default(4100),
});

// The SmarterOS services new tenants are connected to while they are provisioned. Unset in
// production → "connect later"; in development and tests → the sandbox (see SMARTEROS_USE_SANDBOX).
const smarterosServicesSchema = z.object({
  SMARTEROS_CHATWOOT_URL: z.url().optional(),
  SMARTEROS_CHATWOOT_ACCOUNT_ID: z.coerce.number().int().positive().optional(),
  SMARTEROS_CHATWOOT_TOKEN: z.string().optional(),
  SMARTEROS_ODOO_URL: z.url().optional(),
  SMARTEROS_ODOO_DATABASE: z.string().optional(),
  SMARTEROS_ODOO_LOGIN: z.string().optional(),
  SMARTEROS_ODOO_API_KEY: z.string().optional(),
  SMARTEROS_N8N_URL: z.url().optional(),
  SMARTEROS_N8N_API_KEY: z.string().optional(),
  // 1: unconfigured services are the sandbox on SANDBOX_PORT; 0: never. Unset: on wherever
  // ALLOW_PRIVATE_UPSTREAMS is (development and tests), off otherwise.
  SMARTEROS_USE_SANDBOX: z.enum(["0", "1", "true", "false"]).optional(),
  // Where the outbox sender POSTs confirmation and welcome messages (e.g. a SmarterOS n8n workflow that
  // sends the email and the WhatsApp). Unset: development logs each message with its link.
  OUTBOX_WEBHOOK_URL: z.url().optional(),
  // 0 stops this instance from running the outbox sender, the provisioning resumer and the 24 h sweep.
  BACKGROUND_JOBS: z.enum(["0", "1", "true", "false"]).optional(),
});

const envSchema = z.object({
  ...databaseSchema.shape,
  ...appSchema.shape,
  ...clerkSchema.shape,
  ...sandboxSchema.shape,
  ...smarterosServicesSchema.shape,
});

export type Env = z.infer<typeof envSchema>;

export function parseEnv(source: Record<string, string | undefined>): Env {
  // Empty strings in .env files mean "unset", not "invalid".
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ""));
  const result = envSchema.safeParse(cleaned);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  const env = result.data;
  if (Boolean(env.NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY) !== Boolean(env.CLERK_SECRET_KEY)) {
    throw new Error("Invalid environment: set both Clerk keys or neither.");
  }
  return env;
}

export const env: Env = parseEnv(process.env);

export const clerkEnabled = Boolean(env.CLERK_SECRET_KEY);
export const isProduction = env.NODE_ENV === "production";
