import type { SpecValidator, ValidationResult } from "./contracts";

// biome-ignore lint/suspicious/noExplicitAny: OpenAPI documents are arbitrary JSON
type Doc = Record<string, any>;

/**
 * Where running Chatwoot differs from its bundled spec. Each patch narrows to one fact and says where it
 * comes from; everything else is validated as the file says.
 */
export function patchChatwootSpec(doc: Doc): Doc {
  // NOTES.md "Conversations": status is open|pending|resolved|snoozed; the conversation schema's enum
  // forgets snoozed (toggle_status's own schema lists it).
  doc.components.schemas.conversation.properties.status.enum.push("snoozed");
  return doc;
}

/** Where running n8n 2.8.4 differs from its own spec (NOTES.md "Where real n8n differs from its own spec"). */
export function patchN8nSpec(doc: Doc): Doc {
  const execution = doc.components.schemas.execution.properties;
  // "execution `id` and `workflowId` come as strings although the spec says number"; retry links too.
  for (const key of ["id", "workflowId", "retryOf", "retrySuccessId"])
    execution[key] = { ...execution[key], type: "string" };
  // "workflow items carry fields the spec's additionalProperties: false forbids (isArchived, description,
  // versionId, ...)": declare exactly the ones the sandbox sends, so any other stray field still fails.
  Object.assign(doc.components.schemas.workflow.properties, {
    isArchived: { type: "boolean" },
    description: { type: "string", nullable: true },
    versionId: { type: "string" },
    triggerCount: { type: "number" },
  });
  return doc;
}

/**
 * Chatwoot responses whose shape comes from Chatwoot's code rather than the spec (NOTES.md: "When the
 * two disagree, trust these notes and the code paths named"). Returns undefined when the spec applies.
 */
export function chatwootDeviation(
  v: SpecValidator,
  method: string,
  template: string,
  status: number,
  body: unknown,
): ValidationResult | undefined {
  const b = body as Doc;
  // NOTES.md "Reports (admin tokens only; agents get 401/403)": the spec documents only 403/404.
  if (template.startsWith("/api/v2/accounts/{account_id}/reports") && status === 401)
    return { ok: typeof b?.error === "string" };
  // app/views/api/v1/accounts/webhooks/*.json.jbuilder wrap the records: {payload:{webhooks:[...]}} and
  // {payload:{webhook:{...}}}; the spec shows them bare. Validate the records themselves.
  if (template.includes("/webhooks") && status === 200 && method !== "DELETE") {
    const inner = method === "GET" ? b?.payload?.webhooks : [b?.payload?.webhook];
    if (!Array.isArray(inner) || inner.some((w) => w === undefined))
      return { ok: false, reason: "webhook payload wrapper missing" };
    return all(inner.map((w) => v.validateRef("#/components/schemas/webhook", w)));
  }
  // contacts/create.json.jbuilder renders {payload:{contact, contact_inbox}}; the spec's extended_contact
  // wants a payload array. Validate the contact and its inbox link with the spec's own schemas.
  if (method === "POST" && template === "/api/v1/accounts/{account_id}/contacts" && status === 200) {
    return all([
      v.validateRef("#/components/schemas/contact_list_item", b?.payload?.contact),
      v.validateRef("#/components/schemas/contact_inbox", b?.payload?.contact_inbox),
    ]);
  }
  // contacts_controller#update renders contacts/update.json.jbuilder, {payload: contact} with 200; the
  // spec says 204 with a bare contact_base. Validate the contact with the spec's own schema.
  if (method === "PUT" && template === "/api/v1/accounts/{account_id}/contacts/{id}" && status === 200) {
    return v.validateRef("#/components/schemas/contact_list_item", b?.payload);
  }
  // A taken email or phone: the model's uniqueness validation answers 422 {message, attributes}, as
  // on create; the spec documents no 422 for update.
  if (method === "PUT" && template === "/api/v1/accounts/{account_id}/contacts/{id}" && status === 422) {
    return { ok: typeof b?.message === "string" && Array.isArray(b?.attributes) };
  }
  // assignments_controller#render_agent renders `json: nil` when the assignee is removed.
  if (template.endsWith("/assignments") && status === 200 && body === null) return { ok: true };
  return undefined;
}

/** n8n statuses NOTES.md documents beyond the spec. */
export function n8nDeviation(method: string, template: string, status: number): ValidationResult | undefined {
  // NOTES.md "Endpoints": activate answers 409 on a webhook path conflict; the spec lists 200/400/401/404.
  if (method === "POST" && template.endsWith("/activate") && status === 409) return { ok: true };
  // n8n answers 400 for a bad `cursor` or an out-of-range `limit` on every list (its request validator
  // and validCursor middleware in packages/cli/src/public-api), even where the spec lists no 400.
  if (method === "GET" && status === 400) return { ok: true };
  return undefined;
}

function all(results: ValidationResult[]): ValidationResult {
  const bad = results.filter((r) => !r.ok);
  return bad.length === 0 ? { ok: true } : { ok: false, reason: bad.map((r) => r.reason).join("\n") };
}
