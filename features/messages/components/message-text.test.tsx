// @vitest-environment jsdom
import { cleanup, render } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { MessageText } from "./message-text";

afterEach(cleanup);

describe("MessageText", () => {
  it("shows a customer's HTML as text: no element is created and no handler runs", () => {
    const evil = `<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>`;
    const { container } = render(<MessageText text={evil} />);
    expect(container.textContent).toBe(evil);
    expect(container.querySelector("img, script")).toBeNull();
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it("makes web links clickable in a new tab without handing over the opener", () => {
    const { getByRole } = render(<MessageText text="Catálogo: https://elroble.cl/catalogo." />);
    const link = getByRole("link", { name: "https://elroble.cl/catalogo" });
    expect(link.getAttribute("href")).toBe("https://elroble.cl/catalogo");
    expect(link.getAttribute("rel")).toContain("noopener");
    expect(link.getAttribute("target")).toBe("_blank");
  });

  it("never turns javascript: into a link", () => {
    const { container } = render(<MessageText text="javascript:alert(1)" />);
    expect(container.querySelector("a")).toBeNull();
  });
});
