// The browser's side of the one error shape: every non-2xx answer becomes an ApiClientError.
import type { ErrorBody, ErrorCode } from "@/lib/errors";

export class ApiClientError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode | "network_error",
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = "ApiClientError";
  }

  /** Which failure it is (lib/errors.ts), when the server named one. */
  get reason(): string | undefined {
    return typeof this.details?.reason === "string" ? this.details.reason : undefined;
  }

  /** The server's (Spanish) field messages, keyed by field name; fieldErrorTexts gives them translated. */
  get fieldErrors(): Record<string, string[]> {
    return (this.details?.fieldErrors as Record<string, string[]> | undefined) ?? {};
  }

  /** Each field message's reason, in the same order as fieldErrors. */
  get fieldReasons(): Record<string, string[]> {
    return (this.details?.fieldReasons as Record<string, string[]> | undefined) ?? {};
  }
}

export async function fetchJson<T>(url: string, init: RequestInit & { json?: unknown } = {}): Promise<T> {
  const { json, ...rest } = init;
  let res: Response;
  try {
    res = await fetch(url, {
      ...rest,
      headers: {
        Accept: "application/json",
        ...(json !== undefined ? { "Content-Type": "application/json" } : {}),
        ...rest.headers,
      },
      body: json !== undefined ? JSON.stringify(json) : rest.body,
    });
  } catch {
    throw new ApiClientError(0, "network_error", "");
  }
  if (res.status === 204) return undefined as T;
  const body = (await res.json().catch(() => null)) as (T & Partial<ErrorBody>) | null;
  if (!res.ok) {
    const error = body?.error;
    throw new ApiClientError(res.status, error?.code ?? "internal_error", error?.message ?? "", error?.details);
  }
  return body as T;
}
