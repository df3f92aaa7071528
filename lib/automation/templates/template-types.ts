import type { TriggerKind } from "../trigger";

export const templateIds = ["nuevo-pedido-whatsapp", "whatsapp-respuesta-automatica", "alta-de-cliente"] as const;
export type TemplateId = (typeof templateIds)[number];

/** What the Hub sends to n8n's POST /workflows: exactly the four fields it accepts (NOTES.md). */
export type WorkflowDraft = {
  name: string;
  nodes: Record<string, unknown>[];
  connections: Record<string, unknown>;
  settings: Record<string, unknown>;
};

/** What the templates list shows; the nodes stay on the server until imported. */
export type TemplateSummary = {
  id: TemplateId;
  name: string;
  description: string;
  trigger: TriggerKind;
  /** Webhook path the imported workflow listens on. */
  webhookPath: string;
  /** What the person must fill in inside n8n before activating it. */
  setup: string[];
  /** Ids of workflows in the tenant's n8n with this template's name (imported before). */
  importedAs: string[];
};

/** Values the Hub fills in at import time; never a secret. */
export type TemplateContext = { hubOrigin: string; newId: () => string };
