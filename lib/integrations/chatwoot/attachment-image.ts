import "server-only";
import { type ReadableStream, TransformStream } from "node:stream/web";
import { type Dispatcher, fetch } from "undici";
import { ApiError } from "@/lib/errors";
import { discardBody } from "../http/body";
import { type Deadline, startDeadline } from "../http/deadline";
import { errorFromThrown } from "../http/network";
import { upstreamAgent } from "../http/upstream-agent";
import { codeForStatus, UpstreamError } from "../upstream-error";

// Customers' pictures, served through the Hub so the page's CSP can keep img-src to 'self': the page
// never asks a storage host for a pixel, and the Hub asks only through its checked upstream pool.
// SVG is refused: opened on its own at this URL it would be a document of the Hub's origin, scripts
// and all. Raster formats only, as WhatsApp sends them.
const IMAGE_TYPES = new Set(["image/jpeg", "image/png", "image/gif", "image/webp", "image/avif", "image/bmp"]);
const MAX_BYTES = 10 * 1024 * 1024;
const MAX_REDIRECTS = 3;
const TIMEOUT_MS = 15_000;

export type AttachmentImage = { body: ReadableStream<Uint8Array>; contentType: string; contentLength?: number };

/**
 * The image at `url`, which must be on the tenant's Chatwoot (its attachments live under its own
 * origin; ActiveStorage may then redirect to the storage service, with a signed URL and no
 * credentials, so any http(s) hop is followed and each connection is address-checked by the pool).
 */
export async function fetchAttachmentImage(
  chatwootBaseUrl: string,
  url: string,
  opts: { dispatcher?: Dispatcher } = {},
): Promise<AttachmentImage> {
  const target = parseHttpUrl(url);
  if (!target || target.origin !== new URL(chatwootBaseUrl).origin) {
    throw new ApiError("validation_error", "image_not_from_account", {
      fields: { url: ["image_url_foreign"] },
      details: { formErrors: [] },
    });
  }
  // Released when the body has been passed on, or as soon as this fails.
  const deadline = startDeadline(TIMEOUT_MS);
  try {
    return await fetchImage(target, deadline, opts.dispatcher ?? upstreamAgent());
  } catch (error) {
    deadline.release();
    throw error;
  }
}

async function fetchImage(first: URL, deadline: Deadline, dispatcher: Dispatcher): Promise<AttachmentImage> {
  const { signal } = deadline;
  let target = first;
  for (let hop = 0; ; hop++) {
    let res: Awaited<ReturnType<typeof fetch>>;
    try {
      // identity: undici would decompress a gzip body but keep the compressed Content-Length.
      res = await fetch(target, {
        headers: { accept: "image/*", "accept-encoding": "identity" },
        redirect: "manual",
        signal,
        dispatcher,
      });
    } catch (error) {
      throw errorFromThrown("chatwoot", error);
    }
    if (res.status >= 300 && res.status < 400) {
      await discardBody(res);
      const next = parseHttpUrl(res.headers.get("location") ?? "", target);
      if (!next || hop >= MAX_REDIRECTS) {
        throw new UpstreamError("upstream_bad_response", "chatwoot", {
          upstreamStatus: res.status,
          upstreamMessage: next ? "too many redirects" : "redirect without a usable location",
        });
      }
      target = next;
      continue;
    }
    if (!res.ok || !res.body) {
      await discardBody(res);
      throw new UpstreamError(codeForStatus(res.status), "chatwoot", { upstreamStatus: res.status });
    }
    const contentType = (res.headers.get("content-type") ?? "").split(";")[0].trim().toLowerCase();
    // A length is passed on only for a body that arrives as it was sent (no content-encoding).
    const declared = res.headers.get("content-encoding")
      ? Number.NaN
      : Number(res.headers.get("content-length") ?? Number.NaN);
    if (!IMAGE_TYPES.has(contentType) || declared > MAX_BYTES) {
      await res.body.cancel().catch(() => undefined);
      throw new UpstreamError("upstream_bad_response", "chatwoot", {
        upstreamMessage: IMAGE_TYPES.has(contentType)
          ? "image too large"
          : `not a picture (${contentType || "no type"})`,
      });
    }
    return {
      body: res.body.pipeThrough(capped(MAX_BYTES, deadline.release)),
      contentType,
      contentLength: Number.isFinite(declared) ? declared : undefined,
    };
  }
}

function parseHttpUrl(value: string, base?: URL): URL | null {
  try {
    const url = new URL(value, base);
    // Credentials in the address are refused: `origin` ignores them, the HTTP client does not.
    if (url.username || url.password) return null;
    return url.protocol === "https:" || url.protocol === "http:" ? url : null;
  } catch {
    return null;
  }
}

/**
 * Passes bytes through until `max`, then fails the stream (a body longer than it said, or endless).
 * `done` runs when the stream ends, however it ends.
 */
function capped(max: number, done: () => void) {
  let total = 0;
  // `cancel` (the reader walked away, or the upstream failed mid-body: pipeThrough cancels the
  // transform) is in the Streams standard and in Node 20, not yet in the DOM types this project uses.
  const transformer: Transformer<Uint8Array, Uint8Array> & { cancel: () => void } = {
    transform(chunk, controller) {
      total += chunk.byteLength;
      if (total > max) {
        done();
        controller.error(new Error("image larger than the limit"));
      } else controller.enqueue(chunk);
    },
    flush: done,
    cancel: done,
  };
  return new TransformStream<Uint8Array, Uint8Array>(transformer);
}
