import { describe, expect, it } from "vitest";
import { emptyFormValues, splitList, toContactInput, validateForm } from "./form-values";

describe("contact form values", () => {
  it("stops a missing name, a RUT with a wrong check digit and a non-Chilean phone", () => {
    expect(validateForm({ ...emptyFormValues, rut: "12.345.678-9", phones: "+1 555 0100" })).toEqual({
      name: "required",
      rut: "invalid",
      phones: "invalid",
    });
    expect(
      validateForm({ ...emptyFormValues, name: "Ana", rut: "12.345.678-5", phones: "9 8765 4321", emails: "a@b.cl" }),
    ).toEqual({});
  });

  it("splits lists on commas, semicolons and lines, and sends write targets only when ticked", () => {
    expect(splitList("a, b;\nc, a,, ")).toEqual(["a", "b", "c"]);
    const input = toContactInput({
      ...emptyFormValues,
      name: " Ana ",
      tags: "vip, mayorista",
      writeTo: { chatwoot: true, odoo: false },
    });
    expect(input).toMatchObject({ name: "Ana", rut: null, tags: ["vip", "mayorista"], writeTo: { chatwoot: true } });
    expect(toContactInput({ ...emptyFormValues, name: "Ana" }).writeTo).toBeUndefined();
  });
});
