import { Bot, ChartLine, LayoutDashboard, MessagesSquare, Settings, Users } from "lucide-react";
import type { MessageKey } from "@/lib/i18n/types";

export const navItems: { segment: string; label: MessageKey; icon: typeof Bot }[] = [
  { segment: "overview", label: "nav.overview", icon: LayoutDashboard },
  { segment: "messages", label: "nav.messages", icon: MessagesSquare },
  { segment: "contacts", label: "nav.contacts", icon: Users },
  { segment: "automation", label: "nav.automation", icon: Bot },
  { segment: "kpis", label: "nav.kpis", icon: ChartLine },
  { segment: "settings", label: "nav.settings", icon: Settings },
];
