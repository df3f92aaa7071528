import { COMPANY_NAMES, COMUNAS, EMAIL_DOMAINS, FIRST_NAMES, SURNAMES } from "./names";
import type { Rng } from "./random";

/** One customer of the business, shared by the Chatwoot contacts and the Odoo partners. */
export interface Customer {
  name: string;
  firstName: string;
  isCompany: boolean;
  rutBody: number;
  email: string | null;
  /** E.164, `+569XXXXXXXX`. */
  phone: string;
  comuna: string;
}

function slug(s: string): string {
  return s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ".")
    .replace(/^\.|\.$/g, "");
}

export function makeCustomers(rng: Rng, count: number): Customer[] {
  const phones = new Set<string>();
  const ruts = new Set<number>();
  const emails = new Set<string>();
  const out: Customer[] = [];
  for (let i = 0; i < count; i++) {
    const isCompany = i < COMPANY_NAMES.length || rng.chance(0.08);
    let rutBody: number;
    do {
      rutBody = isCompany ? rng.int(76_000_000, 77_999_999) : rng.int(8_000_000, 24_999_999);
    } while (ruts.has(rutBody));
    ruts.add(rutBody);
    let phone: string;
    do {
      phone = `+569${rng.int(10_000_000, 99_999_999)}`;
    } while (phones.has(phone));
    phones.add(phone);
    const first = rng.pick(FIRST_NAMES);
    const surname1 = rng.pick(SURNAMES);
    const name = isCompany
      ? i < COMPANY_NAMES.length
        ? COMPANY_NAMES[i]
        : `Comercial ${surname1} y Cía. Ltda.`
      : `${first} ${surname1} ${rng.pick(SURNAMES)}`;
    let email: string | null = rng.chance(0.75)
      ? isCompany
        ? `contacto@${slug(name.split(" ").slice(0, 2).join(""))}.cl`
        : `${slug(`${first}.${surname1}`)}${rng.int(1, 99)}@${rng.pick(EMAIL_DOMAINS)}`
      : null;
    // Chatwoot keeps emails unique per account.
    if (email && emails.has(email)) email = null;
    if (email) emails.add(email);
    out.push({ name, firstName: first, isCompany, rutBody, email, phone, comuna: rng.pick(COMUNAS) });
  }
  return out;
}
