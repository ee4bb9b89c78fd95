/** Prisma's unique-constraint violation (P2002): the row someone else, or a double click, just created. */
export function isUniqueViolation(err: unknown): boolean {
  return typeof err === "object" && err !== null && (err as { code?: unknown }).code === "P2002";
}
