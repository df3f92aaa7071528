import { Bot } from "lucide-react";
import { placeholderMetadata, TabPlaceholder } from "@/components/shell/tab-placeholder";

export const generateMetadata = placeholderMetadata("nav.automation");

export default function AutomationPage({ params }: { params: Promise<{ tenant: string }> }) {
  return (
    <TabPlaceholder
      params={params}
      title="nav.automation"
      emptyTitle="empty.automationTitle"
      emptyBody="empty.automationBody"
      services={["n8n"]}
      icon={Bot}
    />
  );
}
