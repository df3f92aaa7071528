import { type Ctx, isRecord, json, type Reply, Router } from "../http";
import { accessDenied, errorData, json2Status, OdooError } from "./errors";
import { execute } from "./methods";
import type { OdooVersion } from "./odoo-records";

export const ODOO_DB = "demo";
export const ODOO_LOGIN = "admin";
export const ODOO_KEY = "sandbox-odoo-key";
const UID = 2;
/** The admin user's preferences; JSON-2 runs with them, JSON-RPC only with the context sent. */
const USER_CONTEXT = { lang: "es_CL", tz: "America/Santiago", uid: UID };

export function versionInfo(v: OdooVersion) {
  return {
    server_version: `${v}.0`,
    server_version_info: [v, 0, 0, "final", 0, ""],
    server_serie: `${v}.0`,
    protocol_version: 1,
  };
}

function common(ctx: Ctx, method: string, args: unknown[]): unknown {
  const v = ctx.state.config.odooVersion;
  switch (method) {
    case "version":
      return versionInfo(v);
    case "login":
    case "authenticate": {
      const [db, login, key] = args;
      if (db !== ODOO_DB)
        throw new OdooError(
          "psycopg2.OperationalError",
          `connection to server failed: FATAL:  database "${String(db)}" does not exist`,
        );
      return login === ODOO_LOGIN && key === ODOO_KEY ? UID : false;
    }
    case "about":
      return "See http://openerp.com";
    default:
      throw new OdooError("builtins.AttributeError", `'common' service has no method '${method}'`);
  }
}

function object(ctx: Ctx, method: string, args: unknown[]): unknown {
  if (method !== "execute_kw" && method !== "execute")
    throw new OdooError("builtins.AttributeError", `'object' service has no method '${method}'`);
  const [db, uid, key, model, modelMethod, ...rest] = args;
  if (db !== ODOO_DB)
    throw new OdooError(
      "psycopg2.OperationalError",
      `connection to server failed: FATAL:  database "${String(db)}" does not exist`,
    );
  if (uid !== UID || key !== ODOO_KEY) throw accessDenied();
  const positional = method === "execute_kw" ? (Array.isArray(rest[0]) ? rest[0] : []) : rest;
  const kwargs = method === "execute_kw" && isRecord(rest[1]) ? { ...rest[1] } : {};
  const context = isRecord(kwargs.context) ? kwargs.context : {};
  delete kwargs.context;
  return execute(ctx.state, { model: String(model), method: String(modelMethod), args: positional, kwargs, context });
}

/** POST /jsonrpc: errors travel with HTTP 200 inside the JSON-RPC envelope. */
function jsonrpc(ctx: Ctx): Reply {
  const body = isRecord(ctx.body) ? ctx.body : {};
  const id = body.id ?? null;
  const params = isRecord(body.params) ? body.params : {};
  const args = Array.isArray(params.args) ? params.args : [];
  try {
    const service = params.service;
    let result: unknown;
    if (service === "common") result = common(ctx, String(params.method), args);
    else if (service === "object") result = object(ctx, String(params.method), args);
    else if (service === "db" && params.method === "list") result = [ODOO_DB];
    else throw new OdooError("builtins.KeyError", `'${String(service)}'`);
    return json(200, { jsonrpc: "2.0", id, result });
  } catch (e) {
    if (!(e instanceof OdooError)) throw e;
    return json(200, { jsonrpc: "2.0", id, error: { code: 200, message: "Odoo Server Error", data: errorData(e) } });
  }
}

const HTML_404 =
  "<!doctype html>\n<html lang=en>\n<title>404 Not Found</title>\n<h1>Not Found</h1>\n<p>The requested URL was not found on the server. If you entered the URL manually please check your spelling and try again.</p>\n";

/** POST /json/2/<model>/<method> (19+): bearer key, named arguments, bare results, HTTP statuses. */
function json2(ctx: Ctx): Reply {
  if (ctx.state.config.odooVersion < 19)
    return { status: 404, headers: { "content-type": "text/html; charset=utf-8" }, raw: HTML_404 };
  const auth = String(ctx.headers.authorization ?? "");
  const m = /^bearer\s+(.+)$/i.exec(auth);
  if (!m || m[1].trim() !== ODOO_KEY) {
    return json(401, errorData(new OdooError("werkzeug.exceptions.Unauthorized", "Invalid apikey")));
  }
  const db = ctx.headers["x-odoo-database"];
  if (db !== undefined && db !== ODOO_DB)
    return json(404, errorData(new OdooError("werkzeug.exceptions.NotFound", `database "${String(db)}" not found`)));
  if (ctx.body !== undefined && !isRecord(ctx.body))
    return json(422, errorData(new OdooError("builtins.TypeError", "the body must be a JSON object")));
  const { ids, context, ...kwargs } = isRecord(ctx.body) ? ctx.body : {};
  try {
    const result = execute(ctx.state, {
      model: ctx.params.model,
      method: ctx.params.method,
      ids,
      args: [],
      kwargs,
      context: { ...USER_CONTEXT, ...(isRecord(context) ? context : {}) },
    });
    return json(200, result);
  } catch (e) {
    if (!(e instanceof OdooError)) throw e;
    return json(json2Status(e), errorData(e));
  }
}

function webVersion(ctx: Ctx): Reply {
  const v = ctx.state.config.odooVersion;
  const info = { version_info: [v, 0, 0, "final", 0, ""], version: `${v}.0` };
  // The old JSON-typed route answered POSTs inside a JSON-RPC envelope.
  if (ctx.method === "POST")
    return json(200, { jsonrpc: "2.0", id: isRecord(ctx.body) ? (ctx.body.id ?? null) : null, result: info });
  return json(200, info);
}

export const odooRouter = new Router([
  { method: "POST", path: "/jsonrpc", handler: jsonrpc },
  { method: "POST", path: "/json/2/{model}/{method}", handler: json2 },
  { method: "GET", path: "/web/version", handler: webVersion },
  { method: "POST", path: "/web/version", handler: webVersion },
]);
