import { getCurrentUser } from "@/lib/auth/guards";
import { exportOwnData } from "@/lib/db/my-data";
import { isoDay } from "@/lib/i18n/format";

// A route handler, not a page: requireRole's forbidden()/redirect() do not fit a file download,
// so the guard answers with a JSON status instead.
const noStore = { "Cache-Control": "no-store" };

export async function GET(): Promise<Response> {
  const user = await getCurrentUser();
  if (!user) return Response.json({ error: "unauthorized" }, { status: 401, headers: noStore });
  if (user.role !== "CITIZEN") return Response.json({ error: "forbidden" }, { status: 403, headers: noStore });

  const now = new Date();
  const data = await exportOwnData(user, now);
  if (!data) return Response.json({ error: "not_found" }, { status: 404, headers: noStore });

  return new Response(`${JSON.stringify(data, null, 2)}\n`, {
    headers: {
      ...noStore,
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="refleks-mine-data-${isoDay(now)}.json"`,
    },
  });
}
