"use client";
import { CircleDollarSign, MessageCircle } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import type { MouseEvent } from "react";
import { Badge } from "@/components/ui/badge";
import { Checkbox } from "@/components/ui/checkbox";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { ContactRow } from "@/lib/contacts/contact-types";
import { formatPhone, formatRut } from "@/lib/format";
import { useI18n } from "@/lib/i18n/client";
import { SourceBadges } from "./source-badges";

/**
 * The page's contacts. The name is the row's link (Tab reaches it, Enter opens it); a click anywhere
 * else on the row opens it too, except on the checkbox and other links.
 */
export function ContactTable(props: {
  slug: string;
  contacts: ContactRow[];
  selectable: boolean;
  selected: ReadonlySet<string>;
  onSelect: (ids: string[], on: boolean) => void;
}) {
  const { t } = useI18n();
  const router = useRouter();
  const allOn = props.contacts.length > 0 && props.contacts.every((c) => props.selected.has(c.id));
  const someOn = !allOn && props.contacts.some((c) => props.selected.has(c.id));
  const href = (c: ContactRow) => `/${props.slug}/contacts/${c.id}`;
  const openRow = (e: MouseEvent, c: ContactRow) => {
    if ((e.target as HTMLElement).closest("a,button,input,[role=checkbox]")) return;
    router.push(href(c));
  };

  return (
    <div className="overflow-x-auto rounded-lg border">
      <Table>
        <TableHeader>
          <TableRow>
            {props.selectable ? (
              <TableHead className="w-10">
                <Checkbox
                  aria-label={t("contacts.selectAll")}
                  checked={allOn ? true : someOn ? "indeterminate" : false}
                  onCheckedChange={(v) =>
                    props.onSelect(
                      props.contacts.map((c) => c.id),
                      v === true,
                    )
                  }
                />
              </TableHead>
            ) : null}
            <TableHead>{t("contacts.colName")}</TableHead>
            <TableHead>{t("contacts.colRut")}</TableHead>
            <TableHead>{t("contacts.colPhone")}</TableHead>
            <TableHead>{t("contacts.colEmail")}</TableHead>
            <TableHead>{t("contacts.colTags")}</TableHead>
            <TableHead>{t("contacts.colSources")}</TableHead>
            <TableHead>{t("contacts.colStatus")}</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {props.contacts.map((c) => (
            <TableRow
              key={c.id}
              data-testid="contact-row"
              data-contact-id={c.id}
              data-state={props.selected.has(c.id) ? "selected" : undefined}
              className="cursor-pointer"
              onClick={(e) => openRow(e, c)}
            >
              {props.selectable ? (
                <TableCell>
                  <Checkbox
                    aria-label={t("contacts.selectOne", { name: c.name })}
                    checked={props.selected.has(c.id)}
                    onCheckedChange={(v) => props.onSelect([c.id], v === true)}
                  />
                </TableCell>
              ) : null}
              <TableCell className="max-w-64">
                <Link href={href(c)} className="font-medium underline-offset-4 hover:underline focus-visible:underline">
                  {c.name || "—"}
                </Link>
              </TableCell>
              <TableCell className="whitespace-nowrap tabular-nums">{c.rut ? formatRut(c.rut) : "—"}</TableCell>
              <TableCell className="whitespace-nowrap tabular-nums">
                <FirstOf values={c.phones.map(formatPhone)} />
              </TableCell>
              <TableCell className="max-w-56 truncate">
                <FirstOf values={c.emails} />
              </TableCell>
              <TableCell>
                {c.tags.length ? (
                  <div className="flex max-w-56 flex-wrap gap-1">
                    {c.tags.map((tag) => (
                      <Badge key={tag} variant="secondary" className="font-normal">
                        {tag}
                      </Badge>
                    ))}
                  </div>
                ) : null}
              </TableCell>
              <TableCell>
                <SourceBadges sources={c.sources} />
              </TableCell>
              <TableCell>
                <div className="flex flex-col items-start gap-1">
                  {c.hasOpenConversation ? (
                    <Badge variant="outline" className="gap-1 font-normal" data-marker="open">
                      <MessageCircle aria-hidden className="size-3" />
                      {t("contacts.openConversation")}
                    </Badge>
                  ) : null}
                  {c.unpaidInvoices > 0 ? (
                    <Badge
                      variant="outline"
                      className="gap-1 border-amber-300 font-normal text-amber-800 dark:border-amber-800 dark:text-amber-200"
                      data-marker="unpaid"
                    >
                      <CircleDollarSign aria-hidden className="size-3" />
                      {c.unpaidInvoices === 1
                        ? t("contacts.unpaidOne")
                        : t("contacts.unpaid", { count: c.unpaidInvoices })}
                    </Badge>
                  ) : null}
                </div>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

function FirstOf({ values }: { values: string[] }) {
  const { t } = useI18n();
  if (!values.length) return <span className="text-muted-foreground">—</span>;
  return (
    <span title={values.join(", ")}>
      {values[0]}
      {values.length > 1 ? (
        <span className="ml-1 text-muted-foreground text-xs">{t("contacts.more", { count: values.length - 1 })}</span>
      ) : null}
    </span>
  );
}
