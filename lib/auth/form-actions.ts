"use server";
// The sign-in and sign-up forms post here (their `action`), so they work before hydration and
// without JavaScript: a POST, never a GET with the password in the URL. Next checks the Origin of
// every Server Action call. The work is the same as POST /api/auth/sign-in and /sign-up.
import "server-only";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { requestMeta } from "@/lib/api/request-meta";
import { safeNextPath } from "@/lib/safe-next-path";
import { formErrorOf } from "./form-error";
import { type AuthFormState, initialAuthFormState } from "./form-state";
import { signIn, signUp } from "./local-accounts";
import { assertLocalAuth } from "./local-auth-enabled";
import { signInSchema, signUpSchema } from "./schemas";
import { SESSION_COOKIE, sessionCookieOptions } from "./session-cookie";

const text = (form: FormData, key: string) => {
  const value = form.get(key);
  return typeof value === "string" ? value : "";
};

async function startSession(
  form: FormData,
  start: (meta: ReturnType<typeof requestMeta>) => Promise<{ session: { token: string; expiresAt: Date } }>,
): Promise<AuthFormState> {
  const values = { ...initialAuthFormState.values, email: text(form, "email"), name: text(form, "name") };
  try {
    assertLocalAuth();
    const { session } = await start(requestMeta({ headers: await headers() }));
    (await cookies()).set(SESSION_COOKIE, session.token, sessionCookieOptions(session.expiresAt));
  } catch (error) {
    return { values, error: formErrorOf(error) };
  }
  // Outside the try: redirect() works by throwing. A 303 without JavaScript, a navigation with it.
  redirect(safeNextPath(text(form, "next")));
}

export async function signInAction(_previous: AuthFormState, form: FormData): Promise<AuthFormState> {
  return startSession(form, (meta) =>
    signIn(signInSchema.parse({ email: text(form, "email"), password: text(form, "password") }), meta),
  );
}

export async function signUpAction(_previous: AuthFormState, form: FormData): Promise<AuthFormState> {
  return startSession(form, (meta) =>
    signUp(
      signUpSchema.parse({ name: text(form, "name"), email: text(form, "email"), password: text(form, "password") }),
      meta,
    ),
  );
}
