// GET /api/events?tenant={tenantId} – the tenant's live events as Server-Sent Events (Last-Event-ID resume)
import { apiRoute } from "@/lib/api/route";
import { withTenant } from "@/lib/db/with-tenant";
import { ApiError, notFound } from "@/lib/errors";
import { SubscriberLimitError } from "@/lib/events/event-hub";
import { getEventHub } from "@/lib/events/event-hub-instance";
import { openEventStream } from "@/lib/events/event-stream";
import { sseHeaders } from "@/lib/events/sse-format";
import { log } from "@/lib/log";
import { findMembership } from "@/lib/tenancy/memberships";
import { issue, z } from "@/lib/validation";

export const dynamic = "force-dynamic";

const eventId = z.string().regex(/^\d{1,15}$/, issue("event_id_invalid"));

export const GET = apiRoute(
  { auth: "user", query: z.object({ tenant: z.string().max(64), lastEventId: eventId.optional() }) },
  async ({ req, query, identity }) => {
    const tenant = await findMembership(identity, { id: query.tenant });
    if (!tenant) throw notFound("workspace");

    // A browser's EventSource resends the last id it saw in this header when it reconnects by itself.
    const resumeFrom = req.headers.get("last-event-id")?.trim() || query.lastEventId;
    const lastEventId = resumeFrom === undefined ? null : Number(eventId.parse(resumeFrom));

    const ctx = { userId: identity.userId, email: identity.email, tenantId: tenant.id, role: tenant.role };
    let stream: ReadableStream<Uint8Array>;
    try {
      stream = await openEventStream({
        hub: await getEventHub(),
        tenantId: tenant.id,
        run: (fn) => withTenant(ctx, fn),
        lastEventId,
        signal: req.signal,
      });
    } catch (error) {
      if (error instanceof SubscriberLimitError) {
        log.warn("live stream refused: too many open", { scope: error.scope, tenantId: tenant.id });
        // The tenant's own tabs are over its share (429); the whole instance is full (503).
        throw new ApiError(error.scope === "tenant" ? "rate_limited" : "unavailable", "live_too_many_tabs", {
          headers: { "Retry-After": "30" },
        });
      }
      log.error("event listener unavailable", { error: error instanceof Error ? error.message : String(error) });
      // The client hook polls meanwhile.
      throw new ApiError("unavailable", "live_unavailable", { headers: { "Retry-After": "10" } });
    }
    return new Response(stream, { headers: sseHeaders });
  },
);
