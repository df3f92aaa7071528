"use client";
import type { ReactElement } from "react";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { useI18n } from "@/lib/i18n/client";
import { contactsApi } from "../lib/api";

/** The current filters as a CSV download: plain links, so the browser streams the file itself. */
export default function ExportMenuDropdown({
  tenantId,
  query,
  trigger,
  defaultOpen,
}: {
  tenantId: string;
  query: URLSearchParams;
  trigger: ReactElement;
  defaultOpen: boolean;
}) {
  const { t } = useI18n();
  const api = contactsApi(tenantId);
  return (
    <DropdownMenu defaultOpen={defaultOpen}>
      <DropdownMenuTrigger asChild>{trigger}</DropdownMenuTrigger>
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
