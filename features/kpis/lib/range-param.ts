import { type DayRange, dayCount, lastDays } from "@/lib/format/santiago-range";

// The KPIs range lives in the URL, so a view can be shared and survives a reload:
// ?range=7|30|90 (the last N Santiago days, today included) or ?from=YYYY-MM-DD&to=YYYY-MM-DD.

export const PRESETS = [7, 30, 90] as const;
export type Preset = (typeof PRESETS)[number];
export type RangeChoice = { preset: Preset | "custom"; range: DayRange };

const DEFAULT: Preset = 30;
const MAX_DAYS = 366;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

function validDay(s: string | null): s is string {
  if (!s || !DAY.test(s)) return false;
  const ms = Date.parse(`${s}T00:00:00Z`);
  return !Number.isNaN(ms) && new Date(ms).toISOString().startsWith(s);
}

export function isValidRange(r: { from: string | null; to: string | null }): r is DayRange {
  if (!validDay(r.from) || !validDay(r.to)) return false;
  return r.from <= r.to && dayCount({ from: r.from, to: r.to }) <= MAX_DAYS;
}

export function parseRange(params: { get(name: string): string | null }, nowMs = Date.now()): RangeChoice {
  const custom = { from: params.get("from"), to: params.get("to") };
  if (isValidRange(custom)) return { preset: "custom", range: custom };
  const n = Number(params.get("range"));
  const preset = (PRESETS as readonly number[]).includes(n) ? (n as Preset) : DEFAULT;
  return { preset, range: lastDays(preset, nowMs) };
}

export function presetHref(pathname: string, preset: Preset): string {
  return `${pathname}?range=${preset}`;
}

export function customHref(pathname: string, r: DayRange): string {
  return `${pathname}?from=${r.from}&to=${r.to}`;
}
