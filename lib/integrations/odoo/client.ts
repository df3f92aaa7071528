import type { z } from "@/lib/validation";
import { normalizeBaseUrl } from "../base-url";
import type { ClientOptions } from "../http/client-options";
import { upstreamRequest } from "../http/request";
import { UpstreamError } from "../upstream-error";
import { commonVersion, odooCount, odooFields, odooGroupRows, odooRecords, webVersion } from "./odoo-payloads";
import { ODOO_READ_METHODS, odooRoutes } from "./routes";
import { type GroupRow, normalizeGroupRows } from "./transform";
import { type Call, json2, jsonRpc, type OdooConnection, uidSchema } from "./transport";

export type { OdooConnection } from "./transport";
export type OdooTransport = "jsonrpc" | "json2";
export type Domain = unknown[];

export interface OdooVersion {
  serverVersion: string;
  major: number;
}

/** Grouping by day honours `tz` (NOTES.md): the Hub's tenants are in Chile. */
export const DEFAULT_CONTEXT = { tz: "America/Santiago", lang: "es_CL" };

function majorOf(info: (string | number)[], fallback: string | null | undefined): number {
  const first = Number(info[0]);
  // SaaS builds report "saas~18.2" in the string form; version_info[0] stays numeric.
  return Number.isFinite(first) ? first : Number(/(\d+)/.exec(fallback ?? "")?.[1] ?? Number.NaN);
}

/**
 * Odoo's external API for one database. The transport follows the version: JSON-RPC on 17/18,
 * JSON-2 on 19+ (where some builds refuse `object` calls over JSON-RPC).
 */
export function createOdooClient(
  conn: OdooConnection,
  opts: ClientOptions & { context?: Record<string, unknown> } = {},
) {
  const base = normalizeBaseUrl(conn.baseUrl);
  const context = opts.context ?? DEFAULT_CONTEXT;
  let version: Promise<OdooVersion> | undefined;
  let uid: Promise<number> | undefined;

  async function fetchVersion(): Promise<OdooVersion> {
    try {
      const v = await upstreamRequest({
        service: "odoo",
        operation: "web.version",
        tenantId: opts.tenantId,
        url: `${base}${odooRoutes.version.path}`,
        method: odooRoutes.version.method,
        schema: webVersion,
        timeoutMs: opts.timeoutMs,
        retries: opts.retries,
        backoff: opts.backoff,
      });
      return {
        serverVersion: v.version ?? String(v.version_info.join(".")),
        major: majorOf(v.version_info, v.version),
      };
    } catch (e) {
      // Some proxies hide /web/version; common.version answers the same over JSON-RPC.
      if (!(e instanceof UpstreamError) || !["upstream_not_found", "upstream_bad_response"].includes(e.code)) throw e;
      const v = await jsonRpc(
        base,
        conn,
        opts,
        { service: "common", method: "version", args: [], operation: "common.version", idempotent: true },
        commonVersion,
      );
      return { serverVersion: v.server_version, major: majorOf(v.server_version_info, v.server_version) };
    }
  }

  function detectVersion(): Promise<OdooVersion> {
    version ??= fetchVersion().catch((e) => {
      version = undefined; // a failed detection must not stick
      throw e;
    });
    return version;
  }

  async function transport(): Promise<OdooTransport> {
    return (await detectVersion()).major >= 19 ? "json2" : "jsonrpc";
  }

  /** `common.authenticate` → uid; false means a wrong login or key (Odoo does not say which). */
  async function authenticate(): Promise<number> {
    const result = await jsonRpc(
      base,
      conn,
      opts,
      {
        service: "common",
        method: "authenticate",
        args: [conn.database, conn.login, conn.apiKey, {}],
        operation: "common.authenticate",
        idempotent: true,
      },
      uidSchema,
    );
    if (result === false) {
      throw new UpstreamError("upstream_unauthorized", "odoo", { reason: "odoo_bad_credentials" });
    }
    return result;
  }

  function cachedUid(): Promise<number> {
    uid ??= authenticate().catch((e) => {
      uid = undefined;
      throw e;
    });
    return uid;
  }

  async function execute<T>(call: Call, schema: z.ZodType<T>): Promise<T> {
    const withContext = { ...call, context: { ...context, ...call.context } };
    if ((await transport()) === "json2") return json2(base, conn, opts, withContext, schema);
    const args = [
      conn.database,
      await cachedUid(),
      conn.apiKey,
      call.model,
      call.method,
      call.ids ? [call.ids] : [],
      { ...call.kwargs, context: withContext.context },
    ];
    return jsonRpc(
      base,
      conn,
      opts,
      {
        service: "object",
        method: "execute_kw",
        args,
        operation: `${call.model}.${call.method}`,
        idempotent: ODOO_READ_METHODS.has(call.method),
      },
      schema,
    );
  }

  return {
    detectVersion,
    transport,
    authenticate,
    /** Escape hatch for methods not wrapped below; writes through here are never retried. */
    execute,

    searchRead(
      model: string,
      domain: Domain,
      q: { fields: string[]; limit?: number; offset?: number; order?: string },
    ) {
      return execute({ model, method: "search_read", kwargs: { domain, ...q } }, odooRecords);
    },

    searchCount(model: string, domain: Domain) {
      return execute({ model, method: "search_count", kwargs: { domain } }, odooCount);
    },

    read(model: string, ids: number[], fields: string[]) {
      return execute({ model, method: "read", ids, kwargs: { fields } }, odooRecords);
    },

    fieldsGet(model: string, attributes: string[] = ["type", "string", "relation"]) {
      return execute({ model, method: "fields_get", kwargs: { attributes } }, odooFields);
    },

    /**
     * Aggregates, e.g. groupby ["date_order:day"], aggregates ["amount_total:sum"]. 19+ uses
     * formatted_read_group, 17/18 read_group; rows come back in one shape either way.
     */
    async readGroup(
      model: string,
      domain: Domain,
      q: { groupby: string[]; aggregates: string[]; limit?: number; offset?: number; order?: string },
    ): Promise<GroupRow[]> {
      const page = {
        ...(q.limit !== undefined ? { limit: q.limit } : {}),
        ...(q.offset !== undefined ? { offset: q.offset } : {}),
      };
      if ((await transport()) === "json2") {
        const kwargs = {
          domain,
          groupby: q.groupby,
          aggregates: [...q.aggregates, "__count"],
          ...page,
          ...(q.order ? { order: q.order } : {}),
        };
        const rows = await execute({ model, method: "formatted_read_group", kwargs }, odooGroupRows);
        return normalizeGroupRows(rows, {
          groupby: q.groupby,
          aggregates: q.aggregates,
          style: "formatted",
          tz: String(context.tz ?? "UTC"),
        });
      }
      const kwargs = {
        domain,
        fields: q.aggregates,
        groupby: q.groupby,
        lazy: false,
        ...page,
        ...(q.order ? { orderby: q.order } : {}),
      };
      const rows = await execute({ model, method: "read_group", kwargs }, odooGroupRows);
      return normalizeGroupRows(rows, {
        groupby: q.groupby,
        aggregates: q.aggregates,
        style: "read_group",
        tz: String(context.tz ?? "UTC"),
      });
    },
  };
}

export type OdooClient = ReturnType<typeof createOdooClient>;
