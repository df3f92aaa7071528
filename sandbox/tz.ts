/** Calendar arithmetic in an IANA zone (America/Santiago has DST) using only Intl. */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(tz: string): Intl.DateTimeFormat {
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone: tz,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formatters.set(tz, f);
  }
  return f;
}

export interface LocalParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

export function localParts(ms: number, tz: string): LocalParts {
  const p: Record<string, number> = {};
  for (const part of formatter(tz).formatToParts(new Date(ms))) {
    if (part.type !== "literal") p[part.type] = Number(part.value);
  }
  return { year: p.year, month: p.month, day: p.day, hour: p.hour, minute: p.minute, second: p.second };
}

function offsetAt(ms: number, tz: string): number {
  const p = localParts(ms, tz);
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - Math.floor(ms / 1000) * 1000;
}

/**
 * UTC ms of a wall-clock time in `tz`. A time skipped by a DST change (Chile skips local midnight)
 * resolves to the first instant after the gap, which is where that local day starts.
 */
export function zonedToUtc(
  tz: string,
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
): number {
  const wall = Date.UTC(year, month - 1, day, hour, minute, second);
  const a = wall - offsetAt(wall, tz);
  const b = wall - offsetAt(a, tz);
  for (const t of [a, b]) {
    const p = localParts(t, tz);
    if (Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) === wall) return t;
  }
  return Math.max(a, b);
}

export function pad(n: number, width = 2): string {
  return String(n).padStart(width, "0");
}

/** `YYYY-MM-DD` of the local calendar day. */
export function localDate(ms: number, tz: string): string {
  const p = localParts(ms, tz);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}`;
}

/** Odoo's datetime wire format: naive UTC `YYYY-MM-DD HH:MM:SS`. */
export function odooDatetime(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19).replace("T", " ");
}

export function parseOdooDatetime(s: string): number {
  return Date.parse(`${s.length === 10 ? `${s}T00:00:00` : s.replace(" ", "T")}Z`);
}
