// What the KPI routes answer: plain data, shared by the server (which builds it) and the browser
// (which draws it). No server imports here.
import type { DayRange } from "@/lib/format/santiago-range";

export type { DayRange };

/** A figure for the chosen range and the same-length period before it. */
export type Compared = { current: number; previous: number };

export type SalesDay = { day: string; revenue: number; orders: number; previousRevenue: number };

export type SalesKpis = {
  range: DayRange;
  previousRange: DayRange;
  /** One point per Santiago day of the range (zeros included), grouped by Odoo with tz America/Santiago. */
  days: SalesDay[];
  revenue: Compared;
  orders: Compared;
  averageOrderValue: Compared;
  ordersPerDay: Compared;
  topProducts: { productId: number; name: string; revenue: number; quantity: number }[];
};

export type InvoiceKpis = {
  range: DayRange;
  byPaymentState: { state: string; count: number; amount: number; residual: number }[];
  /** Open customer invoices past their due date, as of today (not limited to the range). */
  overdue: { count: number; amount: number };
  /** SII document types: 33 factura, 39 boleta, 61 nota de crédito (negative). */
  byDocumentType: { code: string; name: string; count: number; amount: number }[];
  documentsTotal: Compared;
};

export type ServiceReports =
  | {
      available: true;
      conversations: Compared;
      resolutions: Compared;
      /** Seconds, Chatwoot's account averages. */
      avgFirstResponse: Compared;
      avgResolution: Compared;
      resolutionsPerDay: { day: string; resolutions: number }[];
    }
  /** The token is not an administrator's: Chatwoot refuses its reports. */
  | { available: false; reason: "not_admin" };

export type ServiceKpis = {
  range: DayRange;
  /** Conversations created per Santiago day. */
  days: { day: string; conversations: number }[];
  perInbox: { inboxId: number | null; name: string; conversations: number }[];
  /** Current status of the conversations created in the range. */
  byStatus: { open: number; pending: number; resolved: number; snoozed: number };
  conversations: Compared;
  /** Seconds; null when no conversation in the period had a reply / was resolved. */
  medianFirstResponse: { current: number | null; previous: number | null };
  medianResolution: { current: number | null; previous: number | null };
  /** False when the scan stopped at its page cap: figures cover the most recent conversations only. */
  complete: boolean;
  reports: ServiceReports;
};

export type AutomationKpis = {
  range: DayRange;
  days: { day: string; success: number; error: number; other: number }[];
  runs: Compared;
  failures: Compared;
  /** Finished runs that succeeded; null without finished runs. */
  successRate: { current: number | null; previous: number | null };
  slowest: { workflowId: string; name: string; runs: number; avgMs: number; maxMs: number }[];
  complete: boolean;
};

/** A figure from one service: its data, or why there is none (never zeros for a missing service). */
export type ServiceResult<T> =
  | { state: "ok"; data: T }
  | { state: "not_connected" }
  | { state: "error"; code: string; message: string; details?: Record<string, unknown> };

export type ChatwootOverview = {
  open: number;
  unanswered: number;
  /** True when there are more unanswered conversations than the Hub counted. */
  unansweredCapped: boolean;
  oldestWaiting: { id: number; since: string; contactName: string | null } | null;
  /** Incoming + outgoing messages today; null when the token cannot read reports. */
  messagesToday: number | null;
  newContactsWeek: number;
};

export type OdooOverview = {
  salesMonth: number;
  ordersMonth: number;
  unpaidCount: number;
  unpaidAmount: number;
};

export type N8nOverview = { runsToday: number; failuresToday: number };

export type ActivityItem = {
  id: number;
  action: string;
  target: string | null;
  actor: string | null;
  at: string;
};

export type Overview = {
  today: string;
  chatwoot: ServiceResult<ChatwootOverview>;
  odoo: ServiceResult<OdooOverview>;
  n8n: ServiceResult<N8nOverview>;
  activity: ActivityItem[];
  role: "admin" | "staff" | "viewer";
};
