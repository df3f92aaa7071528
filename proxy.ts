import { clerkMiddleware } from "@clerk/nextjs/server";
import { type NextFetchEvent, type NextRequest, NextResponse } from "next/server";
import { SESSION_COOKIE } from "@/lib/auth/session-cookie";
import { contentSecurityPolicy, inertPolicy, newNonce } from "@/lib/security/content-security-policy";

// Redirects only. Who may see what is decided next to the data (pages and the API wrapper),
// because a proxy check alone can be bypassed and does not re-run on client navigations.
// /dev/* are development tools (the outbox with its confirmation links): a new customer there has no
// session yet, and the pages answer 404 in production builds.
const publicPaths = [/^\/sign-in(\/|$)/, /^\/sign-up(\/|$)/, /^\/onboarding(\/|$)/, /^\/api(\/|$)/, /^\/dev\//];
const isPublic = (pathname: string) => publicPaths.some((re) => re.test(pathname));

const development = process.env.NODE_ENV !== "production";
const clerk = Boolean(process.env.NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY);

function toSignIn(req: NextRequest) {
  const url = new URL("/sign-in", req.url);
  url.searchParams.set("next", req.nextUrl.pathname + req.nextUrl.search);
  const res = NextResponse.redirect(url);
  res.headers.set("Content-Security-Policy", inertPolicy);
  return res;
}

/**
 * Passes the request on with a fresh nonce in its Content-Security-Policy header, where Next finds it
 * for the scripts it renders (and `x-nonce`, where the layout reads it for next-themes' script), and
 * sends the same policy to the browser.
 */
function withNonce(req: NextRequest) {
  const nonce = newNonce();
  const csp = contentSecurityPolicy({ nonce, development, clerk });
  const headers = new Headers(req.headers);
  headers.set("content-security-policy", csp);
  headers.set("x-nonce", nonce);
  const res = NextResponse.next({ request: { headers } });
  res.headers.set("Content-Security-Policy", csp);
  return res;
}

function localProxy(req: NextRequest) {
  if (isPublic(req.nextUrl.pathname) || req.cookies.has(SESSION_COOKIE)) return withNonce(req);
  return toSignIn(req);
}

// clerkMiddleware must also run on API routes for Clerk's auth() to work there.
const clerkProxy = process.env.CLERK_SECRET_KEY
  ? clerkMiddleware(async (auth, req) => {
      if (!isPublic(req.nextUrl.pathname)) {
        const { userId } = await auth();
        if (!userId) return toSignIn(req);
      }
      return withNonce(req);
    })
  : null;

export default function proxy(req: NextRequest, event: NextFetchEvent) {
  return clerkProxy ? clerkProxy(req, event) : localProxy(req);
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|.*\\.(?:png|svg|ico|webp|txt)$).*)"],
};
