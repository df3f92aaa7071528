// The words of each outbox message, in Spanish (the customer's language). The payload holds only
// what the text needs; the link is the one thing the customer must act on.
export type TenantTemplate = "signup_confirmation" | "welcome" | "member_invitation";
/** Mails about an account that has no tenant yet (queued with a null tenant_id). */
export type AccountTemplate = "sign_up_verification" | "sign_up_existing_account";
export type OutboxTemplate = TenantTemplate | AccountTemplate;

/** `legalName` is the tenant's, so the account mails have none. */
export type OutboxPayload = { link: string; legalName?: string; contactName?: string; role?: string };

export function renderMessage(template: OutboxTemplate, p: OutboxPayload): { subject: string; text: string } {
  const hello = p.contactName ? `Hola ${p.contactName}:` : "Hola:";
  if (template === "sign_up_verification") {
    return {
      subject: "Activa tu cuenta de SmarterOS",
      text: `${hello} para activar tu cuenta de SmarterOS, abre este enlace y confirma: ${p.link} — sirve una vez y vence en 24 horas. Si no creaste una cuenta, ignora este mensaje.`,
    };
  }
  if (template === "sign_up_existing_account") {
    return {
      subject: "Alguien intentó crear una cuenta con tu correo",
      text: `${hello} alguien intentó crear una cuenta de SmarterOS con tu correo, pero ya tienes una. Si fuiste tú, inicia sesión aquí: ${p.link} — si no, ignora este mensaje: tu cuenta no cambió.`,
    };
  }
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
