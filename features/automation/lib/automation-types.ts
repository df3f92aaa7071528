// The automation API's answers, as the browser receives them (types only: no server code).
import type { StatsResult } from "@/lib/automation/collect-stats";
import type { TemplateSummary } from "@/lib/automation/templates/template-types";
import type { WorkflowTrigger } from "@/lib/automation/trigger";
import type { Execution, Page, Tag, Workflow, WorkflowSummary } from "@/lib/integrations/n8n/n8n-models";

export type { Execution, Tag, TemplateSummary, WorkflowSummary };
export type WorkflowPage = Page<WorkflowSummary>;
export type ExecutionPage = Page<Execution>;
export type WorkflowDetail = Workflow & { trigger: WorkflowTrigger };
export type Stats = StatsResult;
export type RunResult = { response: unknown; execution: Execution | null };
