"use client";
import { Download } from "lucide-react";
import { Button } from "@/components/ui/button";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { useI18n } from "@/lib/i18n/client";
import { contactsApi } from "../lib/api";

/** The current filters as a CSV download: plain links, so the browser streams the file itself. */
export function ExportMenu({ tenantId, query }: { tenantId: string; query: URLSearchParams }) {
  const { t } = useI18n();
  const api = contactsApi(tenantId);
  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        <Button variant="outline">
          <Download aria-hidden />
          {t("contacts.export.button")}
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent align="end">
        <DropdownMenuItem asChild>
          <a href={api.export(query, "semicolon")} download>
            {t("contacts.export.semicolon")}
          </a>
        </DropdownMenuItem>
        <DropdownMenuItem asChild>
          <a href={api.export(query, "comma")} download>
            {t("contacts.export.comma")}
          </a>
        </DropdownMenuItem>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
