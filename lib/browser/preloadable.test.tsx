// @vitest-environment jsdom
import { act, cleanup, render, screen } from "@testing-library/react";
import { lazy, Suspense } from "react";
import { hydrateRoot } from "react-dom/client";
import { renderToString } from "react-dom/server";
import { afterEach, describe, expect, it } from "vitest";
import { preloadable } from "./preloadable";

afterEach(cleanup);

function Hello({ name }: { name: string }) {
  return <p>hola {name}</p>;
}

function setup() {
  let loads = 0;
  const load = async () => {
    loads++;
    return Hello;
  };
  // As next/dynamic does: a React.lazy component inside its own Suspense boundary.
  const Lazy = lazy(() => load().then((c) => ({ default: c })));
  // biome-ignore lint/correctness/noComponentHookFactories: each test needs a lazy component nothing has loaded yet.
  const Dynamic = (props: { name: string }) => (
    <Suspense fallback={<p>cargando</p>}>
      <Lazy {...props} />
    </Suspense>
  );
  const Component = preloadable(Dynamic, load);
  return { Component, loads: () => loads };
}

const inSuspense = (node: React.ReactNode) => <div>{node}</div>;

describe("preloadable", () => {
  it("suspends on its first mount while nothing preloaded it, as a lazy component does", async () => {
    const { Component } = setup();
    render(inSuspense(<Component name="Ana" />));
    expect(screen.getByText("cargando")).toBeTruthy();
    expect(await screen.findByText("hola Ana")).toBeTruthy();
  });

  it("mounts its content in the first commit once preloaded, and fetches the chunk once", async () => {
    const { Component, loads } = setup();
    await Promise.all([Component.preload(), Component.preload()]);
    expect(loads()).toBe(1);
    render(inSuspense(<Component name="Ana" />));
    // Synchronously after the first render: no fallback was ever shown.
    expect(screen.queryByText("cargando")).toBeNull();
    expect(screen.getByText("hola Ana")).toBeTruthy();
  });

  it("hydrates what the server rendered with the lazy component, without a mismatch", async () => {
    const { Component } = setup();
    await Component.preload();
    // The server's lazy component resolves once, then renders in place (renderToString waits for nothing).
    renderToString(inSuspense(<Component name="Ana" />));
    await new Promise((resolve) => setTimeout(resolve, 0));
    const html = renderToString(inSuspense(<Component name="Ana" />));
    expect(html).toContain("hola");
    const container = document.createElement("div");
    container.innerHTML = html;
    document.body.append(container);
    const errors: unknown[] = [];
    await act(async () => {
      hydrateRoot(container, inSuspense(<Component name="Ana" />), { onRecoverableError: (e) => errors.push(e) });
    });
    expect(errors).toEqual([]);
    expect(container.textContent).toBe("hola Ana");
  });
});
