import type { Role } from "@/lib/db/roles";

export type ShellTenant = { id: string; slug: string; legalName: string; role: Role };
export type ShellUser = { name: string; email: string };
