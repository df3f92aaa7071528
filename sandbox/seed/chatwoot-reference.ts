import type { CwCanned, CwInbox, CwLabel, CwUser } from "../chatwoot/chatwoot-records";
import { BUSINESS } from "./names";

export const CHATWOOT_ADMIN_TOKEN = "sandbox-chatwoot-token";
export const CHATWOOT_AGENT_TOKEN = "sandbox-chatwoot-agent-token";
export const WHATSAPP_INBOX_ID = 1;
export const WEB_INBOX_ID = 2;

export function seedUsers(): CwUser[] {
  return [
    {
      id: 1,
      name: "Camila Rojas",
      email: "camila@ferreteriaelroble.cl",
      role: "administrator",
      token: CHATWOOT_ADMIN_TOKEN,
      availability: "online",
    },
    {
      id: 2,
      name: "Diego Fuentes",
      email: "diego@ferreteriaelroble.cl",
      role: "agent",
      token: CHATWOOT_AGENT_TOKEN,
      availability: "online",
    },
    {
      id: 3,
      name: "Valentina Soto",
      email: "valentina@ferreteriaelroble.cl",
      role: "agent",
      token: "sandbox-chatwoot-valentina-token",
      availability: "busy",
    },
  ];
}

export function seedInboxes(): CwInbox[] {
  return [
    {
      id: WHATSAPP_INBOX_ID,
      name: "WhatsApp Ferretería",
      channelType: "Channel::Whatsapp",
      phoneNumber: BUSINESS.whatsapp,
      templates: [
        {
          id: "1201",
          name: "confirmacion_pedido",
          status: "APPROVED",
          category: "UTILITY",
          language: "es",
          body: "Hola {{1}}, tu pedido {{2}} está listo para retiro en Ferretería El Roble. ¡Te esperamos!",
        },
        {
          id: "1202",
          name: "seguimiento_cotizacion",
          status: "APPROVED",
          category: "MARKETING",
          language: "es",
          body: "Hola {{1}}, ¿pudiste revisar la cotización que te enviamos? Si tienes dudas, respóndenos este mensaje.",
        },
        {
          id: "1203",
          name: "recordatorio_pago",
          status: "APPROVED",
          category: "UTILITY",
          language: "es",
          body: "Hola {{1}}, te recordamos que la factura {{2}} por {{3}} vence el {{4}}.",
        },
        {
          id: "1204",
          name: "promo_invierno",
          status: "PENDING",
          category: "MARKETING",
          language: "es",
          body: "¡Llegó el invierno a Ferretería El Roble! {{1}} de descuento en estufas y burletes hasta el domingo.",
        },
      ],
    },
    {
      id: WEB_INBOX_ID,
      name: "Chat web ferreteriaelroble.cl",
      channelType: "Channel::WebWidget",
      phoneNumber: null,
      templates: [],
    },
  ];
}

export function seedLabels(): CwLabel[] {
  return [
    { id: 1, title: "cotizacion", description: "Piden precio o cotización formal", color: "#1f93ff" },
    { id: 2, title: "despacho", description: "Consultas de despacho y retiro", color: "#44ce4b" },
    { id: 3, title: "factura", description: "Facturas, boletas y pagos", color: "#ffa500" },
    { id: 4, title: "reclamo", description: "Garantías, cambios y reclamos", color: "#e0115f" },
    { id: 5, title: "mayorista", description: "Clientes empresa con precio especial", color: "#8b5cf6" },
    { id: 6, title: "urgente", description: "Necesita respuesta hoy", color: "#ff382d" },
  ];
}

export function seedCanned(): CwCanned[] {
  return [
    {
      id: 1,
      shortCode: "saludo",
      content: "¡Hola! Gracias por escribir a Ferretería El Roble. ¿En qué le podemos ayudar?",
    },
    {
      id: 2,
      shortCode: "horario",
      content: "Atendemos de lunes a viernes de 9:00 a 19:00 y los sábados de 9:00 a 14:00.",
    },
    {
      id: 3,
      shortCode: "despacho",
      content: "Despachamos en Santiago oriente de lunes a viernes. El costo depende de la comuna.",
    },
    {
      id: 4,
      shortCode: "transferencia",
      content:
        "Datos de transferencia: Ferretería El Roble SpA, RUT 76.886.431-4, Banco de Chile, cuenta corriente 00-123-45678-09.",
    },
    {
      id: 5,
      shortCode: "cotizacion",
      content: "Le enviamos la cotización por este medio en unos minutos. ¿Me confirma su RUT para emitirla?",
    },
    { id: 6, shortCode: "gracias", content: "¡Muchas gracias por su compra! Que tenga un excelente día." },
  ];
}
