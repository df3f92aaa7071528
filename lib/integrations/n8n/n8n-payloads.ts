import { z } from "@/lib/validation";

// n8n 2.8.4 as it runs (NOTES.md): ids may arrive as strings or numbers, workflows carry fields the
// spec forbids. Parse loosely and keep ids as strings.
const id = z.union([z.string(), z.number()]).transform(String);
const text = z.string().nullish();

export const n8nTag = z.looseObject({ id, name: z.string(), createdAt: text, updatedAt: text });

export const n8nNode = z.looseObject({
  id: text,
  name: z.string(),
  type: z.string(),
  disabled: z.boolean().nullish(),
  parameters: z.record(z.string(), z.unknown()).nullish(),
});

export const n8nWorkflow = z.looseObject({
  id,
  name: z.string(),
  active: z.boolean(),
  isArchived: z.boolean().nullish(),
  createdAt: text,
  updatedAt: text,
  nodes: z.array(n8nNode).nullish(),
  connections: z.record(z.string(), z.unknown()).nullish(),
  settings: z.record(z.string(), z.unknown()).nullish(),
  tags: z.array(n8nTag).nullish(),
  description: text,
});

export const n8nExecution = z.looseObject({
  id,
  finished: z.boolean().nullish(),
  mode: text,
  status: text,
  startedAt: text,
  stoppedAt: text,
  workflowId: id.nullish(),
  retryOf: id.nullish(),
  retrySuccessId: id.nullish(),
  data: z.unknown().optional(),
});

const page = <T extends z.ZodType>(item: T) => z.looseObject({ data: z.array(item), nextCursor: text });
export const n8nWorkflowPage = page(n8nWorkflow);
export const n8nExecutionPage = page(n8nExecution);
export const n8nTagPage = page(n8nTag);

export type N8nWorkflowRaw = z.infer<typeof n8nWorkflow>;
export type N8nExecutionRaw = z.infer<typeof n8nExecution>;
export type N8nTagRaw = z.infer<typeof n8nTag>;
