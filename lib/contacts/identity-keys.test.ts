import { describe, expect, it } from "vitest";
import { identityKeys, KeyIndex } from "@/lib/contacts/identity-keys";
import { likePattern, searchNeedle } from "@/lib/contacts/search-pattern";
import { normalizeEmail } from "@/lib/format/email";
import { normalizePhone } from "@/lib/format/phone";
import { normalizeRut } from "@/lib/format/rut";

describe("normalization for matching", () => {
  it.each(["12.345.678-5", "12345678-5", "123456785", " 12.345.678 - 5 ", "CL12345678-5"])(
    "RUT %s → 12345678-5",
    (rut) => expect(normalizeRut(rut)).toBe("12345678-5"),
  );

  it.each(["10.000.013-K", "10000013-k", "10000013K", "10.000.013k"])("RUT with K %s → 10000013-K", (rut) =>
    expect(normalizeRut(rut)).toBe("10000013-K"),
  );

  it.each(["12.345.678-4", "1234", "", "abc", "12.345.678-K"])("invalid RUT %s → null", (rut) =>
    expect(normalizeRut(rut)).toBeNull(),
  );

  it.each([
    "+56 9 8765 4321",
    "+56987654321",
    "56987654321",
    "0056 9 8765 4321",
    "987654321",
    "9 8765 4321",
    "(+56) 9-8765-4321",
    "+56 (9) 8765.4321",
  ])("phone %s → +56987654321", (phone) => expect(normalizePhone(phone)).toBe("+56987654321"));

  it("keeps landlines and foreign E.164 numbers, refuses the rest", () => {
    expect(normalizePhone("+56 2 2746 1800")).toBe("+56227461800");
    expect(normalizePhone("+54 9 11 5555 1234")).toBe("+5491155551234");
    expect(normalizePhone("12345")).toBeNull();
    expect(normalizePhone("hola")).toBeNull();
  });

  it("emails are trimmed and lower-cased; anything else is not an email", () => {
    expect(normalizeEmail("  Ana.Perez@Correo.CL ")).toBe("ana.perez@correo.cl");
    expect(normalizeEmail("ana@correo")).toBeNull();
    expect(normalizeEmail("ana correo.cl")).toBeNull();
  });
});

describe("matching", () => {
  const index = new KeyIndex();
  index.add("c1", identityKeys({ rut: "12.345.678-5", emails: ["ana@x.cl"], phones: ["+56 9 1111 2222"] }));
  index.add("c2", identityKeys({ emails: ["pedro@x.cl"], phones: ["+56 9 3333 4444"] }));

  it("matches by RUT first, however each side wrote it", () => {
    expect(index.match(identityKeys({ rut: "123456785", emails: ["pedro@x.cl"] }))).toEqual({
      contactId: "c1",
      key: "rut",
      value: "12345678-5",
    });
  });

  it("then by email, then by phone", () => {
    expect(index.match(identityKeys({ emails: ["PEDRO@x.cl"], phones: ["911112222"] }))).toMatchObject({
      contactId: "c2",
      key: "email",
    });
    expect(index.match(identityKeys({ phones: ["0056 9 3333 4444"] }))).toEqual({
      contactId: "c2",
      key: "phone",
      value: "+56933334444",
    });
  });

  it("an invalid RUT or phone matches nothing", () => {
    expect(index.match(identityKeys({ rut: "12.345.678-9", phones: ["1111 2222"] }))).toBeNull();
  });
});

describe("search needle", () => {
  it.each([
    ["12.345.678-5", "123456785"],
    ["12345678-K", "12345678k"],
    ["+56 9 8765 4321", "56987654321"],
    ["9 8765 4321", "987654321"],
    ["  Núñez ", "nunez"],
    ["JOSÉ  Pérez", "jose perez"],
    ["ana@correo.cl", "ana@correo.cl"],
  ])("%s → %s", (q, needle) => expect(searchNeedle(q)).toBe(needle));

  it("blank is no search; LIKE wildcards are taken literally", () => {
    expect(searchNeedle("   ")).toBeNull();
    expect(likePattern("50%_off")).toBe("%50\\%\\_off%");
  });
});
