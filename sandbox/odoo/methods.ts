import { recordSent, type SandboxState } from "../state";
import type { ModelCtx } from "./domain";
import { OdooError, typeError, valueError } from "./errors";
import { formattedReadGroup, readGroup } from "./group";
import { FORBIDDEN_MODELS, MODELS } from "./models";
import type { OdooRecord } from "./odoo-records";
import { browse, fieldsGet, modelFields, readRecords, records, search, writeValues } from "./records";

/** Parameter names per method, in Python order; `ids` marks methods called on a recordset. */
const SIGNATURES: Record<string, { params: string[]; ids?: boolean; since?: number }> = {
  search_read: { params: ["domain", "fields", "offset", "limit", "order"] },
  search: { params: ["domain", "offset", "limit", "order"] },
  search_count: { params: ["domain", "limit"] },
  read: { params: ["fields", "load"], ids: true },
  fields_get: { params: ["allfields", "attributes"] },
  read_group: { params: ["domain", "fields", "groupby", "offset", "limit", "orderby", "lazy"] },
  formatted_read_group: {
    params: ["domain", "groupby", "aggregates", "having", "offset", "limit", "order"],
    since: 19,
  },
  create: { params: ["vals_list"] },
  write: { params: ["vals"], ids: true },
};

export interface Call {
  model: string;
  method: string;
  ids?: unknown;
  /** Positional arguments (JSON-RPC `execute_kw` args); JSON-2 has none. */
  args: unknown[];
  kwargs: Record<string, unknown>;
  context: Record<string, unknown>;
}

function bind(call: Call, params: string[], hasIds: boolean): { ids: unknown; named: Record<string, unknown> } {
  const positional = [...call.args];
  let ids = call.ids;
  if (hasIds && ids === undefined) ids = positional.shift();
  if (positional.length > params.length)
    throw typeError(
      `${call.method}() takes ${params.length + 1} positional arguments but ${positional.length + 1} were given`,
    );
  const named: Record<string, unknown> = {};
  positional.forEach((v, i) => {
    named[params[i]] = v;
  });
  for (const [k, v] of Object.entries(call.kwargs)) {
    if (!params.includes(k)) throw typeError(`${call.method}() got an unexpected keyword argument '${k}'`);
    if (k in named) throw typeError(`${call.method}() got multiple values for argument '${k}'`);
    named[k] = v;
  }
  return { ids, named };
}

export function execute(state: SandboxState, call: Call): unknown {
  const version = state.config.odooVersion;
  const forbidden = FORBIDDEN_MODELS[call.model];
  if (forbidden) {
    throw new OdooError(
      "odoo.exceptions.AccessError",
      `You are not allowed to access '${forbidden}' (${call.model}) records.\n\nThis operation is allowed for the following groups:\n\t- Administration/Settings\n\nContact your administrator to request access if necessary.`,
    );
  }
  if (!MODELS[call.model]) throw new OdooError("builtins.KeyError", `'${call.model}'`);
  const sig = SIGNATURES[call.method];
  if (!sig || (sig.since !== undefined && version < sig.since)) {
    throw new OdooError(
      "builtins.AttributeError",
      `The method '${call.method}' does not exist on the model '${call.model}'`,
    );
  }
  const mc: ModelCtx = { model: call.model, version, data: state.world.odoo };
  const { ids, named } = bind(call, sig.params, sig.ids === true);
  const tz = typeof call.context.tz === "string" && call.context.tz !== "" ? call.context.tz : "UTC";
  switch (call.method) {
    case "search_read":
      return readRecords(mc, search(mc, named), named.fields);
    case "search":
      return search(mc, named).map((r) => r.id);
    case "search_count":
      return search(mc, { domain: named.domain, limit: named.limit }).length;
    case "read":
      return readRecords(mc, browse(mc, ids), named.fields);
    case "fields_get":
      return fieldsGet(mc, named);
    case "read_group":
      return readGroup(mc, named, safeTz(tz));
    case "formatted_read_group":
      return formattedReadGroup(mc, named, safeTz(tz));
    case "create": {
      modelFields(mc);
      const list = Array.isArray(named.vals_list) ? named.vals_list : [named.vals_list];
      const all = records(mc);
      const created = list.map((vals) => {
        const rec: OdooRecord = { id: all.reduce((m, r) => Math.max(m, r.id), 0) + 1 };
        writeValues(mc, rec, vals);
        all.push(rec);
        return rec.id;
      });
      state.world.odoo.records[call.model] = all;
      recordSent(state, {
        service: "odoo",
        kind: "create",
        method: "POST",
        path: `${call.model}.create`,
        body: named.vals_list,
        result: created,
      });
      return Array.isArray(named.vals_list) ? created : created[0];
    }
    case "write": {
      const recs = browse(mc, ids);
      for (const r of recs) writeValues(mc, r, named.vals);
      recordSent(state, {
        service: "odoo",
        kind: "write",
        method: "POST",
        path: `${call.model}.write`,
        body: { ids, vals: named.vals },
      });
      return true;
    }
    default:
      throw valueError(`Unsupported method ${call.method}`);
  }
}

function safeTz(tz: string): string {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: tz });
    return tz;
  } catch {
    throw valueError(`Invalid timezone ${JSON.stringify(tz)}`);
  }
}
