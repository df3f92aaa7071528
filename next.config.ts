import { hostname, networkInterfaces } from "node:os";
import type { NextConfig } from "next";
import { inertPolicy } from "./lib/security/content-security-policy";

const production = process.env.NODE_ENV === "production";
const clerk = Boolean(process.env.NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY);

// The pages' Content-Security-Policy carries a nonce made per request: proxy.ts sets it (see
// lib/security/content-security-policy.ts). These headers go on every response.
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
  ...(production ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }] : []),
];

// Next 16 serves its dev resources (chunks, the HMR socket) only to pages opened at localhost: opened at
// 127.0.0.1 or at the Network URL `next dev` prints, the page renders but never hydrates. Loopback and
// this machine's own addresses are trusted; `next dev` alone reads this setting.
function devOrigins(): string[] {
  const own = Object.values(networkInterfaces())
    .flatMap((list) => list ?? [])
    // Next compares URL hostnames, where an IPv6 address is written in brackets.
    .map(({ family, address }) => (family === "IPv6" ? `[${address}]` : address));
  return [...new Set(["127.0.0.1", "[::1]", hostname().toLowerCase(), ...own])];
}

const nextConfig: NextConfig = {
  // PGlite loads its WebAssembly and data files from its package folder at run time.
  serverExternalPackages: ["@electric-sql/pglite"],
  poweredByHeader: false,
  allowedDevOrigins: production ? undefined : devOrigins(),
  // Lets two builds (say, a test run and a benchmark) live side by side.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // `npm test` type-checks the whole project (app, sandbox, tests) with tsc before building;
  // checking again here would only double the build time on a 2-core machine.
  typescript: { ignoreBuildErrors: true },
  // Without Clerk keys at build time, Clerk's browser code is left out (see lib/auth/clerk-ui.disabled.tsx).
  turbopack: clerk ? {} : { resolveAlias: { "@/lib/auth/clerk-ui": "./lib/auth/clerk-ui.disabled.tsx" } },
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      // Files proxy.ts does not see (it skips them, see its matcher): nothing in them may run.
      {
        source: "/:file((?:.*/)?[^/]+\\.(?:png|svg|ico|webp|txt))",
        headers: [{ key: "Content-Security-Policy", value: inertPolicy }],
      },
      { source: "/_next/:path*", headers: [{ key: "Content-Security-Policy", value: inertPolicy }] },
    ];
  },
};

export default nextConfig;
