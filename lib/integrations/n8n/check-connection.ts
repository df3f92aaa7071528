import { type CheckItem, type CheckOptions, type CheckResult, checkBaseUrl, diagnose, result } from "../check-result";
import { UpstreamError } from "../upstream-error";
import { createN8nClient, type N8nConnection } from "./client";

const MAX_COUNT_PAGES = 4;

/** n8n's "Probar conexión": URL, reachability, key, and each read scope the Hub needs. */
export async function checkN8nConnection(conn: N8nConnection, opts: CheckOptions = {}): Promise<CheckResult> {
  const badUrl = await checkBaseUrl(conn.baseUrl, opts);
  if (badUrl) return result([badUrl], [], {});
  const client = createN8nClient(conn, { tenantId: opts.tenantId, timeoutMs: opts.timeoutMs ?? 8_000, retries: 0 });

  // Each probe needs one scope (NOTES.md "Auth"); n8n's 403 does not say which, so ask one by one.
  const probes: [string, () => Promise<unknown>][] = [
    ["workflow:list", () => client.listWorkflows({ limit: 1 })],
    ["execution:list", () => client.listExecutions({ limit: 1 })],
    ["tag:list", () => client.listTags({ limit: 1 })],
  ];
  const missing: string[] = [];
  for (const [scope, probe] of probes) {
    try {
      await probe();
    } catch (e) {
      if (e instanceof UpstreamError && e.code === "upstream_forbidden") {
        missing.push(scope);
        continue;
      }
      if (e instanceof UpstreamError && e.code === "upstream_unauthorized") {
        return result(
          [
            {
              code: "wrong_key",
              message:
                "n8n rechazó la clave API. Crea una en n8n (Settings → n8n API), cópiala completa y pégala aquí.",
            },
          ],
          [],
          {},
        );
      }
      const problem = diagnose("n8n", conn.baseUrl, e);
      if (problem.code === "not_the_service") {
        problem.message += " Usa la dirección base de n8n (sin /api/v1) y confirma que la API pública esté habilitada.";
      }
      return result([problem], [], {});
    }
  }
  if (missing.length > 0) {
    const problem: CheckItem = {
      code: "missing_scope",
      message: `La clave API de n8n no tiene ${missing.length === 1 ? "el permiso" : "los permisos"} ${missing
        .map((s) => `«${s}»`)
        .join(", ")}. Edita la clave en n8n (Settings → n8n API) y agrégalos.`,
    };
    return result([problem], [], { missingScopes: missing });
  }

  const info: Record<string, unknown> = {};
  try {
    let count = 0;
    let cursor: string | undefined;
    for (let page = 0; page < MAX_COUNT_PAGES; page++) {
      const res = await client.listWorkflows({ limit: 250, cursor });
      count += res.items.length;
      cursor = res.nextCursor ?? undefined;
      if (!cursor) {
        info.workflowCount = count;
        break;
      }
    }
  } catch {
    // The count is a nicety; the checks above already passed.
  }
  return result([], [], info);
}
