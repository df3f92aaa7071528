import type { N8nData, N8nExecution, N8nNode, N8nTag, N8nWorkflow } from "../n8n/n8n-records";
import type { Rng } from "./random";

const DAY_MS = 86_400_000;

interface WorkflowSpec {
  name: string;
  active: boolean;
  tags: string[];
  trigger: { kind: "webhook"; path: string; method: string } | { kind: "schedule"; rule: string } | { kind: "manual" };
  steps: [name: string, type: string][];
  /** Errors this workflow's failed executions carry: [node, message]. */
  failures: [string, string][];
}

const SPECS: WorkflowSpec[] = [
  {
    name: "Chatwoot → Odoo: crear contacto nuevo",
    active: true,
    tags: ["chatwoot", "odoo"],
    trigger: { kind: "webhook", path: "chatwoot-nuevo-contacto", method: "POST" },
    steps: [
      ["Buscar partner por teléfono", "n8n-nodes-base.odoo"],
      ["Crear partner", "n8n-nodes-base.odoo"],
    ],
    failures: [["Crear partner", "Odoo: ValidationError — El RUT ingresado no es válido"]],
  },
  {
    name: "Pedido confirmado → aviso por WhatsApp",
    active: true,
    tags: ["ventas", "whatsapp"],
    trigger: { kind: "webhook", path: "pedido-confirmado", method: "POST" },
    steps: [
      ["Leer pedido", "n8n-nodes-base.odoo"],
      ["Enviar plantilla", "n8n-nodes-base.httpRequest"],
    ],
    failures: [
      ["Enviar plantilla", "Request failed with status code 429"],
      ["Leer pedido", "Odoo: Access Denied"],
    ],
  },
  {
    name: "Recordatorio de facturas vencidas",
    active: true,
    tags: ["cobranza", "odoo"],
    trigger: { kind: "schedule", rule: "0 9 * * 1-5" },
    steps: [
      ["Facturas vencidas", "n8n-nodes-base.odoo"],
      ["Enviar recordatorio", "n8n-nodes-base.httpRequest"],
    ],
    failures: [["Facturas vencidas", "The service was not able to process your request: timeout of 30000ms exceeded"]],
  },
  {
    name: "Reporte diario de ventas",
    active: true,
    tags: ["ventas", "reportes"],
    trigger: { kind: "schedule", rule: "0 20 * * *" },
    steps: [
      ["Ventas del día", "n8n-nodes-base.odoo"],
      ["Enviar correo", "n8n-nodes-base.emailSend"],
    ],
    failures: [["Enviar correo", "Connection timeout: SMTP server did not respond"]],
  },
  {
    name: "Encuesta de satisfacción post-venta",
    active: false,
    tags: ["whatsapp"],
    trigger: { kind: "webhook", path: "encuesta-satisfaccion", method: "GET" },
    steps: [["Guardar respuesta", "n8n-nodes-base.googleSheets"]],
    failures: [["Guardar respuesta", "The caller does not have permission"]],
  },
  {
    name: "Cotización desde formulario web",
    active: true,
    tags: ["ventas", "web"],
    trigger: { kind: "webhook", path: "cotizacion-web", method: "POST" },
    steps: [
      ["Crear cotización", "n8n-nodes-base.odoo"],
      ["Notificar en Chatwoot", "n8n-nodes-base.httpRequest"],
    ],
    failures: [["Crear cotización", "Odoo: UserError — El producto FER-0031 no está disponible para la venta"]],
  },
  {
    // Same webhook path as the active "Pedido confirmado": activating it must conflict (409).
    name: "Pedido confirmado v2 (borrador)",
    active: false,
    tags: ["ventas"],
    trigger: { kind: "webhook", path: "pedido-confirmado", method: "POST" },
    steps: [["Leer pedido", "n8n-nodes-base.odoo"]],
    failures: [],
  },
  {
    // Only a manual trigger: n8n refuses to activate it (400).
    name: "Respaldo manual de contactos",
    active: false,
    tags: ["mantenimiento"],
    trigger: { kind: "manual" },
    steps: [["Exportar contactos", "n8n-nodes-base.odoo"]],
    failures: [],
  },
];

