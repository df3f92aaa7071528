import { CheckCircle2, CircleDashed, TriangleAlert } from "lucide-react";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import type { Translate } from "@/lib/i18n/types";
import type { ServiceStatus } from "@/lib/integrations/integration-status";

const names = { chatwoot: "Chatwoot", odoo: "Odoo", n8n: "n8n" } as const;

/** Each service a tab needs, with what to do about it: connect it, or look at what is failing. */
export function ServiceStatusList({ services, slug, t }: { services: ServiceStatus[]; slug: string; t: Translate }) {
  const href = `/${slug}/settings/integrations`;
  return (
    <div className="grid w-full gap-2 text-left text-sm">
      <p className="font-medium">{t("services.needs")}</p>
      <ul className="grid gap-2">
        {services.map(({ kind, status, lastError }) => {
          const service = names[kind];
          return (
            <li
              key={kind}
              className="flex items-center justify-between gap-3 rounded-md border px-3 py-2"
              data-service={kind}
              data-status={status}
            >
              <span className="flex items-center gap-2">
                {status === "connected" ? (
                  <CheckCircle2 className="size-4 text-emerald-600" aria-hidden />
                ) : status === "failing" ? (
                  <TriangleAlert className="size-4 text-destructive" aria-hidden />
                ) : (
                  <CircleDashed className="size-4 text-muted-foreground" aria-hidden />
                )}
                {status === "connected"
                  ? t("services.connected", { service })
                  : status === "failing"
                    ? lastError
                      ? t("services.failing", { service, error: lastError })
                      : t("services.failingNoDetail", { service })
                    : t("services.notConnected", { service })}
              </span>
              {status === "connected" ? null : (
                <Button asChild size="sm" variant={status === "failing" ? "destructive" : "default"}>
                  <Link href={href}>
                    {status === "failing" ? t("services.review", { service }) : t("services.connect", { service })}
                  </Link>
                </Button>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
