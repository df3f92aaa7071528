import { MessagesSquare } from "lucide-react";
import { placeholderPage } from "@/components/shell/tab-placeholder";

const page = placeholderPage({ title: "nav.messages", emptyTitle: "empty.messagesTitle", emptyBody: "empty.messagesBody", icon: MessagesSquare });
export const generateMetadata = page.generateMetadata;
export default page.Page;
