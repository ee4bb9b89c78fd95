import NextAuth, { type NextAuthRequest } from "next-auth";
import { NextResponse, type NextFetchEvent, type NextRequest } from "next/server";
import { authConfig } from "@/lib/auth/auth.config";
import { areaOf } from "@/lib/auth/permissions";
import { PATH_HEADER } from "@/lib/auth/callback-url";
import { refusedStatus } from "@/lib/http/request-guard";
import { contentSecurityPolicy, createNonce, isHttpsRequest, NONCE_HEADER, originsOf, pageSecurityHeaders, type CspOptions } from "@/lib/http/security-headers";

// Two jobs. On every page: a fresh CSP nonce (Next.js' documented pattern: the policy goes on
// the request, where Next.js reads the nonce for its own scripts, and on the response). On role
// areas only: redirect anonymous visitors to sign-in. Authorization itself is checked by
// requireRole() in every layout, page and action, never here alone.
const { auth } = NextAuth(authConfig);

/** The request continues to the page with the CSP (and any extra headers) on it. */
function continueWith(request: NextRequest, csp: CspOptions, extra: Record<string, string> = {}): NextResponse {
  const headers = new Headers(request.headers);
  headers.set("Content-Security-Policy", contentSecurityPolicy(csp));
  headers.set(NONCE_HEADER, csp.nonce);
  for (const [name, value] of Object.entries(extra)) headers.set(name, value);
  return NextResponse.next({ request: { headers } });
}

/** Proxy code for auth(): it gets the request with the session on it. */
type WithSession = (request: NextAuthRequest, event: NextFetchEvent) => Response;

function roleArea(csp: CspOptions): WithSession {
  return (request) => {
    const { pathname, search } = request.nextUrl;
    if (!request.auth?.user) {
      const url = new URL("/sign-in", request.nextUrl.origin);
      url.searchParams.set("callbackUrl", `${pathname}${search}`);
      return NextResponse.redirect(url);
    }
    // The page's guard may still refuse the session (signed out elsewhere, account gone); it sends
    // the visitor to sign-in with this path as the way back.
    return continueWith(request, csp, { [PATH_HEADER]: `${pathname}${search}` });
  };
}

export default async function proxy(request: NextRequest, event: NextFetchEvent): Promise<Response> {
  const refused = refusedStatus(request.method, request.nextUrl.pathname, request.headers);
  if (refused) return new NextResponse(null, { status: refused });
  const csp: CspOptions = {
    nonce: createNonce(),
    dev: process.env.NODE_ENV === "development",
    https: isHttpsRequest(request.headers, request.nextUrl),
    // Without JavaScript the OpenID sign-in form posts natively and is redirected to the issuer.
    formActionOrigins: originsOf(process.env.OIDC_ISSUER),
  };
  // Only role areas pay for reading the session (decrypting the JWT), as before.
  const response = (areaOf(request.nextUrl.pathname) ? await auth(roleArea(csp))(request, event) : undefined) ?? continueWith(request, csp);
  for (const [name, value] of pageSecurityHeaders(csp)) response.headers.set(name, value);
  return response;
}

export const config = {
  matcher: [
    // Role areas, prefetches included, as before this file also set the CSP.
    "/citizen/:path*",
    "/employer/:path*",
    "/consultant/:path*",
    // Every other page, as in Next.js' CSP guide: not API routes (JSON and Auth.js' redirects, and
    // Auth.js' own HTML pages with inline styles), not static files, not prefetches (an RSC
    // payload runs no script of its own; the page that asked for it already has its nonce), not
    // the icons and the web manifest (app/icon.svg, app/manifest.ts; no script, no session).
    {
      source: "/((?!api/|_next/static|_next/image|favicon\\.ico|icon\\.svg|apple-icon\\.png|icon-\\d+\\.png|manifest\\.webmanifest).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
