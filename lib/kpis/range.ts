import { daysBetween, isoDay } from "@/lib/proxy/proxy-params";
import { z } from "@/lib/validation";

// The query every KPI route takes: an inclusive range of Santiago days, at most a year (the previous
// period doubles what is read upstream).
export const MAX_RANGE_DAYS = 366;

export const kpiRangeQuery = z
  .strictObject({ from: isoDay, to: isoDay })
  .refine((r) => r.from <= r.to, { error: "La fecha inicial es posterior a la final.", path: ["to"] })
  .refine((r) => daysBetween(r.from, r.to) < MAX_RANGE_DAYS, {
    error: "El rango es demasiado largo: hasta un año.",
    path: ["to"],
  });
