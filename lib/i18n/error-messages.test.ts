import { describe, expect, it } from "vitest";
import { ApiError, fieldProblems, invalidInput } from "@/lib/errors";
import { createTranslator } from "./create-translator";
import { en } from "./messages/en";
import { esCL } from "./messages/es-CL";

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe.each([
  ["apiErrors", esCL.apiErrors, en.apiErrors],
  ["fieldErrors", esCL.fieldErrors, en.fieldErrors],
] as const)("%s", (_group, spanish, english) => {
  const reasons = Object.keys(spanish) as (keyof typeof spanish)[];

  it("gives every reason a text in both languages, naming the same values", () => {
    const problems: string[] = [];
    for (const reason of new Set([...reasons, ...Object.keys(english)] as (keyof typeof spanish)[])) {
      const es = spanish[reason] as string | undefined;
      const other = english[reason] as string | undefined;
      if (!es?.trim()) problems.push(`${reason}: no Spanish text`);
      if (!other?.trim()) problems.push(`${reason}: no English text`);
      else if (other === es) problems.push(`${reason}: the English text is the Spanish one`);
      if (es && other && placeholders(es).join() !== placeholders(other).join()) {
        problems.push(`${reason}: the two texts name different values`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("names reasons in snake_case, as the API's codes are", () => {
    expect(reasons.filter((r) => !/^[a-z0-9]+(_[a-z0-9]+)*$/.test(r))).toEqual([]);
  });
});

describe("an error's reason on the wire", () => {
  const english = createTranslator(en);

  it("carries the reason and its values, with the Spanish text as the message", () => {
    const error = new ApiError("forbidden", "invitation_other_email", { details: { email: "ana@roble.cl" } });
    expect(error.toBody()).toEqual({
      error: {
        code: "forbidden",
        message: "Esta invitación es para ana@roble.cl. Inicia sesión con ese correo para aceptarla.",
        details: { reason: "invitation_other_email", email: "ana@roble.cl" },
      },
    });
    expect(english(`apiErrors.${error.reason}`, { email: "ana@roble.cl" })).toBe(
      "This invitation is for ana@roble.cl. Sign in with that email to accept it.",
    );
  });

  it("names a service by its name, not its id", () => {
    const error = new ApiError("integration_not_connected", "integration_not_connected", {
      details: { service: "odoo" },
    });
    expect(error.message).toBe("Odoo no está conectado. Conéctalo en Configuración → Integraciones.");
  });

  it("sends field problems as Spanish text plus their reasons, in the same order", () => {
    const error = new ApiError("conflict", "slug_taken", { fields: { slug: ["slug_taken"] } });
    expect(error.details).toMatchObject({
      fieldErrors: { slug: ["Esa dirección ya está en uso."] },
      fieldReasons: { slug: ["slug_taken"] },
    });
  });

  it("keeps a schema's own message that is no reason, and calls it invalid", () => {
    expect(fieldProblems({ name: ["Demasiado grande"], rut: ["rut_invalid"] })).toEqual({
      fieldErrors: { name: ["Demasiado grande"], rut: [esCL.fieldErrors.rut_invalid] },
      fieldReasons: { name: ["invalid"], rut: ["rut_invalid"] },
    });
    const flat = invalidInput({ fieldErrors: {}, formErrors: ["tags_change_required"] });
    expect(flat.details).toMatchObject({ formErrors: [esCL.fieldErrors.tags_change_required] });
  });
});
