/**
 * Whether a menu link points at the page shown. A section's link stays current on its subpages
 * ("Job til mig" on one job); an area's home link and links with a query (the consultant's unread
 * filter) only on their own page, or every page would mark two links.
 */
export function isCurrent(pathname: string, href: string): boolean {
  if (href.includes("?")) return false;
  const isAreaHome = href.split("/").filter(Boolean).length === 1;
  return pathname === href || (!isAreaHome && pathname.startsWith(`${href}/`));
}
