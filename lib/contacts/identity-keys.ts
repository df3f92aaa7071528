// What makes two records the same person: a canonical RUT, an email or an E.164 phone. Matching tries
// them in that order because a RUT identifies one person or company, while an email or a phone can be
// shared (a family's phone, an office inbox).
import { normalizeEmail } from "@/lib/format/email";
import { normalizePhone } from "@/lib/format/phone";
import { normalizeRut } from "@/lib/format/rut";

export type MatchKey = "rut" | "email" | "phone";
export type IdentityKeys = { rut: string | null; emails: string[]; phones: string[] };

const unique = (values: (string | null)[]) => [...new Set(values.filter((v): v is string => Boolean(v)))];

export function identityKeys(input: { rut?: string | null; emails?: string[]; phones?: string[] }): IdentityKeys {
  return {
    rut: input.rut ? normalizeRut(input.rut) : null,
    emails: unique((input.emails ?? []).map(normalizeEmail)),
    phones: unique((input.phones ?? []).map(normalizePhone)),
  };
}

/** Index from each key value to the contact holding it, for matching many records in one pass. */
export class KeyIndex {
  private readonly byKey = new Map<string, string>();

  add(contactId: string, keys: IdentityKeys) {
    if (keys.rut) this.byKey.set(`rut:${keys.rut}`, contactId);
    for (const e of keys.emails) this.byKey.set(`email:${e}`, contactId);
    for (const p of keys.phones) this.byKey.set(`phone:${p}`, contactId);
  }

  /** The contact a record belongs to and the key that says so, strongest key first. */
  match(keys: IdentityKeys): { contactId: string; key: MatchKey; value: string } | null {
    const candidates: [MatchKey, string][] = [
      ...(keys.rut ? [["rut", keys.rut] as [MatchKey, string]] : []),
      ...keys.emails.map((e) => ["email", e] as [MatchKey, string]),
      ...keys.phones.map((p) => ["phone", p] as [MatchKey, string]),
    ];
    for (const [key, value] of candidates) {
      const contactId = this.byKey.get(`${key}:${value}`);
      if (contactId) return { contactId, key, value };
    }
    return null;
  }
}
