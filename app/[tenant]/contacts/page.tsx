import { Users } from "lucide-react";
import { placeholderPage } from "@/components/shell/tab-placeholder";

const page = placeholderPage({ title: "nav.contacts", emptyTitle: "empty.contactsTitle", emptyBody: "empty.contactsBody", icon: Users });
export const generateMetadata = page.generateMetadata;
export default page.Page;
