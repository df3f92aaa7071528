"use client";
import type { ReactNode } from "react";
import type { ContactDetail } from "@/lib/contacts/contact-types";
import { formatPhone, formatRut } from "@/lib/format";
import { useI18n } from "@/lib/i18n/client";
import { TagEditor } from "./tag-editor";

export function Section(props: { title: string; description?: string; children: ReactNode; testId?: string }) {
  return (
    <section className="grid content-start gap-3 rounded-lg border p-4" data-testid={props.testId}>
      <div>
        <h2 className="font-semibold">{props.title}</h2>
        {props.description ? <p className="text-muted-foreground text-sm">{props.description}</p> : null}
      </div>
      {props.children}
    </section>
  );
}

/** Who the customer is: RUT, phones, emails, tags and the team's notes. */
export function ContactIdentity(props: { tenantId: string; contact: ContactDetail; canEdit: boolean }) {
  const { t } = useI18n();
  const c = props.contact;
  const none = <span className="text-muted-foreground">{t("contacts.detail.none")}</span>;
  return (
    <Section title={t("contacts.detail.identity")} testId="contact-identity">
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
        <dt className="text-muted-foreground">{t("contacts.detail.rut")}</dt>
        <dd className="tabular-nums" data-testid="contact-rut">
          {c.rut ? formatRut(c.rut) : none}
        </dd>
        <dt className="text-muted-foreground">{t("contacts.detail.phones")}</dt>
        <dd className="grid gap-0.5 tabular-nums">
          {c.phones.length
            ? c.phones.map((p) => (
                <a key={p} href={`tel:${p}`} className="hover:underline">
                  {formatPhone(p)}
                </a>
              ))
            : none}
        </dd>
        <dt className="text-muted-foreground">{t("contacts.detail.emails")}</dt>
        <dd className="grid gap-0.5 break-all">
          {c.emails.length
            ? c.emails.map((e) => (
                <a key={e} href={`mailto:${e}`} className="hover:underline">
                  {e}
                </a>
              ))
            : none}
        </dd>
        <dt className="text-muted-foreground">{t("contacts.detail.tags")}</dt>
        <dd>
          <TagEditor tenantId={props.tenantId} contactId={c.id} tags={c.tags} canEdit={props.canEdit} />
        </dd>
        <dt className="text-muted-foreground">{t("contacts.detail.notes")}</dt>
        <dd className="whitespace-pre-wrap">
          {c.notes ? c.notes : <span className="text-muted-foreground">{t("contacts.detail.noNotes")}</span>}
        </dd>
      </dl>
    </Section>
  );
}
