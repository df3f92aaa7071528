// Request bodies are parsed by JSON.parse, which copes with any nesting, and then validated by zod,
// whose recursive schemas (z.json(), nested objects) run out of stack a few thousand levels down and
// would turn a 100 KB body into a 500. No body the Hub takes comes near this depth.
export const MAX_JSON_DEPTH = 64;

/** Whether objects and arrays in `value` nest deeper than `max` levels. Iterative: safe at any depth. */
export function nestsDeeperThan(value: unknown, max: number): boolean {
  const pending: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  for (let next = pending.pop(); next; next = pending.pop()) {
    if (next.value === null || typeof next.value !== "object") continue;
    const depth = next.depth + 1;
    if (depth > max) return true;
    for (const child of Object.values(next.value)) pending.push({ value: child, depth });
  }
  return false;
}
