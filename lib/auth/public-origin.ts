import { NextRequest } from "next/server";

/**
 * The request for Auth.js' route handler, on the origin the browser asked for.
 *
 * Next gives route handlers a URL on the address the server listens on (http://0.0.0.0:3000 from
 * scripts/server.ts), not the Host the browser sent. Auth.js takes its base URL from that URL in
 * the route handler, but from the headers in signIn() (a server action). So with OpenID Connect
 * the authorization request carried redirect_uri https://<site>/api/auth/callback/oidc and the
 * token request http://0.0.0.0:3000/…, and the provider refused the code (invalid_grant); its
 * error redirects went to http://0.0.0.0:3000 as well. This derives the origin as Auth.js does
 * in server actions: X-Forwarded-Host or Host, X-Forwarded-Proto or the request's protocol.
 * AUTH_URL, if set, still wins: next-auth applies it afterwards.
 */
export function onPublicOrigin(request: NextRequest): NextRequest {
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (!host) return request;
  const protocol = (request.headers.get("x-forwarded-proto") ?? request.nextUrl.protocol).replace(/:$/, "");
  let origin: string;
  try {
    origin = new URL(`${protocol}://${host}`).origin;
  } catch {
    return request;
  }
  if (origin === "null" || origin === request.nextUrl.origin) return request;
  return new NextRequest(`${origin}${request.nextUrl.pathname}${request.nextUrl.search}`, request);
}
