// The words of each outbox message, in Spanish (the customer's language). The payload holds only
// what the text needs; the link is the one thing the customer must act on.
export type OutboxTemplate = "signup_confirmation" | "welcome" | "member_invitation";

export type OutboxPayload = { link: string; legalName: string; contactName?: string; role?: string };

export function renderMessage(template: OutboxTemplate, p: OutboxPayload): { subject: string; text: string } {
  const hello = p.contactName ? `Hola ${p.contactName}:` : "Hola:";
  if (template === "signup_confirmation") {
    return {
      subject: `Confirma el registro de ${p.legalName} en SmarterOS`,
      text: `${hello} confirma el registro de ${p.legalName} en SmarterOS para crear tu espacio de trabajo: ${p.link} — el enlace vence en 24 horas.`,
    };
  }
  if (template === "member_invitation") {
    return {
      subject: `Te invitaron a ${p.legalName} en SmarterOS`,
      text: `${hello} te invitaron a ${p.legalName} en SmarterOS. Acepta la invitación aquí: ${p.link} — el enlace sirve una vez y vence en 7 días.`,
    };
  }
  return {
    subject: `${p.legalName} ya está listo en SmarterOS`,
    text: `${hello} el espacio de ${p.legalName} ya está listo. Entra aquí: ${p.link}`,
  };
}
