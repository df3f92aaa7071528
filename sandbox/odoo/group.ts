import { localParts, odooDatetime, pad, zonedToUtc } from "../tz";
import { compileDomain, displayName, type ModelCtx, stored } from "./domain";
import { valueError } from "./errors";
import type { FieldDef } from "./models";
import type { OdooRecord } from "./odoo-records";
import { fieldValue, modelFields, records } from "./records";

const GRANULARITIES = ["day", "week", "month", "quarter", "year"] as const;
type Granularity = (typeof GRANULARITIES)[number];
const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const AGGREGATORS = ["sum", "avg", "min", "max", "count", "count_distinct"];

interface GroupSpec {
  key: string;
  field: string;
  def: FieldDef;
  granularity?: Granularity;
}

interface Bucket {
  sortKey: string | number;
  /** Value as read_group shows it. */
  value: unknown;
  /** `[start, label]` as formatted_read_group shows dates. */
  formatted: unknown;
  range?: { from: string; to: string };
  domain: unknown[];
}

function parseGroupby(mc: ModelCtx, groupby: unknown): GroupSpec[] {
  const list = typeof groupby === "string" ? [groupby] : Array.isArray(groupby) ? groupby : [];
  const fields = modelFields(mc);
  return list.map((raw) => {
    const [field, gran] = String(raw).split(":");
    const def = fields[field];
    if (!def || def.type === "one2many" || def.type === "text")
      throw valueError(`Invalid field ${JSON.stringify(field)} on model ${JSON.stringify(mc.model)}`);
    const isDate = def.type === "date" || def.type === "datetime";
    if (gran !== undefined && (!isDate || !(GRANULARITIES as readonly string[]).includes(gran)))
      throw valueError(`Invalid groupby ${String(raw)}`);
    return {
      key: String(raw),
      field,
      def,
      granularity: isDate ? ((gran as Granularity | undefined) ?? "month") : undefined,
    };
  });
}

function addDays(y: number, m: number, d: number, n: number): [number, number, number] {
  const t = new Date(Date.UTC(y, m - 1, d + n));
  return [t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate()];
}

/** Calendar bucket of a date/datetime; datetimes are read in the context's zone, as Odoo does. */
function dateBucket(spec: GroupSpec, raw: string, tz: string): Bucket {
  const isDatetime = spec.def.type === "datetime";
  const ms = Date.parse(`${raw.length === 10 ? `${raw}T00:00:00` : raw.replace(" ", "T")}Z`);
  const p = isDatetime ? localParts(ms, tz) : localParts(ms, "UTC");
  let start: [number, number, number];
  let end: [number, number, number];
  let label: string;
  switch (spec.granularity) {
    case "day":
      start = [p.year, p.month, p.day];
      end = addDays(p.year, p.month, p.day, 1);
      label = `${pad(p.day)} ${MONTHS[p.month - 1].slice(0, 3)} ${p.year}`;
      break;
    case "week": {
      const dow = (new Date(Date.UTC(p.year, p.month - 1, p.day)).getUTCDay() + 6) % 7;
      start = addDays(p.year, p.month, p.day, -dow);
      end = addDays(...start, 7);
      const thursday = addDays(...start, 3);
      const week = Math.floor((Date.UTC(...toUtcArgs(thursday)) - Date.UTC(thursday[0], 0, 1)) / 86_400_000 / 7) + 1;
      label = `W${week} ${thursday[0]}`;
      break;
    }
    case "quarter": {
      const q = Math.floor((p.month - 1) / 3);
      start = [p.year, q * 3 + 1, 1];
      end = q === 3 ? [p.year + 1, 1, 1] : [p.year, q * 3 + 4, 1];
      label = `Q${q + 1} ${p.year}`;
      break;
    }
    case "year":
      start = [p.year, 1, 1];
      end = [p.year + 1, 1, 1];
      label = String(p.year);
      break;
    default:
      start = [p.year, p.month, 1];
      end = p.month === 12 ? [p.year + 1, 1, 1] : [p.year, p.month + 1, 1];
      label = `${MONTHS[p.month - 1]} ${p.year}`;
  }
  const day = (d: [number, number, number]) => `${d[0]}-${pad(d[1])}-${pad(d[2])}`;
  const bound = (d: [number, number, number]) => (isDatetime ? odooDatetime(zonedToUtc(tz, ...d)) : day(d));
  const range = { from: bound(start), to: bound(end) };
  return {
    sortKey: day(start),
    value: label,
    formatted: [day(start), label],
    range,
    domain: ["&", [spec.field, ">=", range.from], [spec.field, "<", range.to]],
  };
}

function toUtcArgs(d: [number, number, number]): [number, number, number] {
  return [d[0], d[1] - 1, d[2]];
}

function bucketOf(mc: ModelCtx, spec: GroupSpec, r: OdooRecord, tz: string): Bucket {
  const v = stored(r, spec.field, spec.def);
  if (spec.granularity) {
    if (typeof v !== "string" || v === "")
      return { sortKey: "", value: false, formatted: false, domain: [[spec.field, "=", false]] };
    return dateBucket(spec, v, tz);
  }
  if (spec.def.type === "many2one") {
    const shown = typeof v === "number" && spec.def.relation ? [v, displayName(mc.data, spec.def.relation, v)] : false;
    return {
      sortKey: Array.isArray(shown) ? String(shown[1]) : "",
      value: shown,
      formatted: shown,
      domain: [[spec.field, "=", typeof v === "number" ? v : false]],
    };
  }
  const shown = fieldValue(mc, r, spec.field, spec.def);
  return {
    sortKey: typeof shown === "number" ? shown : String(shown),
    value: shown,
    formatted: shown,
    domain: [[spec.field, "=", shown]],
  };
}

