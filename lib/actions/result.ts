/** The one shape every server action returns. Expected failures are values; bugs throw. */
export type ActionResult<T = undefined> =
  | { ok: true; data?: T; message?: string }
  | { ok: false; formError?: string; fieldErrors?: Record<string, string>; values?: Record<string, string> };

export const initialActionResult: ActionResult = { ok: true };
