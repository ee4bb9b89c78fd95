"use client";

import { useState } from "react";

/**
 * "Ny" on a message that was unread when the page opened. Opening the page marks it read and
 * refreshes the page (for the menu's badge); the mark keeps its first value through that refresh.
 */
export function NewMark({ isNew, label }: { isNew: boolean; label: string }) {
  const [shown] = useState(isNew);
  return shown ? <span className="mr-2 rounded-md border border-brand-700 bg-white px-2 py-0.5 text-sm font-bold text-brand-800">{label}</span> : null;
}
