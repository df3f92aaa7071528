// Server-Sent Events framing (https://html.spec.whatwg.org/multipage/server-sent-events.html).
// Field values never contain newlines here: ids are integers, names fixed, data one line of JSON.
import type { LiveEvent } from "./live-event";

const encoder = new TextEncoder();

export const sseComment = (text: string) => encoder.encode(`: ${text}\n\n`);

/** How long a browser's EventSource waits before reconnecting on its own. */
export const sseRetry = (ms: number) => encoder.encode(`retry: ${ms}\n\n`);

export function sseEvent(event: LiveEvent): Uint8Array {
  return encoder.encode(`id: ${event.id}\nevent: ${event.kind}\ndata: ${JSON.stringify(event)}\n\n`);
}

/** A control frame without an id, so the client's Last-Event-ID stays where it was. */
export function sseControl(name: "ready" | "reset", data: Record<string, unknown>): Uint8Array {
  return encoder.encode(`event: ${name}\ndata: ${JSON.stringify(data)}\n\n`);
}

export const sseHeaders = {
  "Content-Type": "text/event-stream; charset=utf-8",
  // no-transform keeps compression middleware from buffering the stream.
  "Cache-Control": "no-cache, no-transform",
  // nginx and similar proxies buffer responses unless told not to.
  "X-Accel-Buffering": "no",
} as const;
