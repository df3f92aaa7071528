// GET /api/chatwoot/{tenantId}/attachment-image?url= – a customer's picture from the tenant's Chatwoot, served by the Hub (viewer)
import { apiRoute } from "@/lib/api/route";
import { proxyConnection } from "@/lib/api/service-route";
import { fetchAttachmentImage } from "@/lib/integrations/chatwoot/attachment-image";
import { z } from "@/lib/validation";

const query = z.object({ url: z.string().max(4096) }).strict();

export const GET = apiRoute({ auth: "tenant", upstream: true, query }, async ({ ctx, query }) => {
  const connection = await proxyConnection(ctx, "chatwoot");
  const image = await fetchAttachmentImage(connection.baseUrl, query.url);
  const headers = new Headers({
    "Content-Type": image.contentType,
    // The member's own copy for a few minutes: scrolling back up the thread asks nothing again.
    "Cache-Control": "private, max-age=300",
    "Content-Security-Policy": "default-src 'none'; sandbox",
    "X-Content-Type-Options": "nosniff",
  });
  if (image.contentLength !== undefined) headers.set("Content-Length", String(image.contentLength));
  return new Response(image.body as unknown as ReadableStream, { headers });
});