function triggerNode(rng: Rng, t: WorkflowSpec["trigger"]): N8nNode {
  const base = { id: rng.uuid(), position: [0, 0] };
  if (t.kind === "webhook") {
    return {
      ...base,
      name: "Webhook",
      type: "n8n-nodes-base.webhook",
      typeVersion: 2,
      webhookId: rng.uuid(),
      parameters: { httpMethod: t.method, path: t.path, options: {} },
    };
  }
  if (t.kind === "schedule") {
    return {
      ...base,
      name: "Programación",
      type: "n8n-nodes-base.scheduleTrigger",
      typeVersion: 1.2,
      parameters: { rule: { interval: [{ field: "cronExpression", expression: t.rule }] } },
    };
  }
  return {
    ...base,
    name: "Al hacer clic en 'Ejecutar'",
    type: "n8n-nodes-base.manualTrigger",
    typeVersion: 1,
    parameters: {},
  };
}

export function seedN8n(rng: Rng, nowMs: number, factor: number): N8nData {
  const tagNames = [...new Set(SPECS.flatMap((s) => s.tags))];
  const tagStamp = new Date(nowMs - 200 * DAY_MS).toISOString();
  const tags: N8nTag[] = tagNames.map((name) => ({
    id: rng.alnum(16),
    name,
    createdAt: tagStamp,
    updatedAt: tagStamp,
  }));
  const workflows: N8nWorkflow[] = SPECS.map((s, i) => {
    const trigger = triggerNode(rng, s.trigger);
    const nodes: N8nNode[] = [
      trigger,
      ...s.steps.map(([name, type], k) => ({
        id: rng.uuid(),
        name,
        type,
        typeVersion: 1,
        position: [220 * (k + 1), 0],
        parameters: {},
      })),
    ];
    const connections: Record<string, unknown> = {};
    for (let k = 0; k < nodes.length - 1; k++)
      connections[nodes[k].name] = { main: [[{ node: nodes[k + 1].name, type: "main", index: 0 }]] };
    const created = new Date(nowMs - (180 - i * 15) * DAY_MS).toISOString();
    return {
      id: rng.alnum(16),
      name: s.name,
      active: s.active,
      createdAt: created,
      updatedAt: new Date(nowMs - (20 - i) * DAY_MS).toISOString(),
      nodes,
      connections,
      settings: { executionOrder: "v1", timezone: "America/Santiago", saveDataErrorExecution: "all" },
      tagIds: s.tags.map((n) => tags[tagNames.indexOf(n)].id),
      versionId: rng.uuid(),
    };
  });

  const runnable = SPECS.map((s, i) => ({ s, w: workflows[i] })).filter(({ s }) => s.failures.length > 0);
  const count = Math.round(500 * factor);
  const starts = Array.from({ length: count }, () => nowMs - Math.floor(rng.float() * 30 * DAY_MS)).sort(
    (a, b) => a - b,
  );
  const executions: N8nExecution[] = starts.map((start, i) => {
    const { s, w } = rng.pick(runnable);
    const failed = rng.chance(0.16);
    const stop = start + rng.int(120, failed ? 30_000 : 8_000);
    return {
      id: i + 1,
      workflowId: w.id,
      mode: s.trigger.kind === "webhook" ? "webhook" : "trigger",
      status: failed ? "error" : "success",
      startedAt: new Date(start).toISOString(),
      stoppedAt: new Date(stop).toISOString(),
      retryOf: null,
      retrySuccessId: null,
      data: runData(w, failed ? rng.pick(s.failures) : null, start),
    };
  });
  return { workflows, tags, executions, nextExecutionId: executions.length + 1 };
}

/** Shaped like n8n's `IRunExecutionData`, trimmed to what a status page reads. */
export function runData(w: N8nWorkflow, failure: [string, string] | null, startMs: number): Record<string, unknown> {
  const runs: Record<string, unknown> = {};
  let t = startMs;
  for (const node of w.nodes) {
    const failing = failure && node.name === failure[0];
    runs[node.name] = [
      failing
        ? {
            startTime: t,
            executionTime: 95,
            executionStatus: "error",
            error: { message: failure[1], name: "NodeApiError" },
          }
        : { startTime: t, executionTime: 40, executionStatus: "success", data: { main: [[{ json: { ok: true } }]] } },
    ];
    t += 50;
    if (failing) break;
  }
  const failingNode = failure ? w.nodes.find((n) => n.name === failure[0]) : undefined;
  return {
    startData: {},
    resultData: {
      runData: runs,
      lastNodeExecuted: failure ? failure[0] : w.nodes[w.nodes.length - 1].name,
      ...(failure
        ? {
            error: {
              message: failure[1],
              name: "NodeApiError",
              node: { name: failingNode?.name, type: failingNode?.type },
            },
          }
        : {}),
    },
  };
}
