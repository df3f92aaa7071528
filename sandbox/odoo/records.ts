import { compileDomain, displayName, type ModelCtx, stored } from "./domain";
import { OdooError, valueError } from "./errors";
import { type FieldDef, fieldsFor, MODELS, selectionFor } from "./models";
import type { OdooRecord, OdooValue } from "./odoo-records";

const NUMERIC = new Set(["integer", "float", "monetary"]);

export function modelFields(mc: ModelCtx): Record<string, FieldDef> {
  const f = fieldsFor(mc.model, mc.version);
  if (!f) throw new OdooError("builtins.KeyError", `'${mc.model}'`);
  return f;
}

export function records(mc: ModelCtx): OdooRecord[] {
  return mc.data.records[mc.model] ?? [];
}

/** A stored value as Odoo serialises it: many2one `[id, name]`, unset scalars `false`. */
export function fieldValue(mc: ModelCtx, r: OdooRecord, name: string, def: FieldDef): unknown {
  if (name === "display_name" || name === "complete_name") return r[MODELS[mc.model].recName] ?? false;
  const v = stored(r, name, def);
  switch (def.type) {
    case "many2one":
      return typeof v === "number" && def.relation ? [v, displayName(mc.data, def.relation, v)] : false;
    case "one2many":
    case "many2many":
      return Array.isArray(v) ? v : [];
    case "boolean":
      return Boolean(v);
    case "integer":
    case "float":
    case "monetary":
      return typeof v === "number" ? v : 0;
    case "selection":
      // 17 has no `blocked` payment state (NOTES.md): such invoices read as not paid there.
      if (name === "payment_state" && v === "blocked" && mc.version < 18) return "not_paid";
      return v ?? false;
    default:
      return v ?? false;
  }
}

export function readRecords(mc: ModelCtx, recs: OdooRecord[], fields: unknown): Record<string, unknown>[] {
  const all = modelFields(mc);
  let names: string[];
  if (fields === undefined || fields === null || fields === false || (Array.isArray(fields) && fields.length === 0)) {
    names = Object.keys(all);
  } else if (Array.isArray(fields)) {
    names = fields.map(String);
  } else {
    throw valueError(`Invalid fields: ${JSON.stringify(fields)}`);
  }
  for (const n of names) if (!all[n]) throw valueError(`Invalid field '${n}' on model '${mc.model}'`);
  return recs.map((r) => {
    const out: Record<string, unknown> = { id: r.id };
    for (const n of names) out[n] = fieldValue(mc, r, n, all[n]);
    return out;
  });
}

function sortKey(mc: ModelCtx, r: OdooRecord, name: string, def: FieldDef): OdooValue | undefined {
  const v = stored(r, name, def);
  if (def.type === "many2one" && typeof v === "number" && def.relation) return displayName(mc.data, def.relation, v);
  return name === "complete_name" ? r.name : v;
}

export function sortRecords(mc: ModelCtx, recs: OdooRecord[], order: unknown): OdooRecord[] {
  const spec = typeof order === "string" && order.trim() !== "" ? order : MODELS[mc.model].order;
  const all = modelFields(mc);
  const keys = spec.split(",").map((part) => {
    const [name, dir = "asc"] = part.trim().split(/\s+/);
    const def = all[name];
    if (!def || !/^(asc|desc)$/i.test(dir)) throw valueError(`Invalid "order" specified (${spec}).`);
    return { name, def, desc: dir.toLowerCase() === "desc" };
  });
  return [...recs].sort((a, b) => {
    for (const k of keys) {
      const x = sortKey(mc, a, k.name, k.def);
      const y = sortKey(mc, b, k.name, k.def);
      const xNull = x === null || x === undefined || x === false;
      const yNull = y === null || y === undefined || y === false;
      // PostgreSQL: NULLs sort last ascending and first descending.
      if (xNull || yNull) {
        if (xNull && yNull) continue;
        return (xNull ? 1 : -1) * (k.desc ? -1 : 1);
      }
      if (x === y) continue;
      const c = NUMERIC.has(k.def.type) ? Number(x) - Number(y) : String(x).localeCompare(String(y), "es");
      if (c !== 0) return k.desc ? -c : c;
    }
    return 0;
  });
}

function intArg(v: unknown, name: string): number | undefined {
  if (v === undefined || v === null || v === false) return undefined;
  if (typeof v !== "number" || !Number.isInteger(v) || v < 0) throw valueError(`Invalid ${name}: ${JSON.stringify(v)}`);
  return v;
}

export function search(mc: ModelCtx, args: Record<string, unknown>): OdooRecord[] {
  const pred = compileDomain(mc, args.domain);
  const sorted = sortRecords(mc, records(mc).filter(pred), args.order);
  const offset = intArg(args.offset, "offset") ?? 0;
  const limit = intArg(args.limit, "limit");
  return sorted.slice(offset, limit === undefined ? undefined : offset + limit);
}

export function browse(mc: ModelCtx, ids: unknown): OdooRecord[] {
  const list = Array.isArray(ids) ? ids : ids === undefined ? [] : [ids];
  const all = records(mc);
  return list.map((id) => {
    const r = all.find((x) => x.id === id);
    if (!r)
      throw new OdooError(
        "odoo.exceptions.MissingError",
        `Record does not exist or has been deleted.\n(Record: ${mc.model}(${id},), User: 2)`,
      );
    return r;
  });
}

const ATTRIBUTES = [
  "type",
  "string",
  "relation",
  "selection",
  "required",
  "readonly",
  "store",
  "sortable",
  "searchable",
  "groupable",
];

export function fieldsGet(mc: ModelCtx, args: Record<string, unknown>): Record<string, Record<string, unknown>> {
  const all = modelFields(mc);
  const wanted =
    Array.isArray(args.attributes) && args.attributes.length > 0 ? args.attributes.map(String) : ATTRIBUTES;
  const only =
    Array.isArray(args.allfields) && args.allfields.length > 0 ? args.allfields.map(String) : Object.keys(all);
  const out: Record<string, Record<string, unknown>> = {};
  for (const name of only) {
    const def = all[name];
    if (!def) continue;
    const full: Record<string, unknown> = {
      type: def.type,
      string: def.string,
      required: def.required ?? false,
      readonly: def.readonly ?? false,
      store: true,
      sortable: def.type !== "one2many" && def.type !== "many2many",
      searchable: true,
      groupable: def.type !== "one2many" && def.type !== "text",
    };
    if (def.relation) full.relation = def.relation;
    const selection = selectionFor(def, name, mc.version);
    if (selection) full.selection = selection;
    out[name] = Object.fromEntries(wanted.filter((a) => a in full).map((a) => [a, full[a]]));
  }
  return out;
}

export function writeValues(mc: ModelCtx, rec: OdooRecord, vals: unknown): void {
  if (typeof vals !== "object" || vals === null || Array.isArray(vals)) throw valueError("vals must be a dictionary");
  const all = modelFields(mc);
  for (const [k, v] of Object.entries(vals)) {
    const def = all[k];
    if (!def || def.readonly) throw valueError(`Invalid field '${k}' on model '${mc.model}'`);
    rec[def.source ?? k] = (Array.isArray(v) && def.type === "many2one" ? v[0] : v) as OdooValue;
  }
}
