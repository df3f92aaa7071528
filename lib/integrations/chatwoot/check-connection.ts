import { type CheckItem, type CheckOptions, type CheckResult, checkBaseUrl, diagnose, result } from "../check-result";
import { UpstreamError } from "../upstream-error";
import type { Profile } from "./chatwoot-models";
import { type ChatwootConnection, createChatwootClient } from "./client";

const REPORTS_WARNING: CheckItem = {
  code: "not_admin",
  message:
    "El token no es de un administrador de Chatwoot: la conexión funciona, pero los reportes y el registro automático del webhook no. Usa el token de un administrador para tenerlos.",
};

const wrongAccount = (accountId: number): CheckItem => ({
  code: "wrong_account",
  message: `El token es válido, pero no tiene acceso a la cuenta ${accountId} de Chatwoot. Revisa el id de cuenta: es el número que aparece en la URL de Chatwoot (/app/accounts/<id>/...).`,
});

/** Chatwoot's "Probar conexión": URL, reachability, token, account id, administrator rights. */
export async function checkChatwootConnection(conn: ChatwootConnection, opts: CheckOptions = {}): Promise<CheckResult> {
  const badUrl = await checkBaseUrl(conn.baseUrl, opts);
  if (badUrl) return result([badUrl], [], {});
  const client = createChatwootClient(conn, {
    tenantId: opts.tenantId,
    timeoutMs: opts.timeoutMs ?? 8_000,
    retries: 0,
  });

  let profile: Profile;
  try {
    profile = await client.profile();
  } catch (e) {
    if (e instanceof UpstreamError && e.code === "upstream_unauthorized") {
      return result(
        [
          {
            code: "wrong_token",
            message:
              "Chatwoot rechazó el token de acceso. Cópialo de nuevo desde Chatwoot (Perfil → Token de acceso) y pégalo completo.",
          },
        ],
        [],
        {},
      );
    }
    return result([diagnose("chatwoot", conn.baseUrl, e)], [], {});
  }

  const info: Record<string, unknown> = { userName: profile.name };
  const account = profile.accounts.find((a) => a.id === conn.accountId);
  if (profile.accounts.length > 0 && !account) return result([wrongAccount(conn.accountId)], [], info);

  // Old servers omit accounts in the profile: an account-scoped call tells instead (404 for others).
  try {
    await client.listInboxes();
  } catch (e) {
    if (e instanceof UpstreamError && (e.code === "upstream_not_found" || e.code === "upstream_unauthorized")) {
      return result([wrongAccount(conn.accountId)], [], info);
    }
    return result([diagnose("chatwoot", conn.baseUrl, e)], [], info);
  }

  const role = account?.role ?? profile.role;
  Object.assign(info, { accountName: account?.name ?? null, role });
  const warnings: CheckItem[] = [];
  if (role && role !== "administrator") warnings.push(REPORTS_WARNING);
  else {
    // The role can be a custom one; the reports endpoint is the real test of what the dashboard needs.
    const until = new Date();
    try {
      await client.reportsSummary({ since: new Date(until.getTime() - 86_400_000), until });
    } catch (e) {
      if (e instanceof UpstreamError && ["upstream_forbidden", "upstream_unauthorized"].includes(e.code)) {
        warnings.push(REPORTS_WARNING);
      }
    }
  }
  return result([], warnings, info);
}
