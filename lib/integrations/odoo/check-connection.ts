import { reasonText } from "@/lib/errors";
import { type CheckItem, type CheckOptions, type CheckResult, checkBaseUrl, diagnose, result } from "../check-result";
import { UpstreamError } from "../upstream-error";
import { createOdooClient, type OdooConnection, type OdooVersion } from "./client";

const MIN_MAJOR = 17;

function credentialsProblem(e: unknown): CheckItem | null {
  if (!(e instanceof UpstreamError)) return null;
  if (e.reason === "odoo_unknown_database") {
    return { code: "unknown_database", message: e.message };
  }
  if (e.code === "upstream_unauthorized")
    return { code: "bad_credentials", message: reasonText("odoo_bad_credentials") };
  return null;
}

/**
 * Odoo's "Probar conexión": URL, reachability, version, database, login and key. Odoo's authenticate
 * answers only false for a wrong login or key; on 19+ JSON-2 checks the key alone, which tells the two apart.
 */
export async function checkOdooConnection(conn: OdooConnection, opts: CheckOptions = {}): Promise<CheckResult> {
  const badUrl = await checkBaseUrl(conn.baseUrl, opts);
  if (badUrl) return result([badUrl], [], {});
  const client = createOdooClient(conn, { tenantId: opts.tenantId, timeoutMs: opts.timeoutMs ?? 8_000, retries: 0 });

  let version: OdooVersion;
  try {
    version = await client.detectVersion();
  } catch (e) {
    return result([diagnose("odoo", conn.baseUrl, e)], [], {});
  }
  const transport = version.major >= 19 ? "json2" : "jsonrpc";
  const info: Record<string, unknown> = { serverVersion: version.serverVersion, major: version.major, transport };
  const warnings: CheckItem[] = [];
  if (!(version.major >= MIN_MAJOR)) {
    warnings.push({
      code: "old_version",
      message: `Odoo ${version.serverVersion} es anterior a la 17: algunas pantallas pueden no funcionar.`,
    });
  }

  let keyAccepted: boolean | undefined;
  if (transport === "json2") {
    try {
      await client.searchCount("res.partner", [["id", "=", 0]]);
      keyAccepted = true;
    } catch (e) {
      const known = credentialsProblem(e);
      if (known?.code === "unknown_database") return result([known], warnings, info);
      if (e instanceof UpstreamError && e.code === "upstream_unauthorized") {
        return result([{ code: "key_rejected", message: reasonText("odoo_bad_key") }], warnings, info);
      }
      if (!(e instanceof UpstreamError && e.code === "upstream_forbidden")) {
        return result([diagnose("odoo", conn.baseUrl, e)], warnings, info);
      }
      keyAccepted = true;
    }
  }

  try {
    info.uid = await client.authenticate();
  } catch (e) {
    const known = credentialsProblem(e);
    if (known?.code === "bad_credentials" && keyAccepted) {
      return result(
        [
          {
            code: "wrong_login",
            message: `La clave API es válida, pero no corresponde al usuario «${conn.login}». Revisa el usuario (login) con el que se creó la clave.`,
          },
        ],
        warnings,
        info,
      );
    }
    // 19 builds may refuse JSON-RPC entirely; the key already worked over JSON-2, which is what the Hub uses.
    if (!known && keyAccepted) return result([], warnings, info);
    return result([known ?? diagnose("odoo", conn.baseUrl, e)], warnings, info);
  }

  if (transport === "jsonrpc") {
    try {
      await client.searchCount("res.partner", [["id", "=", 0]]);
    } catch (e) {
      if (e instanceof UpstreamError && e.code === "upstream_forbidden") {
        warnings.push({
          code: "limited_rights",
          message: "El usuario de Odoo no puede leer contactos: algunas pantallas quedarán vacías.",
        });
      } else return result([diagnose("odoo", conn.baseUrl, e)], warnings, info);
    }
  }
  return result([], warnings, info);
}
