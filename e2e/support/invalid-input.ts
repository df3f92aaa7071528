import fc from "fast-check";
import type { BodySpec, QueryField, QuerySpec } from "./route-matrix";

// Generators of request bodies and queries that are invalid by construction: each case carries one
// "breaker" the route's schema must refuse (wrong type, missing field, unknown key, malformed value,
// not JSON at all) plus noise around it (unicode, huge strings, deep nesting, prototype keys), so a
// route that accepted one would be writing something. The fuzz spec sends them and expects a 400.

export type FuzzCase = { query: URLSearchParams; body?: string; breaker: string };

const pollutionKeys = ["__proto__", "constructor", "prototype", "__defineGetter__", "toString", "hasOwnProperty"];

/** Text that starts with a letter: never a number, a date, an enum value or a RUT. */
const letterJunk = fc.string({ unit: "grapheme", maxLength: 40 }).map((s) => `x${s}`);

const hugeText = fc
  .tuple(fc.integer({ min: 5_000, max: 20_000 }), fc.constantFrom("a", "ñ", "😀", "\u0000", " ", "\u202e"))
  .map(([n, ch]) => ch.repeat(n));

// Nesting deep enough for a recursive validator; deeper bodies are written as text (deepBody) because
// JSON.stringify here would run out of stack first.
const deepNesting = fc
  .tuple(fc.integer({ min: 50, max: 300 }), fc.constantFrom("array", "object"))
  .map(([depth, kind]) => {
    let v: unknown = 1;
    for (let i = 0; i < depth; i++) v = kind === "array" ? [v] : { a: v };
    return v;
  });

const junkKey = fc.oneof(
  fc.constantFrom(...pollutionKeys),
  fc.string({ unit: "grapheme", minLength: 1, maxLength: 20 }),
  fc.string({ unit: "binary", minLength: 1, maxLength: 8 }),
);

const junkValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 60 }) },
  { weight: 1, arbitrary: hugeText },
  { weight: 1, arbitrary: deepNesting },
);

