import { NextResponse, type NextRequest } from "next/server";
import { unsubscribe } from "@/lib/db/unsubscribe";

// The List-Unsubscribe address of every e-mail (lib/mail/unsubscribe-link.ts). A mail client's
// one-click unsubscribe POSTs "List-Unsubscribe=One-Click" here (RFC 8058) and stops the mail at
// once; a GET (someone opening the address) goes to the confirm page, since a GET must not change
// anything.

export const dynamic = "force-dynamic";

const noStore = { "cache-control": "no-store" };

function tokenOf(request: NextRequest): string {
  return (request.nextUrl.searchParams.get("token") ?? "").slice(0, 200);
}

export function GET(request: NextRequest) {
  // A relative Location: behind a proxy the request's own origin is the server's bind address.
  const location = `/unsubscribe?${new URLSearchParams({ token: tokenOf(request) })}`;
  return new NextResponse(null, { status: 303, headers: { ...noStore, location } });
}

export async function POST(request: NextRequest) {
  const body = (await request.text().catch(() => "")).slice(0, 1000);
  if (!new URLSearchParams(body).has("List-Unsubscribe", "One-Click")) return NextResponse.json({ error: "one_click_body_required" }, { status: 400, headers: noStore });
  const target = await unsubscribe(tokenOf(request));
  if (!target) return NextResponse.json({ error: "invalid_token" }, { status: 400, headers: noStore });
  return NextResponse.json({ status: "unsubscribed" }, { headers: noStore });
}
