import { NextResponse } from "next/server";
import { checkDatabase } from "@/lib/db/health";

export const dynamic = "force-dynamic";

/** Liveness and database status for load balancers, CI and the embedded launcher. */
export async function GET() {
  const database = await checkDatabase();
  const body = { status: database.ok ? "ok" : "degraded", app: "ok", database };
  return NextResponse.json(body, { status: database.ok ? 200 : 503, headers: { "cache-control": "no-store" } });
}
