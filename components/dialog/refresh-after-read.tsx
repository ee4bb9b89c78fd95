"use client";

import { useEffect, useRef } from "react";
import { useRouter } from "next/navigation";

/**
 * Rendered when opening the thread marked messages read. Layouts are not rendered again on a
 * client-side navigation, so the menu would keep its unread badge; one refresh brings the new count.
 */
export function RefreshAfterRead() {
  const router = useRouter();
  const done = useRef(false);
  useEffect(() => {
    if (done.current) return;
    done.current = true;
    router.refresh();
  }, [router]);
  return null;
}
