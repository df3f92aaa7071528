import type { Integration, ServiceKind } from "@/features/settings/hooks/use-integrations";
import type { MessageKey } from "@/lib/i18n/types";

type Field = {
  name: string;
  label: MessageKey;
  type?: "text" | "password" | "number" | "url";
  secret?: boolean;
  placeholder?: string;
};

// The form of each service mirrors the integrations API's body for it.
export const serviceForms: Record<ServiceKind, { title: string; description: MessageKey; fields: Field[] }> = {
  chatwoot: {
    title: "Chatwoot",
    description: "integrations.chatwootDescription",
    fields: [
      { name: "baseUrl", label: "integrations.baseUrl", type: "url", placeholder: "https://chat.tuempresa.cl" },
      { name: "accountId", label: "integrations.accountId", type: "number", placeholder: "1" },
      { name: "token", label: "integrations.token", type: "password", secret: true },
    ],
  },
  odoo: {
    title: "Odoo",
    description: "integrations.odooDescription",
    fields: [
      { name: "baseUrl", label: "integrations.baseUrl", type: "url", placeholder: "https://erp.tuempresa.cl" },
      { name: "database", label: "integrations.database" },
      { name: "login", label: "integrations.login", placeholder: "admin" },
      { name: "apiKey", label: "integrations.apiKey", type: "password", secret: true },
    ],
  },
  n8n: {
    title: "n8n",
    description: "integrations.n8nDescription",
    fields: [
      { name: "baseUrl", label: "integrations.baseUrl", type: "url", placeholder: "https://n8n.tuempresa.cl" },
      { name: "apiKey", label: "integrations.apiKey", type: "password", secret: true },
    ],
  },
};

/** The form's starting values: what is saved, secrets always blank. */
export function initialValues(integration: Integration): Record<string, string> {
  return {
    baseUrl: integration.baseUrl ?? "",
    accountId: integration.accountId ? String(integration.accountId) : "",
    database: integration.database ?? "",
    login: integration.login ?? "",
    token: "",
    apiKey: "",
  };
}

/** The body for the API: only this service's fields, blank secrets left out so the saved ones stay. */
export function toBody(kind: ServiceKind, values: Record<string, string>) {
  const body: Record<string, string> = {};
  for (const field of serviceForms[kind].fields) {
    const value = values[field.name]?.trim() ?? "";
    if (field.secret && !value) continue;
    body[field.name] = value;
  }
  return body;
}
