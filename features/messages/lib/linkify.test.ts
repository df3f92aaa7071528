import { describe, expect, it } from "vitest";
import { linkify, safeHref } from "./linkify";

describe("linkify", () => {
  it("turns web links into link parts and leaves the rest as text", () => {
    expect(linkify("Mira https://elroble.cl/catalogo?x=1, o www.sii.cl.")).toEqual([
      { kind: "text", text: "Mira " },
      { kind: "link", text: "https://elroble.cl/catalogo?x=1", href: "https://elroble.cl/catalogo?x=1" },
      { kind: "text", text: ", o " },
      { kind: "link", text: "www.sii.cl", href: "https://www.sii.cl/" },
      { kind: "text", text: "." },
    ]);
  });

  it("keeps HTML and script as plain text and never links javascript: or data:", () => {
    const evil = `<img src=x onerror="alert(1)"> javascript:alert(1) data:text/html,<script>`;
    expect(linkify(evil)).toEqual([{ kind: "text", text: evil }]);
    expect(safeHref("javascript:alert(1)")).toBeNull();
    expect(safeHref("https://ok.cl/a")).toBe("https://ok.cl/a");
  });
});