function aggregate(op: string, values: number[]): number {
  if (op === "count") return values.length;
  if (op === "count_distinct") return new Set(values).size;
  if (values.length === 0) return 0;
  if (op === "avg") return values.reduce((s, v) => s + v, 0) / values.length;
  if (op === "min") return Math.min(...values);
  if (op === "max") return Math.max(...values);
  return values.reduce((s, v) => s + v, 0);
}

interface Measure {
  out: string;
  field: string;
  def: FieldDef;
  op: string;
}

function parseMeasure(mc: ModelCtx, spec: string, style: "read_group" | "formatted"): Measure | null {
  const fields = modelFields(mc);
  // read_group also accepts "alias:agg(field)".
  const alias = /^(\w+):(\w+)\((\w+)\)$/.exec(spec);
  const [field, op] = alias ? [alias[3], alias[2]] : spec.split(":");
  const def = fields[field];
  if (!def) throw valueError(`Invalid field ${JSON.stringify(field)} on model ${JSON.stringify(mc.model)}`);
  const numeric = def.type === "integer" || def.type === "float" || def.type === "monetary";
  if (op === undefined) {
    if (style === "formatted") throw valueError(`Invalid aggregate ${spec}: an aggregator is required`);
    return numeric ? { out: field, field, def, op: "sum" } : null;
  }
  if (!AGGREGATORS.includes(op)) throw valueError(`Invalid aggregation function ${JSON.stringify(op)}.`);
  return { out: alias ? alias[1] : style === "formatted" ? spec : field, field, def, op };
}

interface Group {
  buckets: Bucket[];
  members: OdooRecord[];
}

function groupRecords(mc: ModelCtx, domain: unknown, specs: GroupSpec[], tz: string): Group[] {
  const pred = compileDomain(mc, domain);
  const groups = new Map<string, Group>();
  for (const r of records(mc)) {
    if (!pred(r)) continue;
    const buckets = specs.map((s) => bucketOf(mc, s, r, tz));
    const key = JSON.stringify(buckets.map((b) => b.value));
    let g = groups.get(key);
    if (!g) {
      g = { buckets, members: [] };
      groups.set(key, g);
    }
    g.members.push(r);
  }
  return [...groups.values()].sort((a, b) => {
    for (let i = 0; i < specs.length; i++) {
      const x = a.buckets[i].sortKey;
      const y = b.buckets[i].sortKey;
      if (x !== y) return x < y ? -1 : 1;
    }
    return 0;
  });
}

function window<T>(items: T[], offset: unknown, limit: unknown): T[] {
  const o = typeof offset === "number" ? offset : 0;
  return items.slice(o, typeof limit === "number" ? o + limit : undefined);
}

function measureValue(m: Measure, g: Group): number {
  return aggregate(
    m.op,
    g.members.map((r) => Number(stored(r, m.field, m.def) ?? 0)),
  );
}

/** 17/18 `read_group(domain, fields, groupby, offset, limit, orderby, lazy)`. */
export function readGroup(mc: ModelCtx, args: Record<string, unknown>, tz: string): Record<string, unknown>[] {
  const all = parseGroupby(mc, args.groupby);
  if (all.length === 0) throw valueError("read_group() needs a groupby");
  const lazy = args.lazy !== false;
  const specs = lazy ? all.slice(0, 1) : all;
  const measures = (Array.isArray(args.fields) ? args.fields : [])
    .map((f) => parseMeasure(mc, String(f), "read_group"))
    .filter((m): m is Measure => m !== null && !specs.some((s) => s.field === m.field));
  const base = Array.isArray(args.domain) ? args.domain : [];
  const groups = groupRecords(mc, base, specs, tz);
  if (typeof args.orderby === "string" && /\bdesc\b/i.test(args.orderby)) groups.reverse();
  return window(groups, args.offset, args.limit).map((g) => {
    const row: Record<string, unknown> = {};
    specs.forEach((s, i) => {
      row[s.key] = g.buckets[i].value;
    });
    row[lazy ? `${specs[0].field}_count` : "__count"] = g.members.length;
    for (const m of measures) row[m.out] = measureValue(m, g);
    row.__domain = [...g.buckets.flatMap((b) => b.domain), ...base];
    const ranges = Object.fromEntries(
      specs.flatMap((s, i) => (g.buckets[i].range ? [[s.key, g.buckets[i].range]] : [])),
    );
    if (Object.keys(ranges).length > 0) row.__range = ranges;
    if (lazy && all.length > 1) row.__context = { group_by: all.slice(1).map((s) => s.key) };
    return row;
  });
}

/** 19 `formatted_read_group(domain, groupby, aggregates, having, offset, limit, order)`. */
export function formattedReadGroup(mc: ModelCtx, args: Record<string, unknown>, tz: string): Record<string, unknown>[] {
  const specs = parseGroupby(mc, args.groupby);
  const aggregates = Array.isArray(args.aggregates) ? args.aggregates.map(String) : [];
  const measures = aggregates.filter((a) => a !== "__count").map((a) => parseMeasure(mc, a, "formatted") as Measure);
  const groups = groupRecords(mc, args.domain, specs, tz);
  if (typeof args.order === "string" && /\bdesc\b/i.test(args.order)) groups.reverse();
  return window(groups, args.offset, args.limit).map((g) => {
    const row: Record<string, unknown> = {};
    specs.forEach((s, i) => {
      row[s.key] = g.buckets[i].formatted;
    });
    if (aggregates.includes("__count")) row.__count = g.members.length;
    for (const m of measures) row[m.out] = measureValue(m, g);
    row.__extra_domain = g.buckets.flatMap((b) => b.domain);
    return row;
  });
}
