// The run dialog's body: parsed in the browser first, so a typo is explained before anything is sent.

export type JsonBodyResult =
  | { ok: true; value: unknown }
  | { ok: false; reason: "empty" }
  | { ok: false; reason: "invalid"; detail: string };

export function parseJsonBody(text: string): JsonBodyResult {
  if (!text.trim()) return { ok: false, reason: "empty" };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (e) {
    // The engine's message names the position ("Unexpected token } in JSON at position 12").
    return { ok: false, reason: "invalid", detail: e instanceof Error ? e.message : String(e) };
  }
}

/** A starting body for the person to edit: n8n keeps no schema of what a webhook expects. */
export const exampleBody = (workflowName: string) =>
  JSON.stringify({ origen: "SmarterOS Hub", flujo: workflowName, prueba: true }, null, 2);
