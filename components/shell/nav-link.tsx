"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { isCurrent } from "./current-page";

/**
 * A main-menu link that tells where you are: aria-current="page" (read out as "current page") and
 * a visible marker. It reads the path in the browser, since the layout that draws the menu is not
 * re-rendered on navigation.
 */
export function NavLink({ href, className, children }: { href: string; className?: string; children: React.ReactNode }) {
  const pathname = usePathname();
  const current = isCurrent(pathname, href);
  return (
    <Link href={href} aria-current={current ? "page" : undefined} className={className}>
      {children}
    </Link>
  );
}
