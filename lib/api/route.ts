import "server-only";
import type { NextRequest } from "next/server";
import { ZodError } from "zod";
import { callerKey, currentIdentity } from "@/lib/auth/current-identity";
import type { Identity } from "@/lib/auth/identity";
import { servicePathDb } from "@/lib/db/privileged";
import type { Role } from "@/lib/db/schema";
import type { TenantContext } from "@/lib/db/with-tenant";
import { ApiError, forbidden, invalidInput, notFound, unauthorized } from "@/lib/errors";
import { log } from "@/lib/log";
import { serverTimingHeader, span, spanSync, withServerTiming } from "@/lib/server-timing";
import { confirmedRole } from "@/lib/tenancy/confirmed-role";
import { roleAtLeast, type TenantSummary } from "@/lib/tenancy/memberships";
import { z } from "@/lib/validation";
import { errorResponse } from "./error-response";
import { MAX_JSON_DEPTH, nestsDeeperThan } from "./json-depth";
import { assertSameOrigin } from "./same-origin";
import { hasServiceKey } from "./service-key";
import { rateLimited } from "./service-route";
import { resolveTenantCaller, type TenantCaller } from "./tenant-caller";
import { fieldName, findUnsafeText, isUnsafeText } from "./unsafe-text";

type Schema = z.ZodType;
type Infer<S> = S extends Schema ? z.infer<S> : undefined;

type RouteConfig<P extends Schema | undefined, Q extends Schema | undefined, B extends Schema | undefined> = {
  /**
   * public: anyone; user: a signed-in identity; tenant: an active member of the tenant in the path;
   * user-or-service: a signed-in identity or the SmarterOS service key (401 otherwise);
   * optional-caller: either when present, else anonymous (the handler decides, e.g. by a token).
   */
  auth: "public" | "user" | "tenant" | "user-or-service" | "optional-caller";
  /** Minimum role for tenant routes; viewers read, staff and admins write. */
  role?: Role;
  /**
   * A tenant route whose handler calls the tenant's Chatwoot, Odoo or n8n: its proxy rate limits
   * are counted in the same round trip that resolves the caller (tenant-caller.ts).
   */
  upstream?: true;
  params?: P;
  query?: Q;
  body?: B;
};

type Base<P, Q, B> = { req: NextRequest; params: P; query: Q; body: B };
type PublicInput<P, Q, B> = Base<P, Q, B>;
type UserInput<P, Q, B> = Base<P, Q, B> & { identity: Identity };
type TenantInput<P, Q, B> = UserInput<P, Q, B> & { tenant: TenantSummary; ctx: TenantContext };
/** Exactly one of identity and service is set; for optional-caller, possibly neither. */
type CallerInput<P, Q, B> = Base<P, Q, B> & { identity?: Identity; service?: true };

type Handler<I> = (input: I) => Promise<unknown> | unknown;
type NextContext = { params: Promise<Record<string, string | string[]>> };

/**
 * The one wrapper every route handler goes through: identity → tenant (from the `tenantId` path
 * parameter) → membership → role → zod-parsed input → handler → one error shape. A handler that
 * returns a Response is passed through; anything else is sent as JSON with status 200.
 */
