import { describe, expect, it } from "vitest";
import {
  formatCLP,
  formatPhone,
  formatRut,
  isValidRut,
  normalizeChileanPhone,
  normalizeRut,
  santiagoDay,
} from "./index";

describe("RUT", () => {
  it.each(["12.345.678-5", "76.086.428-5", "76.882.486-K", "76882486-k", "CL76086428-5", "123456785"])(
    "accepts %s",
    (rut) => expect(isValidRut(rut)).toBe(true),
  );
  it.each(["12.345.678-9", "1-9", "123.456.789.012-3", "", "12.345.678-", "abc"])("refuses %s", (rut) =>
    expect(isValidRut(rut)).toBe(false),
  );
  it("formats while typing and normalizes", () => {
    expect(formatRut("123456785")).toBe("12.345.678-5");
    expect(formatRut("76882486k")).toBe("76.882.486-K");
    expect(formatRut("1234")).toBe("123-4");
    expect(normalizeRut("12.345.678-5")).toBe("12345678-5");
    expect(normalizeRut("12.345.678-9")).toBeNull();
  });
});

describe("phone", () => {
  it.each(["+56 9 1234 5678", "912345678", "56912345678", "0056 9 1234-5678", "+56-9-1234-5678", "(+56) 9 1234 5678"])(
    "normalizes %s",
    (p) => expect(normalizeChileanPhone(p)).toBe("+56912345678"),
  );
  it.each(["12345", "+54 9 11 1234 5678", "+56 9 1234 567"])("refuses %s", (p) =>
    expect(normalizeChileanPhone(p)).toBeNull(),
  );
  it("formats E.164 for display", () => expect(formatPhone("+56912345678")).toBe("+56 9 1234 5678"));
});

describe("money and dates", () => {
  it("formats CLP without decimals and with dots", () => {
    expect(formatCLP(1234567)).toMatch(/^\$\s?1\.234\.567$/);
    expect(formatCLP(99.6)).toMatch(/^\$\s?100$/);
  });
  it("groups instants by Santiago's calendar day across midnight and DST", () => {
    // 02:30 UTC on 15 Jan is 23:30 the day before in Santiago (UTC-3 in summer).
    expect(santiagoDay("2026-01-15T02:30:00Z")).toBe("2026-01-14");
    expect(santiagoDay("2026-01-15T03:30:00Z")).toBe("2026-01-15");
    // In winter (UTC-4) the boundary moves by an hour.
    expect(santiagoDay("2026-07-15T03:30:00Z")).toBe("2026-07-14");
    expect(santiagoDay("2026-07-15T04:30:00Z")).toBe("2026-07-15");
  });
});
