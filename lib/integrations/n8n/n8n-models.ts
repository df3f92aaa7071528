// The Hub's n8n shapes.

export type ExecutionStatus = "canceled" | "crashed" | "error" | "new" | "running" | "success" | "unknown" | "waiting";

export interface Tag {
  id: string;
  name: string;
}

export interface WebhookTrigger {
  method: string;
  path: string;
}

export interface WorkflowSummary {
  id: string;
  name: string;
  active: boolean;
  archived: boolean;
  createdAt: string | null;
  updatedAt: string | null;
  tags: Tag[];
  nodeCount: number;
  /** Node types that start the workflow (webhook, schedule...), for a "how does it run" column. */
  triggerTypes: string[];
  /** Production webhooks the Hub can call through callWebhook. */
  webhooks: WebhookTrigger[];
}

export interface Workflow extends WorkflowSummary {
  nodes: { id: string | null; name: string; type: string; disabled: boolean }[];
  connections: Record<string, unknown>;
  settings: Record<string, unknown>;
}

export interface Execution {
  id: string;
  workflowId: string | null;
  status: ExecutionStatus | (string & {});
  mode: string | null;
  finished: boolean;
  startedAt: string | null;
  stoppedAt: string | null;
  /** stoppedAt − startedAt; n8n has no duration field. Null while running. */
  durationMs: number | null;
  retryOf: string | null;
  retrySuccessId: string | null;
  /** The failing node and message, when the run data was asked for and it failed. */
  error: { message: string; node: string | null } | null;
  data?: unknown;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}
