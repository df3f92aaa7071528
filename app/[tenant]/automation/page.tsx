import { Suspense } from "react";
import { TableSkeleton } from "@/components/table-skeleton";
import { AutomationScreen } from "@/features/automation/components/automation-screen";
import { AutomationGate, automationMetadata } from "@/features/automation/server/automation-gate";

export const generateMetadata = automationMetadata;

export default function AutomationPage({ params }: { params: Promise<{ tenant: string }> }) {
  return (
    <AutomationGate
      params={params}
      render={(p) => (
        // The filters read the URL's search params on the client.
        <Suspense fallback={<TableSkeleton />}>
          <AutomationScreen {...p} />
        </Suspense>
      )}
    />
  );
}
