import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render } from "@testing-library/react";
import type { ReactNode } from "react";
import { vi } from "vitest";
import { I18nProvider } from "@/lib/i18n/client";
import { esCL } from "@/lib/i18n/messages/es-CL";

export function renderWithProviders(
  ui: ReactNode,
  client = new QueryClient({ defaultOptions: { queries: { retry: false } } }),
) {
  const result = render(
    <I18nProvider locale="es-CL" messages={esCL}>
      <QueryClientProvider client={client}>{ui}</QueryClientProvider>
    </I18nProvider>,
  );
  return { ...result, client };
}

type Route = { method?: string; match: RegExp; status?: number; body: unknown };

/** A fetch that answers by URL pattern and records every call. */
export function mockFetch(routes: Route[]) {
  const calls: { method: string; url: string; body: unknown }[] = [];
  const fn = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    const method = init?.method ?? "GET";
    calls.push({ method, url, body: init?.body ? JSON.parse(String(init.body)) : undefined });
    const route = routes.find((r) => (r.method ?? "GET") === method && r.match.test(url));
    if (!route) return new Response(JSON.stringify({ error: { code: "not_found", message: "" } }), { status: 404 });
    const body = typeof route.body === "function" ? (route.body as () => unknown)() : route.body;
    return new Response(JSON.stringify(body), {
      status: route.status ?? 200,
      headers: { "content-type": "application/json" },
    });
  });
  vi.stubGlobal("fetch", fn);
  return calls;
}
