// Stand-in for clerk-ui.ts in builds made without Clerk keys: Clerk's browser code (~50 KB gzip)
// stays out of every page. The publishable key is compiled into the browser bundle, so Clerk has to
// be configured at build time anyway; reaching these means the keys were added after building.
function missingAtBuild(): never {
  throw new Error("Clerk keys were set after `next build`: rebuild with NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY set.");
}

export const ClerkProvider = (_: { children: React.ReactNode }) => missingAtBuild();
export const SignIn = (_: { forceRedirectUrl?: string }) => missingAtBuild();
export const SignUp = (_: { forceRedirectUrl?: string }) => missingAtBuild();
