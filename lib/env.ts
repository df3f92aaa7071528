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
});

const clerkSchema = z.object({
  NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY: z.string().startsWith("pk_").optional(),
  CLERK_SECRET_KEY: z.string().startsWith("sk_").optional(),
});

const sandboxSchema = z.object({
  SANDBOX_PORT: z.coerce.number().int().positive().default(4100),
});

const envSchema = z.object({
  ...databaseSchema.shape,
  ...appSchema.shape,
  ...clerkSchema.shape,
  ...sandboxSchema.shape,
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
