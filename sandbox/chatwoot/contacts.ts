import { randomUUID } from "node:crypto";
import { bodyObject, type Ctx, intParam, isRecord, json, type Route } from "../http";
import { recordSent, type SandboxState } from "../state";
import type { CwContact } from "./chatwoot-records";
import { authed, notFound, nowS } from "./common";
import { contactWebhook, emit } from "./events";
import { contactJson, conversationJson, inboxContactJson } from "./serialize";

const PAGE_SIZE = 15;
const E164 = /^\+[1-9]\d{1,14}$/;

function sorted(list: CwContact[]): CwContact[] {
  return [...list].sort((a, b) => (b.lastActivityAt ?? 0) - (a.lastActivityAt ?? 0) || b.id - a.id);
}

function page(ctx: Ctx, list: CwContact[]) {
  const p = Math.max(1, intParam(ctx.query.get("page")) ?? 1);
  const data = ctx.state.world.chatwoot;
  return json(200, {
    meta: { count: list.length, current_page: p },
    payload: sorted(list)
      .slice((p - 1) * PAGE_SIZE, p * PAGE_SIZE)
      .map((c) => contactJson(c, data)),
  });
}

/** Digits-only comparison so `+56 9 1234 5678` finds `+56912345678`. */
export function samePhone(a: string | null, b: string): boolean {
  return a !== null && a.replace(/\D/g, "") === b.replace(/\D/g, "");
}

export function createContact(
  state: SandboxState,
  input: { name: string; phone: string | null; email: string | null; identifier?: string | null; inboxId: number },
): CwContact {
  const data = state.world.chatwoot;
  const t = Math.floor(state.now() / 1000);
  const contact: CwContact = {
    id: data.nextContactId++,
    name: input.name,
    email: input.email,
    phone: input.phone,
    identifier: input.identifier ?? null,
    city: "",
    rut: null,
    createdAt: t,
    lastActivityAt: null,
    sources: { [input.inboxId]: input.phone && input.inboxId === 1 ? input.phone.replace(/\D/g, "") : randomUUID() },
  };
  data.contacts.push(contact);
  emit(state, "contact_created", contactWebhook(data, contact));
  return contact;
}

