import type { DayRange } from "@/lib/format/santiago-range";

export const KPI_SECTIONS = ["sales", "invoices", "service", "automation"] as const;
export type KpiSection = (typeof KPI_SECTIONS)[number];

export const SECTION_SERVICE = { sales: "odoo", invoices: "odoo", service: "chatwoot", automation: "n8n" } as const;

export const kpisKeys = {
  section: (tenantId: string, section: KpiSection, r: DayRange) =>
    ["tenants", tenantId, "kpis", section, r.from, r.to] as const,
};

export const kpisUrl = (tenantId: string, section: KpiSection, r: DayRange) =>
  `/api/kpis/${tenantId}/${section}?from=${r.from}&to=${r.to}`;
