import type { HttpMethod } from "./request";

/** One documented upstream endpoint: the adapters build every URL from these, and a test checks them against the specs. */
export interface RouteTemplate {
  readonly method: HttpMethod;
  /** Path with `{param}` placeholders, as the contract writes it. */
  readonly path: string;
}

export type QueryValue = string | number | boolean | null | undefined | readonly (string | number)[];

/** Fills `{param}` slots, encoding each value so an id can never add path segments or a query. */
export function fillPath(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{([^}]+)\}/g, (_whole, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`missing path parameter ${name}`);
    return encodeURIComponent(String(value));
  });
}

/** Appends a query string; arrays repeat the key (`labels[]=a&labels[]=b`), empty values are left out. */
export function withQuery(url: string, query: Record<string, QueryValue> = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === "") continue;
    if (Array.isArray(value)) for (const v of value) params.append(key, String(v));
    else params.append(key, String(value));
  }
  const qs = params.toString();
  return qs ? `${url}?${qs}` : url;
}
