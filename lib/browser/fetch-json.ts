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

  /** Field messages from a validation or conflict error, keyed by field name. */
  get fieldErrors(): Record<string, string[]> {
    return (this.details?.fieldErrors as Record<string, string[]> | undefined) ?? {};
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
