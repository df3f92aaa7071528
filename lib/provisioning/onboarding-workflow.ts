// The onboarding workflow every new tenant gets in n8n: the basic WhatsApp bot. Chatwoot (or the Hub)
// posts a new conversation to its webhook and it answers with a welcome text. Its name and webhook
// path carry the tenant, so a shared SmarterOS n8n never mixes two tenants' flows and a resumed
// provisioning run can find the one it already created instead of creating a second.

export function onboardingWorkflowName(slug: string): string {
  return `SmarterOS · Bienvenida por WhatsApp · ${slug}`;
}

export function onboardingWorkflow(tenant: { id: string; slug: string; legalName: string }) {
  const path = `smarteros/${tenant.id}/bienvenida`;
  return {
    name: onboardingWorkflowName(tenant.slug),
    nodes: [
      {
        id: "webhook",
        name: "Conversación nueva",
        type: "n8n-nodes-base.webhook",
        typeVersion: 2,
        position: [0, 0],
        parameters: { httpMethod: "POST", path, responseMode: "lastNode" },
      },
      {
        id: "reply",
        name: "Mensaje de bienvenida",
        type: "n8n-nodes-base.set",
        typeVersion: 3,
        position: [260, 0],
        parameters: {
          assignments: {
            assignments: [
              {
                name: "content",
                type: "string",
                value: `¡Hola! Gracias por escribir a ${tenant.legalName}. En un momento te atendemos.`,
              },
            ],
          },
        },
      },
    ],
    connections: { "Conversación nueva": { main: [[{ node: "Mensaje de bienvenida", type: "main", index: 0 }]] } },
    settings: { executionOrder: "v1" },
  };
}
