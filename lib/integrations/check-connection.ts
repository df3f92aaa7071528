import { checkChatwootConnection } from "./chatwoot/check-connection";
import type { ChatwootConnection } from "./chatwoot/client";
import type { CheckOptions, CheckResult } from "./check-result";
import { checkN8nConnection } from "./n8n/check-connection";
import type { N8nConnection } from "./n8n/client";
import { checkOdooConnection } from "./odoo/check-connection";
import type { OdooConnection } from "./odoo/transport";

export type { CheckItem, CheckOptions, CheckResult } from "./check-result";

export interface ConnectionByKind {
  chatwoot: ChatwootConnection;
  odoo: OdooConnection;
  n8n: N8nConnection;
}

/** One entry point for the settings page and the integrations API; never throws for upstream trouble. */
export function checkConnection<K extends keyof ConnectionByKind>(
  kind: K,
  connection: ConnectionByKind[K],
  opts: CheckOptions = {},
): Promise<CheckResult> {
  switch (kind) {
    case "chatwoot":
      return checkChatwootConnection(connection as ChatwootConnection, opts);
    case "odoo":
      return checkOdooConnection(connection as OdooConnection, opts);
    default:
      return checkN8nConnection(connection as N8nConnection, opts);
  }
}
