import { getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/guards";
import { getResults } from "@/lib/db/results";
import { resultsCsv, type CsvLabels } from "@/lib/results";

// A route handler, not a page: requireRole's forbidden()/redirect() do not fit a file download,
// so the guard answers with a JSON status instead.
const noStore = { "Cache-Control": "no-store" };

const CSV_KEYS = [
  "month", "citizens", "placed", "seeking", "sharePercent", "hires", "praktikStarts", "figure", "value",
  "daysToApproval", "daysToHire", "loginDay", "loginWeek", "loginTwoWeeks", "completionAverage", "completionFull",
  "invited", "invitedWithProfile", "invitedPercent",
] as const satisfies readonly (keyof CsvLabels)[];

export async function GET(): Promise<Response> {
  const user = await getCurrentUser();
  if (!user) return Response.json({ error: "unauthorized" }, { status: 401, headers: noStore });
  if (user.role !== "CONSULTANT") return Response.json({ error: "forbidden" }, { status: 403, headers: noStore });

  // The same snapshot as the page (ADR 011); the file is named after the moment it measures.
  const [view, t] = await Promise.all([getResults(user), getTranslations("results.csv")]);
  const results = view?.results;
  if (!results) return Response.json({ error: "not_found" }, { status: 404, headers: noStore });
  const labels = Object.fromEntries(CSV_KEYS.map((k) => [k, t(k)])) as CsvLabels;

  // The byte order mark makes Excel read the file as UTF-8 (æ, ø, å).
  return new Response(`\uFEFF${resultsCsv(results, labels)}`, {
    headers: {
      ...noStore,
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="refleks-resultater-${results.now.toISOString().slice(0, 10)}.csv"`,
    },
  });
}
