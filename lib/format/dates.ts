// Dates are shown in Chile's time zone whatever the server's or browser's zone is.
export const TIME_ZONE = "America/Santiago";

const cache = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string, options: Intl.DateTimeFormatOptions) {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { timeZone: TIME_ZONE, ...options });
    cache.set(key, f);
  }
  return f;
}

export const formatDate = (date: Date | string, locale = "es-CL") =>
  formatter(locale, { day: "numeric", month: "short", year: "numeric" }).format(new Date(date));

export const formatDateTime = (date: Date | string, locale = "es-CL") =>
  formatter(locale, { day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" }).format(new Date(date));

export const formatTime = (date: Date | string, locale = "es-CL") =>
  formatter(locale, { hour: "2-digit", minute: "2-digit" }).format(new Date(date));

/** "hace 5 minutos", "ayer", … relative to now. */
export function formatRelative(date: Date | string, locale = "es-CL", now = Date.now()): string {
  const seconds = Math.round((new Date(date).getTime() - now) / 1000);
  const rtf = new Intl.RelativeTimeFormat(locale, { numeric: "auto" });
  const abs = Math.abs(seconds);
  if (abs < 60) return rtf.format(seconds, "second");
  if (abs < 3600) return rtf.format(Math.round(seconds / 60), "minute");
  if (abs < 86_400) return rtf.format(Math.round(seconds / 3600), "hour");
  if (abs < 7 * 86_400) return rtf.format(Math.round(seconds / 86_400), "day");
  return formatDate(date, locale);
}

/** The calendar day (YYYY-MM-DD) of an instant in Chile. */
export function santiagoDay(date: Date | string): string {
  return formatter("en-CA", { year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date(date));
}
