import { valueError } from "./errors";
import { type FieldDef, fieldsFor, MODELS } from "./models";
import type { OdooData, OdooRecord, OdooValue, OdooVersion } from "./odoo-records";

export type Predicate = (r: OdooRecord) => boolean;

export interface ModelCtx {
  model: string;
  version: OdooVersion;
  data: OdooData;
}

const OPERATORS = new Set([
  "=",
  "!=",
  "<>",
  ">",
  ">=",
  "<",
  "<=",
  "in",
  "not in",
  "like",
  "ilike",
  "not like",
  "not ilike",
  "=like",
  "=ilike",
  "=?",
  "child_of",
  "parent_of",
]);

export function stored(r: OdooRecord, name: string, def: FieldDef): OdooValue | undefined {
  return r[def.source ?? name];
}

export function displayName(data: OdooData, model: string, id: number): string | false {
  const rec = data.records[model]?.find((x) => x.id === id);
  if (!rec) return false;
  const v = rec[MODELS[model]?.recName ?? "name"];
  return typeof v === "string" ? v : String(v ?? "");
}

const unset = (v: unknown) => v === null || v === undefined || v === false;

/** SQL LIKE pattern (`%`, `_`) as a RegExp. */
function likeRegex(pattern: string, insensitive: boolean): RegExp {
  const body = pattern
    .replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
    .replace(/%/g, ".*")
    .replace(/_/g, ".");
  return new RegExp(`^${body}$`, insensitive ? "is" : "s");
}

function compare(op: string, a: OdooValue | undefined, b: unknown): boolean {
  if (unset(a) || unset(b)) return false;
  const x = a as number | string;
  const y = b as number | string;
  switch (op) {
    case ">":
      return x > y;
    case ">=":
      return x >= y;
    case "<":
      return x < y;
    default:
      return x <= y;
  }
}

function leaf(mc: ModelCtx, term: unknown[]): Predicate {
  const [path, rawOp, value] = term;
  if (typeof path === "number") return () => path === 1; // TRUE_LEAF / FALSE_LEAF
  const op = String(rawOp).toLowerCase();
  if (typeof path !== "string" || !OPERATORS.has(op)) throw valueError(`Invalid leaf ${JSON.stringify(term)}`);
  const fields = fieldsFor(mc.model, mc.version) ?? {};
  const [name, sub] = path.split(".", 2);
  const def = fields[name];
  if (!def) throw valueError(`Invalid field ${mc.model}.${name} in leaf ${JSON.stringify(term)}`);
  if (sub !== undefined) {
    if (def.type !== "many2one" || !def.relation)
      throw valueError(`Invalid path ${path} in leaf ${JSON.stringify(term)}`);
    const inner = leaf({ ...mc, model: def.relation }, [sub, op, value]);
    const related = mc.data.records[def.relation] ?? [];
    return (r) => {
      const id = stored(r, name, def);
      const rec = typeof id === "number" ? related.find((x) => x.id === id) : undefined;
      return rec ? inner(rec) : false;
    };
  }
  if (op === "=?") return unset(value) ? () => true : leaf(mc, [path, "=", value]);
  const isRelational = def.type === "many2one" || def.type === "one2many" || def.type === "many2many";
  const textOf = (v: OdooValue | undefined): string | false => {
    if (def.type === "many2one")
      return typeof v === "number" && def.relation ? displayName(mc.data, def.relation, v) : false;
    return unset(v) ? false : String(v);
  };
  const equals = (v: OdooValue | undefined, target: unknown): boolean => {
    if (unset(target)) return Array.isArray(v) ? v.length === 0 : unset(v);
    if (Array.isArray(v)) return v.includes(Number(target));
    if (def.type === "boolean") return Boolean(v) === Boolean(target);
    if (def.type === "many2one" && typeof target === "string") return textOf(v) === target;
    return v === target || (typeof v === "number" && Number(target) === v && target !== "");
  };
  return (r) => {
    const v = stored(r, name, def);
    switch (op) {
      case "=":
        return equals(v, value);
      case "!=":
      case "<>":
        return !equals(v, value);
      case ">":
      case ">=":
      case "<":
      case "<=":
        return compare(op, v, value);
      case "in":
      case "child_of":
      case "parent_of": {
        const list = Array.isArray(value) ? value : [value];
        return list.some((t) => equals(v, t));
      }
      case "not in": {
        const list = Array.isArray(value) ? value : [value];
        return !list.some((t) => equals(v, t));
      }
      default: {
        const text = isRelational && def.type !== "many2one" ? false : textOf(v);
        const negate = op.startsWith("not ");
        if (unset(value) || value === "") return !negate;
        const pattern = op.startsWith("=") ? String(value) : `%${String(value)}%`;
        const hit = text !== false && likeRegex(pattern, op.includes("ilike")).test(text);
        return negate ? !hit : hit;
      }
    }
  };
}

/** Odoo domains are Polish notation with an implicit `&` between consecutive terms. */
export function compileDomain(mc: ModelCtx, domain: unknown): Predicate {
  if (domain === undefined || domain === null || domain === false) return () => true;
  if (!Array.isArray(domain)) throw valueError(`Invalid domain: ${JSON.stringify(domain)}`);
  const stack: Predicate[] = [];
  const pop = () => {
    const p = stack.pop();
    if (!p) throw valueError(`Invalid domain: ${JSON.stringify(domain)}`);
    return p;
  };
  for (let i = domain.length - 1; i >= 0; i--) {
    const t: unknown = domain[i];
    if (t === "!") {
      const a = pop();
      stack.push((r) => !a(r));
    } else if (t === "&" || t === "|") {
      const a = pop();
      const b = pop();
      stack.push(t === "&" ? (r) => a(r) && b(r) : (r) => a(r) || b(r));
    } else if (Array.isArray(t) && t.length === 3) {
      stack.push(leaf(mc, t));
    } else {
      throw valueError(`Invalid domain term ${JSON.stringify(t)}`);
    }
  }
  return (r) => stack.every((p) => p(r));
}
