import { ArrowRight, type LucideIcon } from "lucide-react";
import Link from "next/link";
import type { ReactNode } from "react";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";

/** One Resumen figure; the whole card links to the tab that explains it. */
export function StatCard(props: {
  id: string;
  title: string;
  icon: LucideIcon;
  href: string;
  linkLabel: string;
  value?: ReactNode;
  detail?: ReactNode;
  /** Shown instead of a value when the service is missing or failed: never a zero. */
  state?: ReactNode;
}) {
  const Icon = props.icon;
  return (
    <Card className="gap-3 py-4" data-card={props.id}>
      <CardHeader className="flex flex-row items-center justify-between gap-2 px-4">
        <CardTitle className="font-medium text-muted-foreground text-sm">{props.title}</CardTitle>
        <Icon className="size-4 text-muted-foreground" aria-hidden />
      </CardHeader>
      <CardContent className="grid gap-1 px-4">
        {props.state ?? (
          <>
            <p className="font-semibold text-2xl tabular-nums" data-value>
              {props.value}
            </p>
            {props.detail ? <p className="text-muted-foreground text-xs">{props.detail}</p> : null}
          </>
        )}
        <Link
          href={props.href}
          className="mt-1 inline-flex items-center gap-1 text-primary text-xs hover:underline"
          aria-label={`${props.linkLabel}: ${props.title}`}
        >
          {props.linkLabel}
          <ArrowRight className="size-3" aria-hidden />
        </Link>
      </CardContent>
    </Card>
  );
}
