import "server-only";
import { randomUUID } from "node:crypto";
import { notFound } from "@/lib/errors";
import type { N8nClient } from "@/lib/integrations/n8n/client";
import type { Workflow } from "@/lib/integrations/n8n/n8n-models";
import { templates } from "./catalog";
import { type TemplateId, type TemplateSummary, templateIds } from "./template-types";

const isTemplateId = (id: string): id is TemplateId => (templateIds as readonly string[]).includes(id);

/** The catalog, each with the workflows already imported from it (matched by name). */
export async function listTemplates(n8n: N8nClient): Promise<TemplateSummary[]> {
  return Promise.all(
    templateIds.map(async (id) => {
      const { build: _build, ...summary } = templates[id];
      const { items } = await n8n.listWorkflows({ name: summary.name, limit: 50 });
      // n8n's name filter is a substring match: keep exact names only.
      return { ...summary, importedAs: items.filter((w) => w.name === summary.name).map((w) => w.id) };
    }),
  );
}

/**
 * Creates the template's workflow in the tenant's n8n, inactive: its placeholders must be filled in
 * n8n before it can do anything useful. createWorkflow sends only name, nodes, connections, settings.
 */
export async function importTemplate(n8n: N8nClient, id: string, hubOrigin: string): Promise<Workflow> {
  if (!isTemplateId(id)) throw notFound("template");
  const draft = templates[id].build({ hubOrigin, newId: randomUUID });
  return n8n.createWorkflow(draft);
}
