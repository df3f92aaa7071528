import { MessagesSquare } from "lucide-react";
import { placeholderMetadata, TabPlaceholder } from "@/components/shell/tab-placeholder";

export const generateMetadata = placeholderMetadata("nav.messages");

export default function MessagesPage({ params }: { params: Promise<{ tenant: string }> }) {
  return (
    <TabPlaceholder
      params={params}
      title="nav.messages"
      emptyTitle="empty.messagesTitle"
      emptyBody="empty.messagesBody"
      services={["chatwoot"]}
      icon={MessagesSquare}
    />
  );
}
