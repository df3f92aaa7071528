import { TIME_ZONE } from "@/lib/format/dates";

// Odoo stores datetimes as naive UTC; the Hub's days are Santiago's (with DST). These turn a local
// calendar day into the UTC instant it starts at, in Odoo's "YYYY-MM-DD HH:MM:SS" form.

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

/** Milliseconds the zone is ahead of UTC at `ms` (negative in Chile). */
function offsetAt(ms: number): number {
  const p: Record<string, number> = {};
  for (const part of partsFormat.formatToParts(new Date(ms)))
    if (part.type !== "literal") p[part.type] = Number(part.value);
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - ms;
}

/** The instant a Santiago calendar day starts. */
export function startOfLocalDay(day: string): Date {
  const wall = Date.parse(`${day}T00:00:00Z`);
  let utc = wall - offsetAt(wall);
  // A second pass settles days whose offset differs from the guess's (DST changes).
  utc = wall - offsetAt(utc);
  return new Date(utc);
}

export function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}

export const toOdooDatetime = (d: Date) => d.toISOString().slice(0, 19).replace("T", " ");

/** Domain terms for `field` within the local days [from, to] (both inclusive, either optional). */
export function localDayRange(field: string, from?: string, to?: string): unknown[] {
  const terms: unknown[] = [];
  if (from) terms.push([field, ">=", toOdooDatetime(startOfLocalDay(from))]);
  if (to) terms.push([field, "<", toOdooDatetime(startOfLocalDay(addDays(to, 1)))]);
  return terms;
}
