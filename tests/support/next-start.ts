// Starting real `next start` processes from tests that run after `next build` (VITEST_AFTER_BUILD=1):
// a free loopback port, the process in its own group (so one signal stops Next and its children), its
// output kept for the failure message, and the first answer of /api/health.
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";

export type NextInstance = { url: string; child: ChildProcess; output: string[]; health: Response };

/** The back-office key every started server gets (unless the test names its own): it reads the mailed links. */
export const testServiceKey = "next-start-test-service-key-0123456789";

/** Fails the file at once, with the command to run, when there is no production build to start. */
export function requireProductionBuild() {
  const distDir = process.env.NEXT_DIST_DIR || ".next";
  if (!existsSync(path.join(process.cwd(), distDir, "BUILD_ID"))) {
    throw new Error(`no production build in ${distDir}: run \`npx next build\` first`);
  }
}

export const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

/**
 * Starts `next start` in production mode with `env` over this process's environment, and resolves
 * with the first answer of /api/health once the server answers at all (`healthy: true` waits for a
 * 200 instead): the caller judges that answer.
 */
export async function startNextStart(
  env: Record<string, string>,
  opts: { healthy?: boolean; timeoutMs?: number } = {},
): Promise<NextInstance> {
  const port = await freePort();
  const output: string[] = [];
  const child = spawn(
    process.execPath,
    [path.join("node_modules", "next", "dist", "bin", "next"), "start", "--port", String(port)],
    {
      env: {
        ...process.env,
        NODE_ENV: "production",
        NEXT_TELEMETRY_DISABLED: "1",
        SMARTEROS_SERVICE_KEY: testServiceKey,
        ...env,
      },
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    },
  );
  child.stdout?.on("data", (d) => output.push(String(d)));
  child.stderr?.on("data", (d) => output.push(String(d)));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + (opts.timeoutMs ?? 90_000);
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start exited: ${output.join("")}`);
    const health = await fetch(`${url}/api/health`).catch(() => null);
    if (health && (!opts.healthy || health.ok)) return { url, child, output, health };
    if (Date.now() > deadline) throw new Error(`next start did not come up: ${output.join("")}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export function stopNextStart(instance: NextInstance | undefined) {
  if (!instance?.child.pid || instance.child.exitCode !== null) return;
  try {
    process.kill(-instance.child.pid, "SIGTERM");
  } catch {
    instance.child.kill("SIGTERM");
  }
}

/**
 * Creates a local account as a person does: sign up (202, no session), read the link mailed to the
 * address through the back office's outbox API, and post its token. Returns the session cookie.
 */
export async function signUpVerified(
  url: string,
  account: { name: string; email: string; password: string },
  serviceKey = testServiceKey,
): Promise<string> {
  const json = { "content-type": "application/json" };
  const signUp = await fetch(`${url}/api/auth/sign-up`, {
    method: "POST",
    headers: json,
    body: JSON.stringify(account),
  });
  if (signUp.status !== 202) throw new Error(`sign-up answered ${signUp.status}: ${await signUp.text()}`);
  const mails = await fetch(`${url}/api/auth/sign-up/outbox?${new URLSearchParams({ email: account.email })}`, {
    headers: { authorization: `Bearer ${serviceKey}` },
  });
  const { data } = (await mails.json()) as { data: { template: string; payload: { link: string } }[] };
  const link = data.findLast((m) => m.template === "sign_up_verification")?.payload.link;
  if (!link) throw new Error(`no activation link mailed to ${account.email}`);
  const verified = await fetch(`${url}/api/auth/sign-up/verify`, {
    method: "POST",
    headers: json,
    body: JSON.stringify({ token: new URL(link).searchParams.get("token"), password: account.password }),
  });
  if (verified.status !== 201) throw new Error(`verification answered ${verified.status}: ${await verified.text()}`);
  return verified.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
}
