import type { LucideIcon } from "lucide-react";
import type { ReactNode } from "react";

/** What will appear here and what to do to get it: never filler data. */
export function EmptyState({
  icon: Icon,
  title,
  body,
  action,
}: {
  icon: LucideIcon;
  title: string;
  body: string;
  action?: ReactNode;
}) {
  return (
    <section className="mx-auto flex max-w-xl flex-col items-center rounded-xl border border-dashed px-6 py-14 text-center">
      <div className="mb-4 grid size-12 place-items-center rounded-full bg-muted">
        <Icon className="size-6 text-muted-foreground" aria-hidden />
      </div>
      <h2 className="font-semibold text-lg">{title}</h2>
      <p className="mt-2 text-muted-foreground text-sm leading-relaxed">{body}</p>
      {action ? <div className="mt-6">{action}</div> : null}
    </section>
  );
}
