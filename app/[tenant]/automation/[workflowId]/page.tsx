import { notFound } from "next/navigation";
import { Suspense } from "react";
import { TableSkeleton } from "@/components/table-skeleton";
import { WorkflowScreen } from "@/features/automation/components/workflow-screen";
import { AutomationGate, automationMetadata } from "@/features/automation/server/automation-gate";

export const generateMetadata = automationMetadata;

export default async function WorkflowPage({ params }: { params: Promise<{ tenant: string; workflowId: string }> }) {
  const { workflowId } = await params;
  // n8n ids are short opaque strings; anything else cannot be a workflow.
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(workflowId)) notFound();
  return (
    <AutomationGate
      params={params}
      render={(p) => (
        <Suspense fallback={<TableSkeleton />}>
          <WorkflowScreen {...p} workflowId={workflowId} />
        </Suspense>
      )}
    />
  );
}
