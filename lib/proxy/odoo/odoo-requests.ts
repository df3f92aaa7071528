import { z } from "@/lib/validation";
import { daysBetween, intParam, isoDay, numericId, searchText, tenantParams } from "../proxy-params";

// Input of the Odoo proxy routes; strict, so a `database` or `db` parameter is refused, never used.

export const partnerParams = tenantParams.extend({ partnerId: numericId });

const paging = {
  limit: intParam(1, 200).default(50),
  offset: intParam(0, 1_000_000).default(0),
};

type Range = { from?: string; to?: string };
const ordered = <T extends Range>(s: z.ZodType<T>) =>
  s.refine((r) => !r.from || !r.to || r.from <= r.to, {
    error: "La fecha inicial es posterior a la final.",
    path: ["to"],
  });

export const partnerSearchQuery = z.strictObject({ q: searchText.optional(), ...paging });
export const productSearchQuery = partnerSearchQuery;
export const pageQuery = z.strictObject(paging);

export const orderListQuery = ordered(z.strictObject({ from: isoDay.optional(), to: isoDay.optional(), ...paging }));

export const paymentStates = [
  "not_paid",
  "in_payment",
  "paid",
  "partial",
  "reversed",
  "blocked",
  "invoicing_legacy",
] as const;
export const invoiceListQuery = ordered(
  z.strictObject({
    paymentState: z.enum(paymentStates).optional(),
    from: isoDay.optional(),
    to: isoDay.optional(),
    ...paging,
  }),
);

// One point per day over a year, or per month over five: enough for any chart the Hub draws.
const maxDays = { day: 366, month: 5 * 366 } as const;
export const salesKpiQuery = z
  .strictObject({ from: isoDay, to: isoDay, groupBy: z.enum(["day", "month"]).default("day") })
  .refine((r) => r.from <= r.to, { error: "La fecha inicial es posterior a la final.", path: ["to"] })
  .refine((r) => daysBetween(r.from, r.to) < maxDays[r.groupBy], {
    error: "El rango es demasiado largo: hasta un año por día o cinco años por mes.",
    path: ["to"],
  });
export type SalesKpiQuery = z.infer<typeof salesKpiQuery>;
