// Clerk's React pieces, behind one module so a build without Clerk can leave them out entirely
// (next.config.ts aliases this file to clerk-ui.disabled.tsx when no publishable key is set at build).
export { ClerkProvider, SignIn, SignUp } from "@clerk/nextjs";
