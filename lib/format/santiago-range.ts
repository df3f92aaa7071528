import { TIME_ZONE } from "./dates";

// Calendar days as the business lives them: America/Santiago, whose days are 23 or 25 hours long on
// the first Sundays of September and April (Chile moves its clocks at Saturday 24:00). Ranges are
// inclusive pairs of YYYY-MM-DD days; every conversion to instants goes through startOfSantiagoDay so
// a range never gains or loses an hour around a DST change.

export type DayRange = { from: string; to: string };

const DAY_MS = 86_400_000;

const dayFormat = new Intl.DateTimeFormat("en-CA", {
  timeZone: TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});
const partsFormat = new Intl.DateTimeFormat("en-US", {
  timeZone: TIME_ZONE,
  hourCycle: "h23",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
});

/** The Santiago calendar day of an instant (unix ms). */
export function santiagoDayOf(ms: number): string {
  return dayFormat.format(new Date(ms));
}

/** A time as Santiago's clock shows it, to the minute. */
export type SantiagoWall = { year: number; month: number; day: number; hour: number; minute: number };

function wallParts(ms: number): SantiagoWall & { second: number } {
  const p: Record<string, number> = {};
  for (const part of partsFormat.formatToParts(new Date(ms)))
    if (part.type !== "literal") p[part.type] = Number(part.value);
  return { year: p.year, month: p.month, day: p.day, hour: p.hour, minute: p.minute, second: p.second };
}

/** Milliseconds Santiago is ahead of UTC at an instant (negative: −3 h in summer, −4 h in winter). */
function offsetAt(ms: number): number {
  const p = wallParts(ms);
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - Math.floor(ms / 1000) * 1000;
}

/** What Santiago's clock shows at an instant, with the day of the week (0 = Sunday). */
export function santiagoWall(date: Date): SantiagoWall & { weekday: number } {
  const { second: _, ...wall } = wallParts(date.getTime());
  return { ...wall, weekday: new Date(Date.UTC(wall.year, wall.month - 1, wall.day)).getUTCDay() };
}

/** The instant that Santiago's clock shows as this wall time (the later one when a clock change repeats it). */
export function fromSantiagoWall(w: SantiagoWall): Date {
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute);
  let guess = asUtc;
  for (let i = 0; i < 3; i++) {
    const seen = wallParts(guess);
    const diff = asUtc - Date.UTC(seen.year, seen.month - 1, seen.day, seen.hour, seen.minute);
    if (diff === 0) break;
    guess += diff;
  }
  return new Date(guess);
}

/**
 * The first instant of a Santiago day. Two guesses from the offsets around local midnight; the
 * earliest one that falls on that day wins. On the September change local midnight does not exist
 * and the day starts at 01:00 (−03); in April the day before is the long one.
 */
export function startOfSantiagoDay(day: string): number {
  const wall = Date.parse(`${day}T00:00:00Z`);
  const a = wall - offsetAt(wall);
  const b = wall - offsetAt(a);
  const valid = [a, b].filter((t) => santiagoDayOf(t) === day);
  return valid.length > 0 ? Math.min(...valid) : a;
}

/** Calendar arithmetic on a day string; zone-free, so DST cannot shift it. */
export function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
}

/** Number of days in an inclusive range. */
export function dayCount(r: DayRange): number {
  return Math.round((Date.parse(`${r.to}T00:00:00Z`) - Date.parse(`${r.from}T00:00:00Z`)) / DAY_MS) + 1;
}

/** Every day of the range, in order. */
export function daysOf(r: DayRange): string[] {
  const n = dayCount(r);
  return Array.from({ length: Math.max(0, n) }, (_, i) => addDays(r.from, i));
}

/** The last `n` Santiago days, today included. */
export function lastDays(n: number, nowMs: number = Date.now()): DayRange {
  const to = santiagoDayOf(nowMs);
  return { from: addDays(to, -(n - 1)), to };
}

/** The period of the same length that ends the day before `r` starts: what a range is compared with. */
export function previousRange(r: DayRange): DayRange {
  const n = dayCount(r);
  return { from: addDays(r.from, -n), to: addDays(r.from, -1) };
}

/** [since, until) in unix ms: from the start of `from` to the start of the day after `to`. */
export function rangeInstants(r: DayRange): { since: number; until: number } {
  return { since: startOfSantiagoDay(r.from), until: startOfSantiagoDay(addDays(r.to, 1)) };
}

/** Monday of the Santiago week containing the instant. */
export function startOfSantiagoWeek(nowMs: number = Date.now()): string {
  const today = santiagoDayOf(nowMs);
  const dow = (new Date(`${today}T00:00:00Z`).getUTCDay() + 6) % 7;
  return addDays(today, -dow);
}

/** The first day of the Santiago month containing the instant. */
export function startOfSantiagoMonth(nowMs: number = Date.now()): string {
  return `${santiagoDayOf(nowMs).slice(0, 8)}01`;
}
