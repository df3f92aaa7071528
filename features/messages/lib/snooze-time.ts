// Snooze times are chosen on Chile's clock, whatever zone the browser is in: "mañana a las 9:00"
// means 9:00 in Santiago, across daylight-saving changes.
import { fromSantiagoWall, santiagoWall } from "@/lib/format/santiago-range";

/** "2026-11-21T09:30" from an <input type="datetime-local">, read on Santiago's clock. */
export function parseSantiagoLocal(value: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!m) return null;
  return fromSantiagoWall({ year: +m[1], month: +m[2], day: +m[3], hour: +m[4], minute: +m[5] });
}

export function toSantiagoLocal(date: Date): string {
  const w = santiagoWall(date);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${w.year}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}`;
}

export type SnoozePreset = "hour" | "tomorrow" | "nextWeek";

export function snoozePresetTime(preset: SnoozePreset, now = new Date()): Date {
  if (preset === "hour") return new Date(now.getTime() + 3_600_000);
  const today = santiagoWall(now);
  // Noon UTC of the Santiago date, moved by whole days, then read back as a calendar date.
  const base = Date.UTC(today.year, today.month - 1, today.day, 12);
  const days = preset === "tomorrow" ? 1 : (8 - today.weekday) % 7 || 7; // next Monday
  const target = new Date(base + days * 86_400_000);
  return fromSantiagoWall({
    year: target.getUTCFullYear(),
    month: target.getUTCMonth() + 1,
    day: target.getUTCDate(),
    hour: 9,
    minute: 0,
  });
}
