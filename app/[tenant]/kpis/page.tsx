import { ChartLine } from "lucide-react";
import { placeholderPage } from "@/components/shell/tab-placeholder";

const page = placeholderPage({ title: "nav.kpis", emptyTitle: "empty.kpisTitle", emptyBody: "empty.kpisBody", icon: ChartLine });
export const generateMetadata = page.generateMetadata;
export default page.Page;
