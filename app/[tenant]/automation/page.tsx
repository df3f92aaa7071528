import { Bot } from "lucide-react";
import { placeholderPage } from "@/components/shell/tab-placeholder";

const page = placeholderPage({ title: "nav.automation", emptyTitle: "empty.automationTitle", emptyBody: "empty.automationBody", icon: Bot });
export const generateMetadata = page.generateMetadata;
export default page.Page;
