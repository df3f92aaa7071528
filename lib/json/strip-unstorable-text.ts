// Postgres cannot store U+0000 in text or jsonb, and jsonb refuses a lone UTF-16 surrogate: one such
// character anywhere fails the whole insert. Upstream payloads (Chatwoot's webhooks) are stored as they
// come and are never sent again, so those characters are dropped there instead of losing the event.

// A NUL, a high surrogate with no low one after it, or a low surrogate with no high one before it.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching NUL is the point.
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function hasUnstorableText(s: string): boolean {
  UNSTORABLE.lastIndex = 0;
  const found = UNSTORABLE.test(s);
  UNSTORABLE.lastIndex = 0;
  return found;
}

export function stripUnstorableText(s: string): string {
  return hasUnstorableText(s) ? s.replace(UNSTORABLE, "") : s;
}

type JsonContainer = Record<string, unknown> | unknown[];

const isContainer = (v: unknown): v is JsonContainer => typeof v === "object" && v !== null;

/**
 * Strips those characters from every string, keys included, of a freshly parsed JSON value, in place.
 * Iterative rather than recursive: JSON.parse accepts nesting far deeper than the call stack allows.
 */
export function stripUnstorableJson<T>(value: T): T {
  if (typeof value === "string") return stripUnstorableText(value) as T;
  if (!isContainer(value)) return value;
  const stack: JsonContainer[] = [value];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        const item = node[i];
        if (typeof item === "string") node[i] = stripUnstorableText(item);
        else if (isContainer(item)) stack.push(item);
      }
      continue;
    }
    for (const key of Object.keys(node)) {
      const item = node[key];
      const clean = typeof item === "string" ? stripUnstorableText(item) : item;
      if (isContainer(clean)) stack.push(clean);
      const cleanKey = stripUnstorableText(key);
      if (cleanKey !== key) delete node[key];
      node[cleanKey] = clean;
    }
  }
  return value;
}
