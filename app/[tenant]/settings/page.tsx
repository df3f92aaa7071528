import { redirect } from "next/navigation";

export default async function SettingsPage({ params }: { params: Promise<{ tenant: string }> }) {
  redirect(`/${(await params).tenant}/settings/members`);
}
