import { ChartLine } from "lucide-react";
import { placeholderMetadata, TabPlaceholder } from "@/components/shell/tab-placeholder";

export const generateMetadata = placeholderMetadata("nav.kpis");

export default function KpisPage({ params }: { params: Promise<{ tenant: string }> }) {
  return (
    <TabPlaceholder
      params={params}
      title="nav.kpis"
      emptyTitle="empty.kpisTitle"
      emptyBody="empty.kpisBody"
      services={["odoo", "chatwoot", "n8n"]}
      icon={ChartLine}
    />
  );
}
