import { describe, expect, it } from "vitest";
import { exampleBody, parseJsonBody } from "./json-body";

describe("run body", () => {
  it("accepts any JSON value and the example", () => {
    expect(parseJsonBody('{"pedido":"S00042","total":15990}')).toEqual({
      ok: true,
      value: { pedido: "S00042", total: 15990 },
    });
    expect(parseJsonBody("[1, 2]")).toMatchObject({ ok: true });
    expect(parseJsonBody(exampleBody("Flujo"))).toMatchObject({ ok: true, value: { flujo: "Flujo" } });
  });

  it("explains an empty or broken body", () => {
    expect(parseJsonBody("  ")).toEqual({ ok: false, reason: "empty" });
    const broken = parseJsonBody('{"pedido": S00042}');
    expect(broken).toMatchObject({ ok: false, reason: "invalid" });
    expect(broken.ok === false && broken.reason === "invalid" && broken.detail.length).toBeGreaterThan(0);
  });
});
