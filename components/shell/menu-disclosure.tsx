"use client";

import { createContext, use, useState, type KeyboardEvent, type MouseEvent } from "react";
import { usePathname } from "next/navigation";

// The phone menu is a disclosure (WAI-ARIA APG "disclosure navigation"): a real button with
// aria-expanded and aria-controls shows the links that do not fit the compact header. Escape
// closes it and gives focus back to the button; following a link closes it. From the md
// breakpoint up the button is hidden and every link shows, so the state only matters on phones.

type Menu = { open: boolean; toggle: () => void };
const BUTTON_ID = "site-menu-button";
const MenuContext = createContext<Menu | null>(null);

/** Holds the open state for the header; `data-menu-open` lets server-rendered items react to it in CSS. */
export function MenuRoot({ children }: { children: React.ReactNode }) {
  const [open, setOpen] = useState(false);
  const pathname = usePathname();
  // A new page closes the menu (React's "adjust state while rendering" pattern, no effect needed).
  const [shownFor, setShownFor] = useState(pathname);
  if (shownFor !== pathname) {
    setShownFor(pathname);
    setOpen(false);
  }
  function onKeyDown(e: KeyboardEvent) {
    if (e.key !== "Escape" || !open) return;
    setOpen(false);
    document.getElementById(BUTTON_ID)?.focus();
  }
  function onClick(e: MouseEvent) {
    // A link to the page already shown (or only its query) does not change the pathname.
    if (open && (e.target as Element).closest("a")) setOpen(false);
  }
  return (
    <MenuContext value={{ open, toggle: () => setOpen((o) => !o) }}>
      {/* Key and click handlers only listen for events bubbling from the real controls inside. */}
      <div className="group/menu" data-menu-open={open ? "" : undefined} onKeyDown={onKeyDown} onClick={onClick}>
        {children}
      </div>
    </MenuContext>
  );
}

/** The "Menu" button shown below the md breakpoint. */
export function MenuButton({ label, controls }: { label: string; controls: string }) {
  const menu = use(MenuContext);
  if (!menu) return null;
  return (
    <button
      id={BUTTON_ID}
      type="button"
      aria-expanded={menu.open}
      aria-controls={controls}
      onClick={menu.toggle}
      className="inline-flex min-h-11 items-center gap-2 rounded-md border border-gray-500 bg-white px-3 text-sm font-semibold text-gray-900 hover:bg-gray-100 md:hidden"
    >
      <span aria-hidden="true" className="text-lg leading-none">
        {menu.open ? "✕" : "☰"}
      </span>
      {label}
    </button>
  );
}
