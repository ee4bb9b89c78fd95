/** The most rows a list query returns when its caller names no page: no list is unbounded. */
export const LIST_CAP = 100;

/**
 * The page to show of `total` rows in pages of `size`: a requested page out of range (0, -3,
 * 999, NaN) is clamped to the nearest page that exists, and there is always at least one page.
 */
export function pageWindow(total: number, size: number, requested: number): { page: number; pages: number; offset: number } {
  const pages = Math.max(1, Math.ceil(total / size));
  const page = Math.min(Math.max(1, Math.floor(Number.isFinite(requested) ? requested : 1)), pages);
  return { page, pages, offset: (page - 1) * size };
}
