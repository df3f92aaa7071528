// GET /api/auth/sign-up/outbox?email= – the sign-up mails queued for an address, links included (service key only)
import { apiRoute } from "@/lib/api/route";
import { emailSchema } from "@/lib/auth/auth-input";
import { signUpOutbox } from "@/lib/auth/sign-up-outbox";
import { forbidden } from "@/lib/errors";
import { z } from "@/lib/validation";

const query = z.strictObject({ email: emailSchema });

export const GET = apiRoute({ auth: "user-or-service", query }, async ({ query, service }) => {
  // The links create and sign in accounts: only the back office (and the tests standing in for it) reads them.
  if (!service) throw forbidden("back_office_only");
  return { data: await signUpOutbox(query.email) };
});
