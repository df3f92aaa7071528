import { describe, expect, it } from "vitest";
import {
  conversationListQuery,
  conversationParams,
  createContactBody,
  messageListQuery,
  reportSummaryQuery,
  reportTimeseriesQuery,
  sendMessageBody,
  statusBody,
} from "./chatwoot/chatwoot-requests";
import { executionListQuery, workflowListQuery, workflowParams } from "./n8n/n8n-requests";
import { invoiceListQuery, orderListQuery, partnerSearchQuery, salesKpiQuery } from "./odoo/odoo-requests";
import { emptyBody, emptyQuery } from "./proxy-params";

const ok = <T>(r: { success: boolean; data?: T }) => {
  expect(r.success).toBe(true);
  return r.data as T;
};

describe("path ids", () => {
  it("accepts positive integers only for Chatwoot and Odoo", () => {
    expect(ok(conversationParams.safeParse({ tenantId: "t", conversationId: "42" }))).toEqual({
      tenantId: "t",
      conversationId: 42,
    });
    for (const bad of ["0", "-1", "1e3", "0x10", " 7", "7 ", "1.5", "abc", "../1", "1234567890123"]) {
      expect(conversationParams.safeParse({ tenantId: "t", conversationId: bad }).success, bad).toBe(false);
    }
  });

  it("accepts n8n's opaque ids and nothing that could change the path", () => {
    expect(workflowParams.safeParse({ tenantId: "t", workflowId: "aB3_dE-9" }).success).toBe(true);
    for (const bad of ["", "../x", "a/b", "a%2Fb", "a b", "x".repeat(65)]) {
      expect(workflowParams.safeParse({ tenantId: "t", workflowId: bad }).success, bad).toBe(false);
    }
  });
});

describe("Chatwoot queries", () => {
  it("parses the conversation filters", () => {
    expect(
      ok(
        conversationListQuery.safeParse({
          status: "snoozed",
          assignee: "unassigned",
          inboxId: "1",
          labels: "cotizacion, urgente,,",
          q: "  tornillos ",
          page: "3",
        }),
      ),
    ).toEqual({
      status: "snoozed",
      assignee: "unassigned",
      inboxId: 1,
      labels: ["cotizacion", "urgente"],
      q: "tornillos",
      page: 3,
    });
    expect(conversationListQuery.safeParse({ status: "closed" }).success).toBe(false);
    expect(conversationListQuery.safeParse({ page: "0" }).success).toBe(false);
    expect(conversationListQuery.safeParse({ labels: "a;drop" }).success).toBe(false);
  });

  it("refuses an account id in any spelling, anywhere", () => {
    for (const key of ["account_id", "accountId"]) {
      expect(conversationListQuery.safeParse({ [key]: "2" }).success, key).toBe(false);
      expect(emptyQuery.safeParse({ [key]: "2" }).success, key).toBe(false);
      expect(emptyBody.safeParse({ [key]: 2 }).success, key).toBe(false);
      expect(statusBody.safeParse({ status: "open", [key]: 2 }).success, key).toBe(false);
      expect(sendMessageBody.safeParse({ content: "hola", echoId: "echo-1234", [key]: 2 }).success, key).toBe(false);
    }
  });

  it("takes before or after, not both", () => {
    expect(ok(messageListQuery.safeParse({ before: "120" }))).toEqual({ before: 120 });
    expect(messageListQuery.safeParse({ before: "1", after: "2" }).success).toBe(false);
  });

  it("needs content or a template, and an echo id", () => {
    expect(sendMessageBody.safeParse({ content: "Hola", echoId: "3f2a9c1e-1111-4c1b-9e0a-5d2f00000001" }).success).toBe(
      true,
    );
    expect(sendMessageBody.safeParse({ content: "Hola" }).success).toBe(false);
    expect(sendMessageBody.safeParse({ content: "Hola", echoId: "x" }).success).toBe(false);
    expect(sendMessageBody.safeParse({ content: "   ", echoId: "echo-1234" }).success).toBe(false);
    expect(sendMessageBody.safeParse({ echoId: "echo-1234" }).success).toBe(false);
    const template = { name: "recordatorio_pago", language: "es", processedParams: { body: { "1": "Camila" } } };
    expect(sendMessageBody.safeParse({ echoId: "echo-1234", templateParams: template }).success).toBe(true);
    expect(sendMessageBody.safeParse({ echoId: "echo-1234", private: true, templateParams: template }).success).toBe(
      false,
    );
  });

  it("snoozes until a time only when snoozing", () => {
    expect(statusBody.safeParse({ status: "snoozed", snoozedUntil: 1_900_000_000 }).success).toBe(true);
    expect(statusBody.safeParse({ status: "snoozed", snoozedUntil: "2030-01-01T09:00:00-03:00" }).success).toBe(true);
    expect(statusBody.safeParse({ status: "open", snoozedUntil: 1_900_000_000 }).success).toBe(false);
  });

  it("checks contact fields", () => {
    expect(createContactBody.safeParse({ inboxId: 1, name: "Ana", phoneNumber: "+56912345678" }).success).toBe(true);
    expect(createContactBody.safeParse({ inboxId: 1, name: "Ana", phoneNumber: "912345678" }).success).toBe(false);
    expect(createContactBody.safeParse({ inboxId: 1, name: "Ana", email: "no-es-correo" }).success).toBe(false);
  });

  it("bounds report ranges", () => {
    expect(ok(reportSummaryQuery.safeParse({ since: "1760000000", until: "1762592000" }))).toEqual({
      since: 1_760_000_000,
      until: 1_762_592_000,
    });
    expect(reportSummaryQuery.safeParse({ since: "1762592000", until: "1760000000" }).success).toBe(false);
    expect(reportSummaryQuery.safeParse({ since: "1700000000", until: "1760000000" }).success).toBe(false);
    expect(reportSummaryQuery.safeParse({ since: "-5", until: "1760000000" }).success).toBe(false);
    expect(
      reportTimeseriesQuery.safeParse({ metric: "conversations_count", since: "1760000000", until: "1760086400" })
        .success,
    ).toBe(true);
    expect(
      reportTimeseriesQuery.safeParse({ metric: "drop_table", since: "1760000000", until: "1760086400" }).success,
    ).toBe(false);
  });
});

