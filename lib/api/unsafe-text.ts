// Postgres refuses U+0000 in text and jsonb, and a lone UTF-16 surrogate has no UTF-8 form: either in
// what a person sent would reach an insert and fail there as a 500, after the rest of the request had
// already run. No name, note or search the Hub takes needs them, so the wrapper refuses them up front,
// in one place for every JSON body, query string and path parameter, naming the field.

/** Whether a string holds a NUL or a surrogate that is not half of a pair. */
export const isUnsafeText = (s: string) => s.includes("\u0000") || !s.isWellFormed();

/**
 * The path (`name`, `items.2.note`) of the first string or object key in `value` holding unsafe text,
 * or null. Iterative, like the depth check, so it is safe at any depth.
 */
export function findUnsafeText(value: unknown): string | null {
  const pending: { value: unknown; path: string[] }[] = [{ value, path: [] }];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const { value: v, path } = next;
    if (typeof v === "string") {
      if (isUnsafeText(v)) return fieldName(path);
      continue;
    }
    if (v === null || typeof v !== "object") continue;
    for (const [key, child] of Object.entries(v)) {
      if (isUnsafeText(key)) return fieldName([...path, key]);
      pending.push({ value: child, path: [...path, key] });
    }
  }
  return null;
}

/** A readable field name; the key itself is shown escaped so the answer holds no unsafe text either. */
export function fieldName(path: string[]): string {
  const name = path.join(".");
  return isUnsafeText(name) ? JSON.stringify(name).slice(1, -1) : name || "(cuerpo)";
}
