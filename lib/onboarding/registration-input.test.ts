import { describe, expect, it } from "vitest";
import { companyStepSchema, mobileSchema, rutSchema, tenantRegistrationSchema } from "./registration-input";

describe("RUT in the wizard and the API", () => {
  it.each([
    ["12.345.678-5", "12345678-5"],
    ["76.086.428-5", "76086428-5"],
    ["76.882.486-K", "76882486-K"],
    ["76882486k", "76882486-K"],
    ["7.654.321-6", "7654321-6"],
  ])("accepts %s and stores %s", (input, stored) => {
    expect(rutSchema.parse(input)).toBe(stored);
  });

  it.each([
    ["12.345.678-9", "wrong check digit"],
    ["76.086.428-K", "wrong check digit"],
    ["1.234-5", "too short"],
    ["123.456.789-0", "too long"],
    ["", "empty"],
    ["abc", "not a RUT"],
  ])("refuses %s (%s) naming a RUT problem", (input) => {
    const result = rutSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].message).toMatch(/^rut_(required|invalid)$/);
  });

  it("reports the field by name in the company step", () => {
    const result = companyStepSchema.safeParse({ rut: "12.345.678-9", legalName: "Ferretería", businessActivity: "" });
    expect(Object.keys(result.error?.flatten().fieldErrors ?? {}).sort()).toEqual(["businessActivity", "rut"]);
  });
});

describe("WhatsApp number", () => {
  it.each([
    ["+56 9 1234 5678", "+56912345678"],
    ["9 1234 5678", "+56912345678"],
    ["912345678", "+56912345678"],
    ["0056 9 1234-5678", "+56912345678"],
  ])("accepts %s as %s (E.164)", (input, e164) => {
    expect(mobileSchema.parse(input)).toBe(e164);
  });

  it.each([
    ["+56 2 2345 6789", "a Santiago landline cannot receive WhatsApp"],
    ["9 1234 567", "one digit short"],
    ["9 1234 56789", "one digit long"],
    ["+54 9 11 2345 6789", "not Chilean"],
  ])("refuses %s (%s)", (input) => {
    expect(mobileSchema.safeParse(input).success).toBe(false);
  });
});

describe("the back-office registration", () => {
  it("offers only the self-serve plans; Enterprise goes through sales", () => {
    const base = { rut: "76.086.428-5", legalName: "Comercial SpA", email: "a@b.cl", phone: "+56912345678" };
    expect(tenantRegistrationSchema.safeParse({ ...base, plan: "pro" }).success).toBe(true);
    expect(tenantRegistrationSchema.safeParse({ ...base, plan: "enterprise" }).success).toBe(false);
  });
});
