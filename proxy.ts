import NextAuth from "next-auth";
import { NextResponse } from "next/server";
import { authConfig } from "@/lib/auth/auth.config";
import { areaOf } from "@/lib/auth/permissions";
import { PATH_HEADER } from "@/lib/auth/callback-url";

// Only redirects anonymous visitors of a role area to sign-in. Authorization itself is checked
// by requireRole() in every layout, page and action, never here alone.
const { auth } = NextAuth(authConfig);

export default auth((request) => {
  const { pathname, search } = request.nextUrl;
  if (areaOf(pathname) && !request.auth?.user) {
    const url = new URL("/sign-in", request.nextUrl.origin);
    url.searchParams.set("callbackUrl", `${pathname}${search}`);
    return NextResponse.redirect(url);
  }
  // The page's guard may still refuse the session (signed out elsewhere, account gone); it sends
  // the visitor to sign-in with this path as the way back.
  const headers = new Headers(request.headers);
  headers.set(PATH_HEADER, `${pathname}${search}`);
  return NextResponse.next({ request: { headers } });
});

export const config = {
  matcher: ["/citizen/:path*", "/employer/:path*", "/consultant/:path*"],
};
