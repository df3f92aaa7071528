// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { act, cleanup, renderHook, waitFor } from "@testing-library/react";
import type { ReactNode } from "react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { message } from "../test/fixtures";
import { mockFetch } from "../test/render";
import { useOutbox } from "./use-outbox";

let tenant = 0;
const wrapper = ({ children }: { children: ReactNode }) => (
  <QueryClientProvider client={new QueryClient()}>{children}</QueryClientProvider>
);

beforeEach(() => {
  localStorage.clear();
  tenant++;
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const posts = (calls: { method: string; url: string; body: unknown }[]) => calls.filter((c) => c.method === "POST");

describe("useOutbox", () => {
  it("shows the reply at once and drops it when Chatwoot answers with the echo", async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((r) => {
      release = r;
    });
    const calls = mockFetch([]);
    vi.stubGlobal(
      "fetch",
      vi.fn(async (url: string, init: RequestInit) => {
        calls.push({ method: init.method ?? "GET", url, body: JSON.parse(String(init.body)) });
        await gate;
        const { echoId } = JSON.parse(String(init.body));
        return Response.json(
          { message: message(50, { messageType: "outgoing", echoId, content: "Hola" }) },
          { status: 201 },
        );
      }),
    );
    const { result } = renderHook(() => useOutbox(`t${tenant}`, 3, []), { wrapper });
    act(() => {
      result.current.send({ content: "Hola" });
    });
    expect(result.current.entries).toEqual([expect.objectContaining({ content: "Hola", state: "sending" })]);
    release();
    await waitFor(() => expect(result.current.entries).toEqual([]));
    expect(posts(calls)).toHaveLength(1);
  });

  it("a 502 leaves the reply failed; a retry that finds the echo in Chatwoot sends nothing more", async () => {
    let echo = "";
    const calls = mockFetch([
      {
        method: "POST",
        match: /messages$/,
        status: 502,
        body: { error: { code: "upstream_unavailable", message: "Chatwoot no responde." } },
      },
      {
        match: /messages$/,
        body: () => ({ data: [message(60, { messageType: "outgoing", echoId: echo, content: "Hola" })] }),
      },
    ]);
    const { result } = renderHook(() => useOutbox(`t${tenant}`, 3, []), { wrapper });
    act(() => {
      echo = result.current.send({ content: "Hola" });
    });
    await waitFor(() =>
      expect(result.current.entries[0]).toMatchObject({
        state: "failed",
        outcomeUnknown: true,
        error: "Chatwoot no responde.",
      }),
    );
    await act(async () => {
      await result.current.retry(echo);
    });
    expect(result.current.entries).toEqual([]);
    expect(posts(calls)).toHaveLength(1);
    expect(calls.filter((c) => c.method === "GET")).toHaveLength(1);
  });

  it("a retry that does not find the echo sends again, once, with the same echo id, even when clicked twice", async () => {
    const calls = mockFetch([
      {
        method: "POST",
        match: /messages$/,
        status: 500,
        body: { error: { code: "upstream_unavailable", message: "" } },
      },
      { match: /messages$/, body: { data: [message(1)] } },
    ]);
    const { result } = renderHook(() => useOutbox(`t${tenant}`, 3, []), { wrapper });
    let echo = "";
    act(() => {
      echo = result.current.send({ content: "Hola" });
    });
    await waitFor(() => expect(result.current.entries[0]?.state).toBe("failed"));
    const postOk = vi.fn(async (url: string, init?: RequestInit) => {
      const method = init?.method ?? "GET";
      calls.push({ method, url, body: init?.body ? JSON.parse(String(init.body)) : undefined });
      if (method === "GET") return Response.json({ data: [message(1)] });
      return Response.json({ message: message(70, { messageType: "outgoing", echoId: echo }) }, { status: 201 });
    });
    vi.stubGlobal("fetch", postOk);
    await act(async () => {
      await Promise.all([result.current.retry(echo), result.current.retry(echo)]);
    });
    expect(result.current.entries).toEqual([]);
    const sends = posts(calls);
    expect(sends).toHaveLength(2); // the failed first attempt and one retry
    expect(sends.map((c) => (c.body as { echoId: string }).echoId)).toEqual([echo, echo]);
  });

  it("a refusal (422) is final: the retry sends without checking first", async () => {
    const calls = mockFetch([
      {
        method: "POST",
        match: /messages$/,
        status: 422,
        body: { error: { code: "unprocessable", message: "Ventana cerrada." } },
      },
    ]);
    const { result } = renderHook(() => useOutbox(`t${tenant}`, 3, []), { wrapper });
    let echo = "";
    act(() => {
      echo = result.current.send({ content: "Hola" });
    });
    await waitFor(() => expect(result.current.entries[0]).toMatchObject({ state: "failed", outcomeUnknown: false }));
    await act(async () => {
      await result.current.retry(echo);
    });
    expect(calls.map((c) => c.method)).toEqual(["POST", "POST"]);
  });
});
