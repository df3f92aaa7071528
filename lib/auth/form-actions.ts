"use server";
// The sign-in and sign-up forms, and the button of the emailed sign-up link, post here (their
// `action`), so they work before hydration and without JavaScript: a POST, never a GET with the
// password in the URL. Next checks the Origin of every Server Action call. The work is the same as
// POST /api/auth/sign-in, /sign-up and /sign-up/verify.
import "server-only";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { publicOriginOf } from "@/lib/api/public-origin";
import { requestMeta } from "@/lib/api/request-meta";
import { safeNextPath } from "@/lib/safe-next-path";
import { signInSchema, signUpSchema, signUpVerifySchema } from "./auth-input";
import { formErrorOf } from "./form-error";
import { type AuthFormState, initialAuthFormState } from "./form-state";
import { signIn, signUp, verifySignUp } from "./local-accounts";
import { assertLocalAuth } from "./local-auth-enabled";
import { SESSION_COOKIE, sessionCookieOptions } from "./session-cookie";

const text = (form: FormData, key: string) => {
  const value = form.get(key);
  return typeof value === "string" ? value : "";
};

const valuesOf = (form: FormData) => ({
  ...initialAuthFormState.values,
  email: text(form, "email"),
  name: text(form, "name"),
});

async function startSession(
  form: FormData,
  start: (
    meta: ReturnType<typeof requestMeta>,
  ) => Promise<{ session: { token: string; expiresAt: Date }; next?: string }>,
): Promise<AuthFormState> {
  let next: string;
  try {
    assertLocalAuth();
    const started = await start(requestMeta({ headers: await headers() }));
    (await cookies()).set(SESSION_COOKIE, started.session.token, sessionCookieOptions(started.session.expiresAt));
    next = started.next ?? text(form, "next");
  } catch (error) {
    return { values: valuesOf(form), error: formErrorOf(error) };
  }
  // Outside the try: redirect() works by throwing. A 303 without JavaScript, a navigation with it.
  redirect(safeNextPath(next));
}

export async function signInAction(_previous: AuthFormState, form: FormData): Promise<AuthFormState> {
  return startSession(form, (meta) =>
    signIn(signInSchema.parse({ email: text(form, "email"), password: text(form, "password") }), meta),
  );
}

/** Answers "check your email" for every address, new or not; no session is started here. */
export async function signUpAction(_previous: AuthFormState, form: FormData): Promise<AuthFormState> {
  const values = valuesOf(form);
  try {
    assertLocalAuth();
    const h = await headers();
    const input = signUpSchema.parse({
      name: text(form, "name"),
      email: text(form, "email"),
      password: text(form, "password"),
      next: text(form, "next") || undefined,
    });
    const { email } = await signUp(input, requestMeta({ headers: h }), publicOriginOf(h));
    return { values, sent: { email } };
  } catch (error) {
    return { values, error: formErrorOf(error) };
  }
}

/** The button on the emailed link's page: creates the account, signs it in and goes on to its `next`. */
export async function verifySignUpAction(_previous: AuthFormState, form: FormData): Promise<AuthFormState> {
  return startSession(form, (meta) =>
    verifySignUp(signUpVerifySchema.parse({ token: text(form, "token"), password: text(form, "password") }), meta),
  );
}
