import { Inbox } from "lucide-react";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EmptyState } from "@/components/empty-state";
import { Badge } from "@/components/ui/badge";
import { isProduction } from "@/lib/env";
import { formatDateTime } from "@/lib/format/dates";
import { getI18n } from "@/lib/i18n/server";
import { latestOutboxMessages } from "@/lib/onboarding/signup-api";
import type { OutboxPayload, OutboxTemplate } from "@/lib/outbox/templates";
import { renderMessage } from "@/lib/outbox/templates";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Outbox", robots: { index: false } };

// Development only: what the Hub would send by email and WhatsApp, with the links to click. The
// links sign people in, so a production build answers 404 here.
export default async function DevOutboxPage() {
  if (isProduction) notFound();
  const [messages, { t }] = await Promise.all([latestOutboxMessages(), getI18n()]);
  return (
    <main className="mx-auto grid max-w-4xl gap-6 px-4 py-10">
      <header className="grid gap-1">
        <h1 className="font-semibold text-2xl">{t("onboarding.devOutbox.title")}</h1>
        <p className="text-muted-foreground">{t("onboarding.devOutbox.subtitle")}</p>
      </header>
      {messages.length === 0 ? (
        <EmptyState icon={Inbox} title={t("onboarding.devOutbox.title")} body={t("onboarding.devOutbox.empty")} />
      ) : (
        <ul className="grid gap-3">
          {messages.map((m) => {
            const payload = m.payload as OutboxPayload;
            const { subject, text } = renderMessage(m.template as OutboxTemplate, payload);
            return (
              <li key={m.id} className="grid gap-2 rounded-lg border p-4" data-testid="outbox-message">
                <div className="flex flex-wrap items-center gap-2 text-sm">
                  <Badge variant="outline">{m.channel}</Badge>
                  <Badge variant={m.status === "failed" ? "destructive" : "secondary"}>{m.status}</Badge>
                  <span className="text-muted-foreground">{m.recipient}</span>
                  <span className="ml-auto text-muted-foreground">{formatDateTime(m.createdAt)}</span>
                </div>
                <p className="font-medium">{subject}</p>
                <p className="text-muted-foreground text-sm">{text}</p>
                <a className="text-primary text-sm underline-offset-4 hover:underline" href={payload.link}>
                  {t("onboarding.devOutbox.open")}
                </a>
              </li>
            );
          })}
        </ul>
      )}
    </main>
  );
}
