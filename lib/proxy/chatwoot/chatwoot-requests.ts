import { z } from "@/lib/validation";
import { commaList, intParam, numericId, pageParam, searchText, tenantParams } from "../proxy-params";

// Input of the Chatwoot proxy routes. Every object is strict: a stray `account_id` or `accountId`
// is refused with 400 instead of being ignored, so nobody can believe it selected another account.

export const conversationParams = tenantParams.extend({ conversationId: numericId });
export const contactParams = tenantParams.extend({ contactId: numericId });

const labelName = z.string().regex(/^[\p{L}\p{N}_-]{1,64}$/u, { error: "Etiqueta no válida." });
const statusValues = ["open", "pending", "resolved", "snoozed"] as const;

export const conversationListQuery = z.strictObject({
  status: z.enum([...statusValues, "all"]).optional(),
  assignee: z.enum(["me", "unassigned", "assigned", "all"]).optional(),
  inboxId: intParam(1, 999_999_999).optional(),
  labels: commaList(labelName, 20).optional(),
  q: searchText.optional(),
  page: pageParam.optional(),
});

const messageId = intParam(1, 999_999_999_999);
export const messageListQuery = z
  .strictObject({ before: messageId.optional(), after: messageId.optional() })
  .refine((q) => q.before === undefined || q.after === undefined, {
    error: "Usa before o after, no ambos.",
  });

/** WhatsApp template parameters as Chatwoot takes them (positional body variables). */
const templateParams = z.strictObject({
  name: z.string().regex(/^[a-z0-9_]{1,512}$/, { error: "Nombre de plantilla no válido." }),
  category: z.string().max(40).optional(),
  language: z
    .string()
    .regex(/^[a-z]{2,3}(_[A-Za-z0-9]{2,4})?$/, { error: "Idioma de plantilla no válido." })
    .optional(),
  processedParams: z
    .strictObject({ body: z.record(z.string().regex(/^\d{1,2}$/), z.string().max(1_024)).optional() })
    .optional(),
});

export const sendMessageBody = z
  .strictObject({
    content: z.string().trim().min(1).max(4_096).optional(),
    private: z.boolean().optional(),
    /** The client's id for the message, to match the echo (and a retried POST) later. */
    echoId: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, { error: "echoId debe ser un identificador como un UUID." }),
    templateParams: templateParams.optional(),
  })
  .refine((b) => b.content !== undefined || b.templateParams !== undefined, {
    error: "Escribe un mensaje o elige una plantilla.",
    path: ["content"],
  })
  .refine((b) => !(b.private && b.templateParams), {
    error: "Una nota privada no puede ser una plantilla.",
    path: ["templateParams"],
  });
export type SendMessageBody = z.infer<typeof sendMessageBody>;

export const statusBody = z
  .strictObject({
    status: z.enum(statusValues),
    /** Unix seconds or an ISO date-time with its offset. */
    snoozedUntil: z.union([z.number().int().positive(), z.iso.datetime({ offset: true })]).optional(),
  })
  .refine((b) => b.snoozedUntil === undefined || b.status === "snoozed", {
    error: "snoozedUntil solo se usa al posponer.",
    path: ["snoozedUntil"],
  });

export const assignmentBody = z.strictObject({
  assigneeId: z.number().int().positive().nullable(),
});

export const labelsBody = z.strictObject({
  labels: z
    .array(labelName)
    .max(50)
    .transform((l) => [...new Set(l)]),
});

export const cannedResponsesQuery = z.strictObject({ search: searchText.optional() });

export const contactListQuery = z.strictObject({ page: pageParam.optional(), q: searchText.optional() });

export const createContactBody = z.strictObject({
  inboxId: z.number().int().positive(),
  name: z.string().trim().min(1, { error: "Ingresa el nombre del contacto." }).max(255),
  phoneNumber: z
    .string()
    .regex(/^\+[1-9]\d{6,14}$/, { error: "El teléfono debe ir en formato internacional, por ejemplo +56912345678." })
    .optional(),
  email: z.email({ error: "Correo no válido." }).max(255).optional(),
  identifier: z.string().trim().min(1).max(255).optional(),
});

// Chatwoot's reports take unix seconds; a year at most keeps one request from scanning everything.
const MAX_REPORT_RANGE = 366 * 86_400;
const unixSeconds = intParam(946_684_800, 4_102_444_800); // 2000-01-01 … 2100-01-01
const reportRange = z.strictObject({ since: unixSeconds, until: unixSeconds });
const rangeChecks = <T extends { since: number; until: number }>(s: z.ZodType<T>) =>
  s
    .refine((r) => r.since < r.until, { error: "since debe ser anterior a until.", path: ["until"] })
    .refine((r) => r.until - r.since <= MAX_REPORT_RANGE, {
      error: "El rango de un reporte es de un año como máximo.",
      path: ["until"],
    });

export const reportSummaryQuery = rangeChecks(reportRange);

export const reportMetrics = [
  "conversations_count",
  "incoming_messages_count",
  "outgoing_messages_count",
  "avg_first_response_time",
  "avg_resolution_time",
  "resolutions_count",
] as const;
export const reportTimeseriesQuery = rangeChecks(reportRange.extend({ metric: z.enum(reportMetrics) }));
