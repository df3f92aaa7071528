// Helpers for the adapter tests: one in-process sandbox per test file, driven through its control API.
import { type Sandbox, startSandbox } from "@/sandbox/server";

export const CW = { accountId: 1, token: "sandbox-chatwoot-token", agentToken: "sandbox-chatwoot-agent-token" };
export const ODOO = { database: "demo", login: "admin", apiKey: "sandbox-odoo-key" };
export const N8N = { apiKey: "sandbox-n8n-key" };

export interface TestSandbox extends Sandbox {
  chatwootUrl: string;
  odooUrl: string;
  n8nUrl: string;
  control<T = unknown>(method: string, path: string, body?: unknown): Promise<T>;
  fault(fault: Record<string, unknown>): Promise<void>;
  clearFaults(): Promise<void>;
  reset(): Promise<void>;
  setOdooVersion(v: 17 | 18 | 19): Promise<void>;
}

export async function startTestSandbox(): Promise<TestSandbox> {
  const sb = await startSandbox({ port: 0 });
  async function control<T>(method: string, path: string, body?: unknown): Promise<T> {
    const res = await fetch(`${sb.url}/__sandbox${path}`, {
      method,
      headers: body === undefined ? {} : { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`sandbox control ${method} ${path}: ${res.status} ${text}`);
    return (text ? JSON.parse(text) : undefined) as T;
  }
  return {
    ...sb,
    chatwootUrl: `${sb.url}/chatwoot`,
    odooUrl: `${sb.url}/odoo`,
    n8nUrl: `${sb.url}/n8n`,
    control,
    fault: async (f) => {
      await control("PUT", "/faults", f);
    },
    clearFaults: async () => {
      await control("DELETE", "/faults");
    },
    reset: async () => {
      await control("POST", "/reset", {});
    },
    setOdooVersion: async (v) => {
      await control("PUT", "/config", { odooVersion: v });
    },
  };
}

/** Awaits a promise that must reject and returns the error, so tests can assert on its fields. */
export async function rejection(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (e) {
    return e;
  }
  throw new Error("expected the call to fail");
}
