import { type SQL, sql } from "drizzle-orm";

/**
 * A JS array as one Postgres text[] parameter. Drizzle expands an array inside sql`` into a row of
 * parameters, which `= any(...)` and `||` cannot use; one JSON parameter works on both drivers.
 */
export function textArray(values: readonly string[]): SQL {
  return sql`array(select jsonb_array_elements_text(${JSON.stringify(values)}::jsonb))`;
}

export function uuidArray(values: readonly string[]): SQL {
  return sql`array(select jsonb_array_elements_text(${JSON.stringify(values)}::jsonb)::uuid)`;
}