export function apiRoute<P extends Schema | undefined, Q extends Schema | undefined, B extends Schema | undefined>(
  config: RouteConfig<P, Q, B> & { auth: "tenant" },
  handler: Handler<TenantInput<Infer<P>, Infer<Q>, Infer<B>>>,
): (req: NextRequest, context: NextContext) => Promise<Response>;
export function apiRoute<P extends Schema | undefined, Q extends Schema | undefined, B extends Schema | undefined>(
  config: RouteConfig<P, Q, B> & { auth: "user" },
  handler: Handler<UserInput<Infer<P>, Infer<Q>, Infer<B>>>,
): (req: NextRequest, context: NextContext) => Promise<Response>;
export function apiRoute<P extends Schema | undefined, Q extends Schema | undefined, B extends Schema | undefined>(
  config: RouteConfig<P, Q, B> & { auth: "user-or-service" | "optional-caller" },
  handler: Handler<CallerInput<Infer<P>, Infer<Q>, Infer<B>>>,
): (req: NextRequest, context: NextContext) => Promise<Response>;
export function apiRoute<P extends Schema | undefined, Q extends Schema | undefined, B extends Schema | undefined>(
  config: RouteConfig<P, Q, B> & { auth: "public" },
  handler: Handler<PublicInput<Infer<P>, Infer<Q>, Infer<B>>>,
): (req: NextRequest, context: NextContext) => Promise<Response>;
export function apiRoute(
  config: RouteConfig<Schema | undefined, Schema | undefined, Schema | undefined>,
  // biome-ignore lint/suspicious/noExplicitAny: the overloads above give each caller its precise input type.
  handler: Handler<any>,
) {
  return (req: NextRequest, context: NextContext): Promise<Response> =>
    withServerTiming(async () => {
      const started = performance.now();
      const response = await handle(req, context);
      const timing = serverTimingHeader(performance.now() - started);
      if (timing) {
        try {
          response.headers.set("Server-Timing", timing);
        } catch {
          // A redirect's headers are immutable; it goes out without the breakdown.
        }
      }
      return response;
    });

  async function handle(req: NextRequest, context: NextContext): Promise<Response> {
    const started = performance.now();
    try {
      const rawParams = (await context.params) ?? {};
      // Before anything looks them up: a NUL in a path or query value would fail in Postgres.
      refuseUnsafeText(rawParams);
      for (const [key, value] of req.nextUrl.searchParams) {
        if (isUnsafeText(key) || isUnsafeText(value)) throw unsafeTextError(fieldName([key]));
      }
      let identity: Identity | null = null;
      let tenant: TenantSummary | null = null;
      let service: true | undefined;
      let counted: TenantCaller["upstream"];
      const callerMode = config.auth === "user-or-service" || config.auth === "optional-caller";
      // The service key is a header, not a cookie: no cross-site request can carry it.
      if (callerMode && hasServiceKey(req)) service = true;
      else assertSameOrigin(req);
      let params: unknown;
      let query: unknown;
      let body: unknown;
      try {
        if (config.auth === "tenant") {
          const caller = await span("caller", async () =>
            resolveTenantCaller(await servicePathDb(), await callerKey(), rawParams.tenantId, {
              countUpstreamCall: config.upstream === true,
            }),
          );
          ({ identity, tenant } = caller);
          counted = caller.upstream;
          if (!identity) throw unauthorized();
          if (!tenant) throw notFound("workspace");
          await confirmUnderRls(identity, tenant);
          if (!roleAtLeast(tenant.role, config.role ?? "viewer")) throw forbidden();
        } else if (!service && config.auth !== "public") {
          identity = await currentIdentity();
          if (!identity && config.auth !== "optional-caller") throw unauthorized();
        }
        params = config.params ? config.params.parse(rawParams) : undefined;
        query = config.query ? config.query.parse(Object.fromEntries(req.nextUrl.searchParams)) : undefined;
        body = config.body ? config.body.parse(await readJson(req)) : undefined;
        if (counted?.limited) throw rateLimited(counted.limited.retryAfter);
      } catch (error) {
        // A request refused before its handler ran never reached the upstream: give its hits back,
        // as before they were counted up front (an over-limit request keeps counting).
        if (counted && !counted.limited) await counted.refund().catch(() => {});
        throw error;
      }
      const ctx: TenantContext | undefined =
        identity && tenant
          ? {
              userId: identity.userId,
              email: identity.email,
              tenantId: tenant.id,
              role: tenant.role,
              ...(counted ? { upstreamCallCounted: true as const } : {}),
            }
          : undefined;
      const result = await span("handler", () =>
        handler({ req, params, query, body, identity: identity ?? undefined, service, tenant, ctx }),
      );
      return result instanceof Response ? result : spanSync("serialize", () => Response.json(result ?? null));
    } catch (error) {
      return toErrorResponse(error, req);
    } finally {
      log.debug("api", { method: req.method, path: req.nextUrl.pathname, ms: Math.round(performance.now() - started) });
    }
  }
}

/**
 * Tenancy twice: the membership app.tenant_caller matched explicitly must also be what RLS lets the
 * caller read. A role changed a moment ago may still be cached as it was, so a disagreement is read
 * again before it counts; one that stays is refused as "no such workspace", and logged.
 */
async function confirmUnderRls(identity: Identity, tenant: TenantSummary) {
  const role = await span("membership", () => confirmedRole(identity, tenant.id));
  if (role === tenant.role) return;
  if ((await confirmedRole(identity, tenant.id, { fresh: true })) === tenant.role) return;
  log.error("membership checks disagree", { tenantId: tenant.id, userId: identity.userId });
  throw notFound("workspace");
}

async function readJson(req: NextRequest): Promise<unknown> {
  const text = await req.text();
  if (!text) return {};
  // A cross-site form can post text/plain without a CORS preflight; only JSON is read as JSON.
  if (!isJsonType(req.headers.get("content-type"))) {
    throw new ApiError("unsupported_media_type", "body_not_json");
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new ApiError("bad_request", "body_invalid_json");
  }
  if (nestsDeeperThan(body, MAX_JSON_DEPTH)) {
    throw new ApiError("bad_request", "body_too_deep");
  }
  refuseUnsafeText(body);
  return body;
}

/** `application/json`, or a `+json` type such as `application/merge-patch+json`; parameters ignored. */
function isJsonType(header: string | null): boolean {
  const type = (header ?? "").split(";")[0].trim().toLowerCase();
  return type === "application/json" || /^application\/[a-z0-9.!#$&^_-]+\+json$/.test(type);
}

/** NUL and lone surrogates anywhere in what a person sent: a 400 naming the field (see unsafe-text.ts). */
function refuseUnsafeText(value: unknown) {
  const field = findUnsafeText(value);
  if (field !== null) throw unsafeTextError(field);
}

const unsafeTextError = (field: string) =>
  new ApiError("validation_error", "invalid_input", {
    fields: { [field]: ["unsafe_text"] },
    details: { formErrors: [] },
  });

function toErrorResponse(error: unknown, req: NextRequest): Response {
  if (error instanceof ApiError) return errorResponse(error);
  if (error instanceof ZodError) {
    return errorResponse(invalidInput(z.flattenError(error)));
  }
  log.error("unhandled api error", {
    method: req.method,
    path: req.nextUrl.pathname,
    error: error instanceof Error ? error.message : String(error),
  });
  return errorResponse(new ApiError("internal_error", "unexpected"));
}