export const contactRoutes: Route[] = [
  {
    method: "GET",
    path: "/api/v1/accounts/{account_id}/contacts",
    handler: authed((ctx) => page(ctx, ctx.state.world.chatwoot.contacts)),
  },
  {
    method: "GET",
    path: "/api/v1/accounts/{account_id}/contacts/search",
    handler: authed((ctx) => {
      const q = (ctx.query.get("q") ?? "").trim().toLowerCase();
      const digits = q.replace(/\D/g, "");
      const hits = ctx.state.world.chatwoot.contacts.filter(
        (c) =>
          q !== "" &&
          ([c.name, c.email, c.identifier].some((v) => v?.toLowerCase().includes(q)) ||
            (digits.length >= 3 && (c.phone ?? "").replace(/\D/g, "").includes(digits))),
      );
      return page(ctx, hits);
    }),
  },
  {
    method: "GET",
    path: "/api/v1/accounts/{account_id}/contacts/{id}",
    handler: authed((ctx) => {
      const data = ctx.state.world.chatwoot;
      const c = data.contacts.find((x) => x.id === Number(ctx.params.id));
      return c ? json(200, { payload: contactJson(c, data) }) : notFound();
    }),
  },
  {
    // contactUpdate: only the fields sent change; Chatwoot answers `{payload: contact}`.
    method: "PUT",
    path: "/api/v1/accounts/{account_id}/contacts/{id}",
    handler: authed((ctx) => {
      const data = ctx.state.world.chatwoot;
      const c = data.contacts.find((x) => x.id === Number(ctx.params.id));
      if (!c) return notFound();
      const body = bodyObject(ctx);
      const phone = typeof body.phone_number === "string" ? body.phone_number || null : undefined;
      const email = typeof body.email === "string" ? body.email.toLowerCase() || null : undefined;
      if (phone && !E164.test(phone))
        return json(422, { message: "Phone number should be in e164 format", attributes: ["phone_number"] });
      if (email && data.contacts.some((o) => o.id !== c.id && o.email === email))
        return json(422, { message: "Email has already been taken", attributes: ["email"] });
      if (phone && data.contacts.some((o) => o.id !== c.id && o.phone === phone))
        return json(422, { message: "Phone number has already been taken", attributes: ["phone_number"] });
      if (typeof body.name === "string" && body.name !== "") c.name = body.name;
      if (phone !== undefined) c.phone = phone;
      if (email !== undefined) c.email = email;
      if (isRecord(body.custom_attributes) && typeof body.custom_attributes.rut === "string")
        c.rut = body.custom_attributes.rut || null;
      recordSent(ctx.state, {
        service: "chatwoot",
        kind: "contact_updated",
        method: ctx.method,
        path: ctx.path,
        body: ctx.body,
        result: { contactId: c.id },
      });
      emit(ctx.state, "contact_updated", contactWebhook(data, c));
      return json(200, { payload: contactJson(c, data) });
    }),
  },
  {
    method: "GET",
    path: "/api/v1/accounts/{account_id}/contacts/{id}/conversations",
    handler: authed((ctx) => {
      const data = ctx.state.world.chatwoot;
      const c = data.contacts.find((x) => x.id === Number(ctx.params.id));
      if (!c) return notFound();
      const convs = data.conversations
        .filter((x) => x.contactId === c.id)
        .sort((a, b) => b.lastActivityAt - a.lastActivityAt)
        .slice(0, 20);
      return json(200, { payload: convs.map((x) => conversationJson(x, data, nowS(ctx))) });
    }),
  },
  {
    method: "POST",
    path: "/api/v1/accounts/{account_id}/contacts",
    handler: authed((ctx) => {
      const body = bodyObject(ctx);
      const data = ctx.state.world.chatwoot;
      const inbox = data.inboxes.find((i) => i.id === Number(body.inbox_id));
      if (!inbox) {
        return json(400, {
          description: "inbox_id is required",
          errors: [{ field: "inbox_id", message: "must be an existing inbox", code: "invalid" }],
        });
      }
      const phone = typeof body.phone_number === "string" && body.phone_number !== "" ? body.phone_number : null;
      const email = typeof body.email === "string" && body.email !== "" ? body.email.toLowerCase() : null;
      if (phone && !E164.test(phone))
        return json(422, { message: "Phone number should be in e164 format", attributes: ["phone_number"] });
      if (email && data.contacts.some((c) => c.email === email))
        return json(422, { message: "Email has already been taken", attributes: ["email"] });
      if (phone && data.contacts.some((c) => c.phone === phone))
        return json(422, { message: "Phone number has already been taken", attributes: ["phone_number"] });
      const contact = createContact(ctx.state, {
        name: typeof body.name === "string" && body.name !== "" ? body.name : (phone ?? email ?? "Sin nombre"),
        phone,
        email,
        identifier: typeof body.identifier === "string" ? body.identifier : null,
        inboxId: inbox.id,
      });
      if (isRecord(body.custom_attributes) && typeof body.custom_attributes.rut === "string")
        contact.rut = body.custom_attributes.rut;
      recordSent(ctx.state, {
        service: "chatwoot",
        kind: "contact_created",
        method: ctx.method,
        path: ctx.path,
        body: ctx.body,
        result: { contactId: contact.id },
      });
      // Chatwoot's contacts/create.json.jbuilder nests the record (the spec's schema does not).
      return json(200, {
        payload: {
          contact: contactJson(contact, data),
          contact_inbox: { inbox: inboxContactJson(inbox), source_id: contact.sources[inbox.id] },
        },
      });
    }),
  },
];
