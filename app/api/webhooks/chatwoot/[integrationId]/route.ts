// POST /api/webhooks/chatwoot/{integrationId} – public: Chatwoot's signed events
import { apiRoute } from "@/lib/api/route";
import { ApiError } from "@/lib/errors";
import { ingestChatwootWebhook, MAX_WEBHOOK_BYTES } from "@/lib/events/ingest-chatwoot-webhook";
import { z } from "@/lib/validation";

export const dynamic = "force-dynamic";

const tooLarge = () => new ApiError("bad_request", "webhook_too_large");

export const POST = apiRoute(
  { auth: "public", params: z.object({ integrationId: z.string().max(64) }) },
  async ({ req, params }) => {
    if (Number(req.headers.get("content-length") ?? 0) > MAX_WEBHOOK_BYTES) throw tooLarge();
    // The raw text, not parsed JSON: the signature covers these exact bytes.
    const rawBody = await req.text();
    if (Buffer.byteLength(rawBody, "utf8") > MAX_WEBHOOK_BYTES) throw tooLarge();
    const result = await ingestChatwootWebhook({
      integrationId: params.integrationId,
      rawBody,
      proof: {
        signature: req.headers.get("x-chatwoot-signature"),
        timestamp: req.headers.get("x-chatwoot-timestamp"),
        token: req.nextUrl.searchParams.get("token"),
      },
    });
    // A duplicate is a success for Chatwoot too: the event is already stored. X-Chatwoot-Delivery is
    // not read: the signature does not cover it, so it cannot tell a replay from a new event.
    return { received: true, duplicate: result.duplicate };
  },
);