describe("Odoo queries", () => {
  it("defaults paging and bounds the limit", () => {
    expect(ok(partnerSearchQuery.safeParse({ q: "76086428-5" }))).toEqual({ q: "76086428-5", limit: 50, offset: 0 });
    expect(partnerSearchQuery.safeParse({ limit: "500" }).success).toBe(false);
    expect(partnerSearchQuery.safeParse({ database: "other" }).success).toBe(false);
    expect(partnerSearchQuery.safeParse({ db: "other" }).success).toBe(false);
  });

  it("takes real calendar days in order", () => {
    expect(orderListQuery.safeParse({ from: "2026-02-01", to: "2026-02-28" }).success).toBe(true);
    expect(orderListQuery.safeParse({ from: "2026-02-30" }).success).toBe(false);
    expect(orderListQuery.safeParse({ from: "2026-02-29" }).success).toBe(false);
    expect(orderListQuery.safeParse({ from: "2028-02-29" }).success).toBe(true);
    expect(orderListQuery.safeParse({ from: "01-02-2026" }).success).toBe(false);
    expect(orderListQuery.safeParse({ from: "2026-03-01", to: "2026-02-01" }).success).toBe(false);
    expect(invoiceListQuery.safeParse({ paymentState: "paid" }).success).toBe(true);
    expect(invoiceListQuery.safeParse({ paymentState: "stolen" }).success).toBe(false);
  });

  it("limits KPI ranges by grouping", () => {
    expect(ok(salesKpiQuery.safeParse({ from: "2026-01-01", to: "2026-12-31" }))).toMatchObject({ groupBy: "day" });
    expect(salesKpiQuery.safeParse({ from: "2024-01-01", to: "2026-12-31", groupBy: "day" }).success).toBe(false);
    expect(salesKpiQuery.safeParse({ from: "2024-01-01", to: "2026-12-31", groupBy: "month" }).success).toBe(true);
    expect(salesKpiQuery.safeParse({ from: "2026-01-01", to: "2026-01-31", groupBy: "week" }).success).toBe(false);
    expect(salesKpiQuery.safeParse({ to: "2026-01-31" }).success).toBe(false);
  });
});

describe("n8n queries", () => {
  it("parses filters and refuses unknown ones", () => {
    expect(ok(workflowListQuery.safeParse({ active: "false", tags: "ventas,whatsapp", limit: "10" }))).toEqual({
      active: false,
      tags: ["ventas", "whatsapp"],
      limit: 10,
    });
    expect(workflowListQuery.safeParse({ active: "yes" }).success).toBe(false);
    expect(workflowListQuery.safeParse({ baseUrl: "http://evil" }).success).toBe(false);
    expect(executionListQuery.safeParse({ status: "error", workflowId: "wf_1", limit: "250" }).success).toBe(true);
    expect(executionListQuery.safeParse({ limit: "251" }).success).toBe(false);
    expect(executionListQuery.safeParse({ workflowId: "../1" }).success).toBe(false);
  });
});
