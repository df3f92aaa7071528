import { Users } from "lucide-react";
import { placeholderMetadata, TabPlaceholder } from "@/components/shell/tab-placeholder";

export const generateMetadata = placeholderMetadata("nav.contacts");

export default function ContactsPage({ params }: { params: Promise<{ tenant: string }> }) {
  return (
    <TabPlaceholder
      params={params}
      title="nav.contacts"
      emptyTitle="empty.contactsTitle"
      emptyBody="empty.contactsBody"
      services={["chatwoot", "odoo"]}
      icon={Users}
    />
  );
}
