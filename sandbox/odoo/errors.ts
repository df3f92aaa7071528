/** An Odoo exception as the server serialises it: `name` is the Python class (NOTES.md "Two transports"). */
export class OdooError extends Error {
  constructor(
    readonly exception: string,
    message: string,
  ) {
    super(message);
  }
}

export const accessDenied = () => new OdooError("odoo.exceptions.AccessDenied", "Access Denied");
export const valueError = (m: string) => new OdooError("builtins.ValueError", m);
export const typeError = (m: string) => new OdooError("builtins.TypeError", m);

/** JSON-2's HTTP status per exception (NOTES.md). */
export function json2Status(e: OdooError): number {
  switch (e.exception) {
    case "odoo.exceptions.AccessDenied":
      return 401;
    case "odoo.exceptions.AccessError":
      return 403;
    case "odoo.exceptions.MissingError":
    case "builtins.KeyError":
    case "builtins.AttributeError":
      return 404;
    case "odoo.exceptions.UserError":
    case "odoo.exceptions.ValidationError":
    case "builtins.ValueError":
    case "builtins.TypeError":
      return 422;
    default:
      return 500;
  }
}

export function errorData(e: OdooError): Record<string, unknown> {
  return {
    name: e.exception,
    message: e.message,
    arguments: [e.message],
    context: {},
    debug: `Traceback (most recent call last):\n  File "odoo/http.py", line 2230, in _serve_db\n${e.exception}: ${e.message}\n`,
  };
}
