// Run durations: "850 ms", "1,3 s", "2 min 5 s", "1 h 4 min", with the locale's decimal mark.

const numberFormats = new Map<string, Intl.NumberFormat>();
function oneDecimal(locale: string) {
  let f = numberFormats.get(locale);
  if (!f) {
    f = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
    numberFormats.set(locale, f);
  }
  return f;
}

export function formatDuration(ms: number, locale = "es-CL"): string {
  if (!Number.isFinite(ms) || ms < 0) return "—";
  if (ms < 1_000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) {
    // 59.96 s would round to "60 s": show it as a minute instead.
    const s = Math.round(ms / 100) / 10;
    if (s < 60) return `${oneDecimal(locale).format(s)} s`;
  }
  const totalSeconds = Math.round(ms / 1_000);
  if (totalSeconds < 3_600) {
    const m = Math.floor(totalSeconds / 60);
    const s = totalSeconds % 60;
    return s ? `${m} min ${s} s` : `${m} min`;
  }
  const totalMinutes = Math.round(totalSeconds / 60);
  const h = Math.floor(totalMinutes / 60);
  const m = totalMinutes % 60;
  return m ? `${h} h ${m} min` : `${h} h`;
}
