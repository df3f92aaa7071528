import type { Metadata } from "next";
import { AuthCard } from "@/components/auth/auth-card";
import { CreateWorkspaceForm } from "@/components/workspace/create-workspace-form";
import { requireIdentity } from "@/lib/auth/require-identity";
import { getI18n } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getI18n()).t("workspace.createTitle") };
}

export default async function NewWorkspacePage() {
  await requireIdentity("/workspaces/new");
  const { t } = await getI18n();
  return (
    <main className="grid min-h-dvh place-items-center bg-muted/40 px-4 py-10">
      <div className="w-full max-w-md">
        <AuthCard title={t("workspace.createTitle")} subtitle={t("workspace.createSubtitle")}>
          <CreateWorkspaceForm />
        </AuthCard>
      </div>
    </main>
  );
}
