import { describe, expect, it } from "vitest";
import { missingVariables, renderTemplate, templateVariables } from "./template-params";

const body = "Hola {{1}}, la factura {{2}} por {{3}} vence el {{4}}. Gracias, {{1}}.";

describe("WhatsApp template parameters", () => {
  it("lists each numbered variable once, in order", () => {
    expect(templateVariables(body)).toEqual(["1", "2", "3", "4"]);
    expect(templateVariables(null)).toEqual([]);
  });

  it("renders what is filled and leaves the rest visible as placeholders", () => {
    expect(renderTemplate(body, { "1": "Marcela", "2": "F-12" })).toBe(
      "Hola Marcela, la factura F-12 por {{3}} vence el {{4}}. Gracias, Marcela.",
    );
    expect(missingVariables(body, { "1": "Marcela", "2": "F-12", "3": "  " })).toEqual(["3", "4"]);
  });
});
