import { chain, httpNode, ifNode, SETTINGS, webhookNode } from "./nodes";
import type { TemplateContext, TemplateId, TemplateSummary, WorkflowDraft } from "./template-types";

// The SmarterOS automations a new tenant starts from. Chatwoot's account, token and the service key
// are placeholders the owner replaces in n8n: importing never copies a credential out of the Hub.

const CHATWOOT_URL = "https://TU-CHATWOOT/api/v1/accounts/ID_DE_CUENTA/conversations";
const CHATWOOT_HEADERS = { api_access_token: "REEMPLAZA_CON_TU_TOKEN_DE_CHATWOOT" };

type Template = Omit<TemplateSummary, "importedAs"> & { build(ctx: TemplateContext): WorkflowDraft };

export const templates: Record<TemplateId, Template> = {
  "nuevo-pedido-whatsapp": {
    id: "nuevo-pedido-whatsapp",
    name: "Nuevo pedido → WhatsApp de bienvenida",
    description:
      "Cuando Odoo confirma un pedido, envía al cliente una plantilla de WhatsApp aprobada con el número del pedido.",
    trigger: "webhook",
    webhookPath: "smarteros-nuevo-pedido",
    setup: [
      "En Odoo, crea una acción automática que llame al webhook del flujo al confirmar un pedido.",
      "En el nodo «Enviar WhatsApp», reemplaza la URL de tu Chatwoot y el token.",
    ],
    build(ctx) {
      const hook = webhookNode(ctx, "Pedido confirmado", this.webhookPath);
      const send = httpNode(ctx, "Enviar WhatsApp", 260, {
        url: CHATWOOT_URL,
        headers: CHATWOOT_HEADERS,
        jsonBody:
          '={\n  "inbox_id": "ID_DE_TU_BANDEJA_WHATSAPP",\n  "source_id": "{{ $json.body.telefono }}",\n  "message": {\n    "template_params": {\n      "name": "confirmacion_pedido",\n      "category": "UTILITY",\n      "language": "es",\n      "processed_params": { "body": { "1": "{{ $json.body.cliente }}", "2": "{{ $json.body.pedido }}" } }\n    }\n  }\n}',
      });
      return { name: this.name, nodes: [hook, send], connections: chain(hook.name, send.name), settings: SETTINGS };
    },
  },
  "whatsapp-respuesta-automatica": {
    id: "whatsapp-respuesta-automatica",
    name: "Mensaje de WhatsApp → respuesta automática",
    description:
      "Cuando un cliente escribe por WhatsApp, responde al instante con un mensaje de bienvenida y el horario de atención.",
    trigger: "webhook",
    webhookPath: "smarteros-whatsapp-entrante",
    setup: [
      "En Chatwoot (Configuración → Integraciones → Webhooks), agrega la URL del webhook del flujo con el evento «message_created».",
      "En el nodo «Responder», reemplaza la URL de tu Chatwoot y el token.",
    ],
    build(ctx) {
      const hook = webhookNode(ctx, "Mensaje recibido", this.webhookPath);
      const incoming = ifNode(ctx, "¿Es del cliente?", 260, "={{ $json.body.message_type }}", "incoming");
      const reply = httpNode(ctx, "Responder", 520, {
        // A leading "=" makes the URL an n8n expression.
        url: `=${CHATWOOT_URL}/{{ $json.body.conversation.id }}/messages`,
        headers: CHATWOOT_HEADERS,
        jsonBody:
          '={\n  "content": "¡Hola! Gracias por escribirnos. Te respondemos de lunes a viernes de 9:00 a 18:00.",\n  "message_type": "outgoing"\n}',
      });
      return {
        name: this.name,
        nodes: [hook, incoming, reply],
        connections: chain(hook.name, incoming.name, reply.name),
        settings: SETTINGS,
      };
    },
  },
  "alta-de-cliente": {
    id: "alta-de-cliente",
    name: "Alta de cliente",
    description:
      "Recibe los datos de un negocio nuevo (RUT, razón social, correo, teléfono y plan) y lo registra en SmarterOS Hub con la API de tenants.",
    trigger: "webhook",
    webhookPath: "smarteros-alta-cliente",
    setup: [
      "En el nodo «Registrar en el Hub», reemplaza el marcador de la clave de servicio por tu SMARTEROS_SERVICE_KEY (mejor como credencial de n8n).",
    ],
    build(ctx) {
      const hook = webhookNode(ctx, "Datos del cliente", this.webhookPath);
      const register = httpNode(ctx, "Registrar en el Hub", 260, {
        url: `${ctx.hubOrigin}/api/tenants`,
        headers: { Authorization: "Bearer REEMPLAZA_CON_TU_SMARTEROS_SERVICE_KEY" },
        jsonBody:
          '={\n  "rut": "{{ $json.body.rut }}",\n  "legalName": "{{ $json.body.legalName }}",\n  "email": "{{ $json.body.email }}",\n  "phone": "{{ $json.body.phone }}",\n  "plan": "{{ $json.body.plan || \'basic\' }}"\n}',
      });
      return {
        name: this.name,
        nodes: [hook, register],
        connections: chain(hook.name, register.name),
        settings: SETTINGS,
      };
    },
  },
};
