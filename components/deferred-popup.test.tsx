// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { lazy, type ReactElement } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { DeferredPopup } from "@/components/deferred-popup";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";

function RealMenu({ trigger, defaultOpen }: { trigger: ReactElement; defaultOpen: boolean }) {
  return (
    <DropdownMenu defaultOpen={defaultOpen}>
      <DropdownMenuTrigger asChild>{trigger}</DropdownMenuTrigger>
      <DropdownMenuContent>
        <DropdownMenuItem>Cerrar sesión</DropdownMenuItem>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}

function setup() {
  const preload = vi.fn(async () => ({ default: RealMenu }));
  const Menu = lazy(preload);
  render(
    <DeferredPopup
      kind="menu"
      preload={preload}
      trigger={<button type="button">Tu cuenta</button>}
      popup={(trigger) => <Menu trigger={trigger} defaultOpen />}
    />,
  );
  return { preload, button: () => screen.getByRole("button", { name: "Tu cuenta" }) };
}

afterEach(cleanup);

describe("DeferredPopup", () => {
  it("renders a closed menu button without loading the menu", () => {
    const { preload, button } = setup();
    expect(button().getAttribute("aria-haspopup")).toBe("menu");
    expect(button().getAttribute("aria-expanded")).toBe("false");
    expect(screen.queryByRole("menu")).toBeNull();
    expect(preload).not.toHaveBeenCalled();
  });

  it("does not fetch the menu while the page is idle and nobody reaches for it", async () => {
    const { preload } = setup();
    await new Promise((resolve) => setTimeout(resolve, 2_100));
    expect(preload).not.toHaveBeenCalled();
  });

  it("fetches the menu when the pointer or focus reaches the trigger", () => {
    const { preload, button } = setup();
    fireEvent.pointerEnter(button());
    fireEvent.focus(button());
    expect(preload).toHaveBeenCalled();
    expect(screen.queryByRole("menu")).toBeNull();
  });

  it("opens the real menu on the first click", async () => {
    const { button } = setup();
    fireEvent.click(button());
    expect(await screen.findByRole("menuitem", { name: "Cerrar sesión" })).toBeTruthy();
    // An open modal menu hides the rest of the page from assistive tech, the trigger included.
    const trigger = screen.getByRole("button", { name: "Tu cuenta", hidden: true });
    await waitFor(() => expect(trigger.getAttribute("aria-expanded")).toBe("true"));
  });

  it("opens with ArrowDown, as a Radix menu does", async () => {
    const { button } = setup();
    fireEvent.keyDown(button(), { key: "ArrowDown" });
    expect(await screen.findByRole("menu")).toBeTruthy();
  });
});
