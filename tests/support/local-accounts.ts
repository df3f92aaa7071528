// Local accounts for database tests, made the way a person makes one: sign up, then use the link the
// sign-up mailed (read from the outbox, as the back office would).
import { signUp, verifySignUp } from "@/lib/auth/local-accounts";
import { signUpOutbox } from "@/lib/auth/sign-up-outbox";

export const testOrigin = "http://hub.test";

/** The token of the newest verification link mailed to `email` (throws when none was). */
export async function latestSignUpToken(email: string): Promise<string> {
  const link = (await signUpOutbox(email)).findLast((m) => m.template === "sign_up_verification")?.payload.link;
  if (typeof link !== "string") throw new Error(`no verification link mailed to ${email}`);
  const token = new URL(link).searchParams.get("token");
  if (!token) throw new Error(`the link mailed to ${email} has no token`);
  return token;
}

/** Signs up and follows the mailed link: the account exists and is signed in. */
export async function createLocalAccount(
  input: { email: string; password: string; name: string },
  meta: { ip: string } = { ip: "192.0.2.1" },
) {
  await signUp(input, meta, testOrigin);
  return verifySignUp({ token: await latestSignUpToken(input.email.toLowerCase()), password: input.password }, meta);
}
