import type { ReadableStream } from "node:stream/web";

/** What these helpers read of a fetch Response (undici's, whose body is a node:stream/web stream). */
export interface BodyResponse {
  headers: { get(name: string): string | null };
  body: ReadableStream<Uint8Array> | null;
}

/** Reads a response body as text, refusing to buffer more than `maxBytes` (a hostile or broken upstream). */
export class BodyTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`response body exceeds ${limit} bytes`);
  }
}

export async function readCappedText(res: BodyResponse, maxBytes: number): Promise<string> {
  const declared = Number(res.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await res.body?.cancel().catch(() => undefined);
    throw new BodyTooLargeError(maxBytes);
  }
  if (!res.body) return "";
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      // Stop the download now rather than after the whole oversized body arrived.
      await reader.cancel().catch(() => undefined);
      throw new BodyTooLargeError(maxBytes);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

const DRAIN_BYTES = 64 * 1024;

/**
 * Drops a body we will not use (a redirect's). A short one is read to its end so the keep-alive
 * socket goes back to the pool; cancelling a body mid-way closes the socket. A longer one is cancelled.
 */
export async function discardBody(res: BodyResponse): Promise<void> {
  await readCappedText(res, DRAIN_BYTES).catch(() => undefined);
}
