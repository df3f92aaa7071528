/**
 * Upstream timestamps → ISO strings. Chatwoot REST sends unix seconds, its webhooks ISO strings;
 * Odoo sends naive UTC "YYYY-MM-DD HH:MM:SS"; n8n ISO. Anything unreadable becomes null, never a throw.
 */
export function toIso(value: unknown): string | null {
  if (value === null || value === undefined || value === false || value === "") return null;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return null;
    // Seconds until year 33658; larger numbers are already milliseconds.
    return new Date(value < 1e12 ? value * 1000 : value).toISOString();
  }
  if (typeof value !== "string") return null;
  if (/^\d+(\.\d+)?$/.test(value)) return toIso(Number(value));
  // Odoo's naive datetimes are UTC.
  const naive = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}:\d{2})(\.\d+)?$/.exec(value);
  const ms = Date.parse(naive ? `${naive[1]}T${naive[2]}${naive[3] ?? ""}Z` : value);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}

/** Date, ISO string or unix seconds → unix seconds, the unit Chatwoot's query parameters use. */
export function toUnixSeconds(value: Date | string | number): number {
  if (typeof value === "number") return Math.trunc(value);
  const ms = value instanceof Date ? value.getTime() : Date.parse(value);
  if (Number.isNaN(ms)) throw new RangeError(`invalid date: ${String(value)}`);
  return Math.floor(ms / 1000);
}
