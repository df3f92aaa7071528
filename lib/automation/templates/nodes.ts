import type { TemplateContext } from "./template-types";

// Node builders in n8n's workflow JSON (name, type, typeVersion, position, parameters). Every value a
// tenant must supply is a visible placeholder to replace in n8n: a template never carries a secret.

export const SETTINGS = { executionOrder: "v1", timezone: "America/Santiago", saveDataErrorExecution: "all" };

export function webhookNode(ctx: TemplateContext, name: string, path: string, x = 0) {
  return {
    id: ctx.newId(),
    // n8n registers a production webhook by this id and the path.
    webhookId: ctx.newId(),
    name,
    type: "n8n-nodes-base.webhook",
    typeVersion: 2,
    position: [x, 0],
    parameters: { httpMethod: "POST", path, responseMode: "onReceived", options: {} },
  };
}

export function httpNode(
  ctx: TemplateContext,
  name: string,
  x: number,
  req: { url: string; headers: Record<string, string>; jsonBody: string },
) {
  return {
    id: ctx.newId(),
    name,
    type: "n8n-nodes-base.httpRequest",
    typeVersion: 4.2,
    position: [x, 0],
    parameters: {
      method: "POST",
      url: req.url,
      sendHeaders: true,
      headerParameters: { parameters: Object.entries(req.headers).map(([name, value]) => ({ name, value })) },
      sendBody: true,
      specifyBody: "json",
      jsonBody: req.jsonBody,
      options: {},
    },
  };
}

export function ifNode(ctx: TemplateContext, name: string, x: number, left: string, equals: string) {
  return {
    id: ctx.newId(),
    name,
    type: "n8n-nodes-base.if",
    typeVersion: 2,
    position: [x, 0],
    parameters: {
      conditions: {
        options: { caseSensitive: true, typeValidation: "strict" },
        combinator: "and",
        conditions: [
          { id: ctx.newId(), leftValue: left, rightValue: equals, operator: { type: "string", operation: "equals" } },
        ],
      },
      options: {},
    },
  };
}

/** A straight line a → b → c on each node's first output. */
export function chain(...names: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (let i = 0; i < names.length - 1; i++) {
    out[names[i]] = { main: [[{ node: names[i + 1], type: "main", index: 0 }]] };
  }
  return out;
}
