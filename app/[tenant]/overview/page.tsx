import { LayoutDashboard } from "lucide-react";
import { placeholderPage } from "@/components/shell/tab-placeholder";

const page = placeholderPage({ title: "nav.overview", emptyTitle: "empty.overviewTitle", emptyBody: "empty.overviewBody", icon: LayoutDashboard });
export const generateMetadata = page.generateMetadata;
export default page.Page;
