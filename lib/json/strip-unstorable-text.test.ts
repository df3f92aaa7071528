import { describe, expect, it } from "vitest";
import { hasUnstorableText, stripUnstorableJson, stripUnstorableText } from "./strip-unstorable-text";

describe("stripUnstorableText", () => {
  it("drops NUL and lone surrogates and keeps real pairs (emoji) and everything else", () => {
    expect(stripUnstorableText("Hola\u0000 mundo")).toBe("Hola mundo");
    expect(stripUnstorableText("a\uD800b")).toBe("ab");
    expect(stripUnstorableText("a\uDC00b")).toBe("ab");
    expect(stripUnstorableText("fin\uD83D")).toBe("fin");
    expect(stripUnstorableText("¿Despacho a Maipú? 👍")).toBe("¿Despacho a Maipú? 👍");
    expect(hasUnstorableText("👍")).toBe(false);
    expect(hasUnstorableText("\u0000")).toBe(true);
  });

  it("cleans every string of a parsed payload, keys and nested arrays included", () => {
    const parsed = JSON.parse(
      '{"event":"message_created","content":"hola\\u0000","sender":{"name":"Ana\\ud800"},"tags":["a\\u0000",["\\udc00b"]],"k\\u0000":1}',
    );
    expect(stripUnstorableJson(parsed)).toEqual({
      event: "message_created",
      content: "hola",
      sender: { name: "Ana" },
      tags: ["a", ["b"]],
      k: 1,
    });
  });

  it("survives nesting deeper than the call stack", () => {
    const depth = 200_000;
    const parsed = JSON.parse(`${"[".repeat(depth)}"\\u0000x"${"]".repeat(depth)}`);
    let node: unknown = stripUnstorableJson(parsed);
    for (let i = 0; i < depth; i++) node = (node as unknown[])[0];
    expect(node).toBe("x");
  });
});
