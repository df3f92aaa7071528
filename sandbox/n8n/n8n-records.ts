/** In-memory n8n instance. Times are ISO strings, as n8n's public API speaks them. */

export interface N8nNode {
  id: string;
  name: string;
  type: string;
  typeVersion: number;
  position: number[];
  parameters: Record<string, unknown>;
  webhookId?: string;
  [key: string]: unknown;
}

export interface N8nTag {
  id: string;
  name: string;
  createdAt: string;
  updatedAt: string;
}

export interface N8nWorkflow {
  id: string;
  name: string;
  active: boolean;
  createdAt: string;
  updatedAt: string;
  nodes: N8nNode[];
  connections: Record<string, unknown>;
  settings: Record<string, unknown>;
  tagIds: string[];
  versionId: string;
}

export type ExecutionStatus = "canceled" | "crashed" | "error" | "new" | "running" | "success" | "unknown" | "waiting";

export interface N8nExecution {
  /** Numeric in n8n's database, but sent as strings (NOTES.md "Where real n8n differs"). */
  id: number;
  workflowId: string;
  mode: "webhook" | "trigger" | "manual" | "retry";
  status: ExecutionStatus;
  startedAt: string;
  stoppedAt: string | null;
  retryOf: number | null;
  retrySuccessId: number | null;
  data: Record<string, unknown>;
}

export interface N8nData {
  workflows: N8nWorkflow[];
  tags: N8nTag[];
  executions: N8nExecution[];
  nextExecutionId: number;
}
