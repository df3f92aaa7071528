import { addDays, startOfSantiagoDay } from "@/lib/format/santiago-range";

// Odoo stores datetimes as naive UTC; the Hub's days are Santiago's (with DST, see
// lib/format/santiago-range.ts). These put a local calendar day in Odoo's "YYYY-MM-DD HH:MM:SS" form.

export const toOdooDatetime = (d: Date) => d.toISOString().slice(0, 19).replace("T", " ");

/** Domain terms for `field` within the local days [from, to] (both inclusive, either optional). */
export function localDayRange(field: string, from?: string, to?: string): unknown[] {
  const terms: unknown[] = [];
  if (from) terms.push([field, ">=", toOdooDatetime(new Date(startOfSantiagoDay(from)))]);
  if (to) terms.push([field, "<", toOdooDatetime(new Date(startOfSantiagoDay(addDays(to, 1))))]);
  return terms;
}
