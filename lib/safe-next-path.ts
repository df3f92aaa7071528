/** Only same-site paths are followed after sign-in; anything else lands on the home page. */
export function safeNextPath(next: string | undefined | null): string {
  return next?.startsWith("/") && !next.startsWith("//") && !next.startsWith("/\\") ? next : "/";
}
