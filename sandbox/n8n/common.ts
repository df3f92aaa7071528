import { type Ctx, type Handler, intParam, json, type Reply } from "../http";
import type { N8nExecution, N8nTag, N8nWorkflow } from "./n8n-records";

export const N8N_API_KEY = "sandbox-n8n-key";
const MAX_LIMIT = 250;
const DEFAULT_LIMIT = 100;

export const notFound = (): Reply => json(404, { message: "Not Found" });

export function apiKey(handler: Handler): Handler {
  return (ctx) => {
    const key = ctx.headers["x-n8n-api-key"];
    if (!key) return json(401, { message: "'X-N8N-API-KEY' header required" });
    if (key !== N8N_API_KEY) return json(401, { message: "unauthorized" });
    return handler(ctx);
  };
}

/**
 * Cursor paging as n8n does it: an opaque base64 JSON `{lastId, limit}`; the limit inside the cursor
 * wins so a client only has to pass the cursor back.
 */
export function paginate<T>(
  ctx: Ctx,
  items: T[],
  idOf: (t: T) => string,
): Reply | { page: T[]; nextCursor: string | null } {
  let limit = intParam(ctx.query.get("limit")) ?? DEFAULT_LIMIT;
  if (limit < 1) return json(400, { message: "request/query/limit must be >= 1" });
  if (limit > MAX_LIMIT) return json(400, { message: `request/query/limit must be <= ${MAX_LIMIT}` });
  let start = 0;
  const cursor = ctx.query.get("cursor");
  if (cursor) {
    try {
      const parsed = JSON.parse(Buffer.from(cursor, "base64").toString("utf8")) as {
        lastId?: unknown;
        limit?: unknown;
      };
      if (typeof parsed.lastId !== "string") throw new Error("no lastId");
      if (typeof parsed.limit === "number") limit = Math.min(MAX_LIMIT, parsed.limit);
      const i = items.findIndex((t) => idOf(t) === parsed.lastId);
      start = i < 0 ? items.length : i + 1;
    } catch {
      return json(400, { message: "An invalid cursor was provided" });
    }
  }
  const page = items.slice(start, start + limit);
  const more = start + limit < items.length && page.length > 0;
  const nextCursor = more
    ? Buffer.from(JSON.stringify({ lastId: idOf(page[page.length - 1]), limit })).toString("base64")
    : null;
  return { page, nextCursor };
}

export function tagJson(t: N8nTag): Record<string, unknown> {
  return { id: t.id, name: t.name, createdAt: t.createdAt, updatedAt: t.updatedAt };
}

/** Real n8n adds fields its own schema forbids (NOTES.md "Where real n8n differs"): keep a few of them. */
export function workflowJson(w: N8nWorkflow, tags: N8nTag[]): Record<string, unknown> {
  return {
    id: w.id,
    name: w.name,
    active: w.active,
    isArchived: false,
    createdAt: w.createdAt,
    updatedAt: w.updatedAt,
    nodes: w.nodes,
    connections: w.connections,
    settings: w.settings,
    staticData: null,
    tags: w.tagIds.flatMap((id) => {
      const t = tags.find((x) => x.id === id);
      return t ? [tagJson(t)] : [];
    }),
    versionId: w.versionId,
    triggerCount: w.active ? 1 : 0,
    description: null,
  };
}

/** Ids as strings, as a running n8n sends them (NOTES.md), and no duration field. */
export function executionJson(e: N8nExecution, includeData: boolean): Record<string, unknown> {
  return {
    id: String(e.id),
    finished: e.status === "success",
    mode: e.mode,
    retryOf: e.retryOf === null ? null : String(e.retryOf),
    retrySuccessId: e.retrySuccessId === null ? null : String(e.retrySuccessId),
    status: e.status,
    startedAt: e.startedAt,
    stoppedAt: e.stoppedAt,
    workflowId: e.workflowId,
    waitTill: null,
    customData: {},
    ...(includeData ? { data: e.data } : {}),
  };
}