function defineKey(target: Record<string, unknown>, key: string, value: unknown) {
  // A plain assignment to "__proto__" would set the prototype instead of sending the key.
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

const junkObject = fc.array(fc.tuple(junkKey, junkValue), { minLength: 1, maxLength: 4 }).map((entries) => {
  const o: Record<string, unknown> = {};
  for (const [k, v] of entries) defineKey(o, k, v);
  return o;
});

/** Values no schema field of the sample's type accepts (numbers may be coerced from text, so never digits). */
function wrongFor(sample: unknown): fc.Arbitrary<unknown> {
  if (typeof sample === "number") return fc.oneof(letterJunk, junkObject);
  if (typeof sample === "string") {
    return fc.oneof(
      fc.integer(),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.boolean(),
      fc.constant(null),
      fc.array(junkValue, { maxLength: 3 }),
      junkObject,
    );
  }
  if (Array.isArray(sample)) return fc.oneof(letterJunk, fc.integer(), fc.constant(null), junkObject);
  if (typeof sample === "boolean") return fc.oneof(letterJunk, fc.integer(), junkObject);
  return fc.oneof(letterJunk, fc.integer(), fc.array(junkValue, { maxLength: 3 }));
}

const notJson = fc
  .oneof(
    fc.string({ unit: "grapheme", minLength: 1, maxLength: 200 }),
    fc.string({ unit: "binary", minLength: 1, maxLength: 200 }),
    fc.constantFrom("{", "{'a':1}", "[1,", "undefined", "NaN", '{"a":}', "<xml/>", "\u0000", "  ", "{}}"),
    hugeText.map((s) => `{"a":"${s}`),
  )
  .filter((s) => {
    try {
      JSON.parse(s);
      return false;
    } catch {
      return true;
    }
  });

const notAnObject = fc.oneof(
  fc.array(junkValue, { maxLength: 5 }),
  fc.string({ maxLength: 50 }),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.constant(null),
);

/** Invalid JSON bodies for the route, each with the one thing that makes it invalid. */
export function invalidBody(spec: BodySpec): fc.Arbitrary<{ body: string; breaker: string }> {
  const known = Object.keys(spec.sample);
  const typed = known.filter((k) => !spec.freeForm?.includes(k));
  const breakers: fc.Arbitrary<{ body: string; breaker: string }>[] = [
    notJson.map((body) => ({ body, breaker: "not JSON" })),
    notAnObject.map((v) => ({ body: JSON.stringify(v), breaker: "not an object" })),
  ];
  // Noise first (noisyObject), breaker last, so no noise key can undo the breaker.
  if (typed.length) {
    breakers.push(
      fc.constantFrom(...typed).chain((field) =>
        fc.tuple(wrongFor(spec.sample[field]), noisyObject(spec)).map(([wrong, o]) => {
          o[field] = wrong;
          return { body: JSON.stringify(o), breaker: `wrong type for ${field}` };
        }),
      ),
    );
  }
  if (spec.required.length) {
    breakers.push(
      fc.tuple(fc.constantFrom(...spec.required), noisyObject(spec)).map(([field, o]) => {
        delete o[field];
        return { body: JSON.stringify(o), breaker: `missing ${field}` };
      }),
    );
  }
  breakers.push(deepBody(spec));
  // A valid sample with one string made unsafe: Postgres refuses NUL, and a lone surrogate has no UTF-8.
  const texts = known.filter((k) => typeof spec.sample[k] === "string");
  if (texts.length) {
    breakers.push(
      fc.tuple(fc.constantFrom(...texts), unsafeChar).map(([field, ch]) => {
        const o: Record<string, unknown> = structuredClone(spec.sample);
        o[field] = `${String(o[field]).slice(0, 1)}${ch}${String(o[field]).slice(1)}`;
        return { body: JSON.stringify(o), breaker: `unsafe text in ${field}` };
      }),
    );
  }
  if (spec.strict) {
    breakers.push(
      fc
        .tuple(
          junkKey.filter((k) => !known.includes(k)),
          junkValue,
          noisyObject(spec),
        )
        .map(([key, value, o]) => {
          defineKey(o, key, value);
          return { body: JSON.stringify(o), breaker: `unknown key ${JSON.stringify(key).slice(0, 40)}` };
        }),
    );
  }
  return fc.oneof(...breakers);
}

/** NUL and lone surrogates: the wrapper refuses them in every JSON input (lib/api/unsafe-text.ts). */
const unsafeChar = fc.constantFrom("\u0000", "\ud800", "\udfff", "a\u0000");

const deepMarker = "\u0000deep\u0000";

/**
 * One field nested thousands of objects deep. An object is the wrong type for every typed field (and
 * never coerces to a number); a free-form field takes it, so there an unknown key breaks the body.
 */
function deepBody(spec: BodySpec): fc.Arbitrary<{ body: string; breaker: string }> {
  const known = Object.keys(spec.sample);
  // With no fields, a strict body refuses the deep field's key itself.
  const usable = known.length
    ? known.filter((k) => !spec.freeForm?.includes(k) || spec.strict)
    : spec.strict
      ? ["x"]
      : [];
  if (!usable.length) return notAnObject.map((v) => ({ body: JSON.stringify(v), breaker: "not an object" }));
  return fc.tuple(fc.constantFrom(...usable), fc.integer({ min: 100, max: 5_000 })).map(([field, depth]) => {
    const o: Record<string, unknown> = { ...spec.sample, [field]: deepMarker };
    if (spec.freeForm?.includes(field)) o["unknown key"] = 1;
    const deep = `${'{"a":'.repeat(depth)}1${"}".repeat(depth)}`;
    return { body: JSON.stringify(o).replace(JSON.stringify(deepMarker), deep), breaker: `${field} ${depth} deep` };
  });
}

/** The sample with noise: extra keys where the schema strips them, some fields replaced with junk. */
function noisyObject(spec: BodySpec): fc.Arbitrary<Record<string, unknown>> {
  const known = Object.keys(spec.sample);
  return fc
    .tuple(
      fc.array(fc.tuple(junkKey, junkValue), { maxLength: 3 }),
      known.length ? fc.array(fc.tuple(fc.constantFrom(...known), junkValue), { maxLength: 2 }) : fc.constant([]),
    )
    .map(([extra, replaced]) => {
      const o: Record<string, unknown> = structuredClone(spec.sample);
      // On strict routes an extra key would be a second breaker and hide the first.
      if (!spec.strict) for (const [k, v] of extra) if (!known.includes(k)) defineKey(o, k, v);
      for (const [k, v] of replaced) o[k] = v;
      return o;
    });
}

const digitsRun = fc.integer({ min: 20, max: 40 }).map((n) => "9".repeat(n));

/** Text values a query field of this kind refuses. Kept under ~3 000 characters: URLs have a size limit. */
function invalidValue(kind: QueryField): fc.Arbitrary<string> {
  if (kind.startsWith("max:")) {
    const max = Number(kind.slice(4));
    return fc.integer({ min: max + 1, max: Math.max(max + 1, 2_500) }).map((n) => "x".repeat(n));
  }
  switch (kind) {
    case "int":
      return fc.oneof(letterJunk, digitsRun, fc.constantFrom("-1", "1.5", " 7", "0x10", "1e3", "+5", "٣", ""));
    case "count":
      return fc.oneof(letterJunk, fc.constantFrom("-1", "1.5", "0", ""));
    case "day":
      return fc.oneof(
        letterJunk,
        fc.constantFrom("2026-02-30", "2026-13-01", "2026-1-1", "20260101", "2026-01-01T00:00:00Z", ""),
      );
    case "enum":
      return letterJunk.map((s) => `x-${s}`);
    case "bool":
      return fc.oneof(letterJunk, fc.constantFrom("1", "0", "TRUE", "True", "yes", ""));
    case "flag":
      return fc.oneof(letterJunk, fc.constantFrom("TRUE", "True", "yes", "2", "-1"));
    case "id":
      return fc.oneof(
        fc.tuple(letterJunk, letterJunk).map(([a, b]) => `${a}/${b}`),
        fc.constantFrom("", "a.b", "a b", "../x", "x".repeat(65)),
      );
    case "cursor":
      return fc.oneof(
        letterJunk.map((s) => `${s}!`),
        fc.constantFrom("", "a b", "x".repeat(2_049)),
      );
    case "list":
      return fc.integer({ min: 2_001, max: 2_600 }).map((n) => "a,".repeat(Math.ceil(n / 2)));
    case "rut":
      return letterJunk;
  }
  throw new Error(`no invalid values for ${kind}`);
}

/** Junk for the values around the breaker: anything, short enough for a URL. */
const junkText = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 100 }),
  fc.string({ unit: "binary", maxLength: 30 }),
  fc.constantFrom("[object Object]", "{}", "null", "undefined", "-0", "1e309", "%00"),
);

