import Link from "next/link";
import { Button } from "@/components/ui/button";
import { getI18n } from "@/lib/i18n/server";

export default async function NotFound() {
  const { t } = await getI18n();
  return (
    <main className="grid min-h-[60dvh] place-items-center px-4 text-center">
      <div>
        <p className="font-semibold text-primary text-sm">404</p>
        <h1 className="mt-2 font-semibold text-2xl">{t("errors.notFoundTitle")}</h1>
        <p className="mt-2 text-muted-foreground">{t("errors.notFoundBody")}</p>
        <Button asChild className="mt-6">
          <Link href="/">{t("errors.goHome")}</Link>
        </Button>
      </div>
    </main>
  );
}
