import { LayoutDashboard } from "lucide-react";
import { placeholderMetadata, TabPlaceholder } from "@/components/shell/tab-placeholder";

export const generateMetadata = placeholderMetadata("nav.overview");

export default function OverviewPage({ params }: { params: Promise<{ tenant: string }> }) {
  return (
    <TabPlaceholder
      params={params}
      title="nav.overview"
      emptyTitle="empty.overviewTitle"
      emptyBody="empty.overviewBody"
      services={["chatwoot", "odoo", "n8n"]}
      icon={LayoutDashboard}
    />
  );
}