/** Invalid queries for the route. `valid` is the query it would otherwise send (with the tenant filled in). */
export function invalidQuery(
  spec: QuerySpec,
  valid: Record<string, string>,
): fc.Arbitrary<{ query: URLSearchParams; breaker: string }> {
  const fields = Object.keys(spec.fields);
  const base = fc
    .array(fc.tuple(fc.constantFrom(...(fields.length ? fields : ["_"])), junkText), { maxLength: 2 })
    .map((noise) => {
      const q: Record<string, string> = { ...valid };
      for (const [k, v] of noise) if (fields.includes(k)) q[k] = v;
      return q;
    });
  const breakers: fc.Arbitrary<{ query: URLSearchParams; breaker: string }>[] = [];
  if (fields.length) {
    breakers.push(
      fc
        .constantFrom(...fields)
        .chain((field) => fc.tuple(fc.constant(field), invalidValue(spec.fields[field] as QueryField), base))
        .map(([field, value, q]) => {
          q[field] = value;
          return { query: new URLSearchParams(q), breaker: `bad ${field}` };
        }),
    );
  }
  if (fields.length) {
    // A NUL in any parameter (a lone surrogate cannot travel in a URL: it is sent as U+FFFD).
    breakers.push(
      fc.tuple(fc.constantFrom(...fields), base).map(([field, q]) => {
        q[field] = `${q[field] ?? ""}\u0000`;
        return { query: new URLSearchParams(q), breaker: `NUL in ${field}` };
      }),
    );
  }
  if (spec.required?.length) {
    breakers.push(
      fc.tuple(fc.constantFrom(...spec.required), base).map(([field, q]) => {
        delete q[field];
        return { query: new URLSearchParams(q), breaker: `missing ${field}` };
      }),
    );
  }
  if (spec.strict) {
    breakers.push(
      fc
        .tuple(
          // Next drops a `__proto__` query parameter before any handler sees it, so it breaks nothing.
          fc
            .oneof(fc.constantFrom(...pollutionKeys, "account_id", "accountId", "database"), junkKey)
            .filter((k) => k !== "__proto__"),
          junkText,
          base,
        )
        .filter(([key]) => !fields.includes(key))
        .map(([key, value, q]) => {
          const params = new URLSearchParams(q);
          params.append(key, value);
          return { query: params, breaker: `unknown parameter ${JSON.stringify(key).slice(0, 40)}` };
        }),
    );
  }
  if (!breakers.length) throw new Error("a query spec with nothing to break");
  return fc.oneof(...breakers);
}
