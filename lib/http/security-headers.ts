// Security headers, as pure functions: proxy.ts builds the per-request Content-Security-Policy
// with a fresh nonce, next.config.ts sends the static headers on every response (pages, API
// routes, static files). docs/architecture.md, "Security headers", says what is set where and why.

/** Request header with the nonce, for a Server Component that renders its own `<Script>`. */
export const NONCE_HEADER = "x-nonce";

/** Two years, for the HSTS preload list's minimum of one. */
export const STRICT_TRANSPORT_SECURITY = "max-age=63072000; includeSubDomains";

/** 128 random bits, base64: unguessable, and in the form Next.js reads from the CSP header. */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

export interface CspOptions {
  nonce: string;
  /** `next dev`: React needs eval for its debugging aids, and dev styles carry no nonce. */
  dev: boolean;
  /** The request came over HTTPS: ask the browser to upgrade any http:// subresource. */
  https: boolean;
  /** Origins a form may post to besides our own, e.g. the OpenID provider signIn() redirects to. */
  formActionOrigins?: readonly string[];
}

/**
 * The Content-Security-Policy of a page, after Next.js' documented nonce pattern. Next.js reads
 * the nonce from this header on the request and puts it on its own scripts; 'strict-dynamic' lets
 * those load the chunks they import. The HTML's `style="…"` attributes (React `style` props for
 * progress bars' widths) need style-src-attr 'unsafe-inline'; `<style>` elements still need the
 * nonce, and stylesheets come from our origin.
 */
export function contentSecurityPolicy({ nonce, dev, https, formActionOrigins = [] }: CspOptions): string {
  const directives: string[][] = [
    ["default-src", "'self'"],
    // Next.js takes the nonce from the first directive that starts with "script-src": keep any
    // future script-src-elem after this one.
    ["script-src", "'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(dev ? ["'unsafe-eval'"] : [])],
    ["style-src", "'self'", ...(dev ? ["'unsafe-inline'"] : [`'nonce-${nonce}'`])],
    ["style-src-attr", "'unsafe-inline'"],
    ["img-src", "'self'", "blob:", "data:"],
    ["font-src", "'self'"],
    ["connect-src", "'self'"],
    ["object-src", "'none'"],
    ["base-uri", "'self'"],
    ["form-action", "'self'", ...formActionOrigins],
    ["frame-ancestors", "'none'"],
    ...(https ? [["upgrade-insecure-requests"]] : []),
  ];
  return directives.map((directive) => directive.join(" ")).join("; ");
}

/** What reads request headers: a `Headers` object or Next's `headers()`. */
interface HeaderSource {
  get(name: string): string | null;
}

/**
 * Whether the browser reached us over HTTPS. Behind the TLS-terminating proxy this is the
 * X-Forwarded-Proto it sets (docs/deployment.md); Next.js fills the header from the socket when it
 * is missing. It is the same signal Auth.js uses to make its cookies `__Secure-`. A client that
 * forges "https" over plain HTTP gains nothing: browsers ignore HSTS received over HTTP.
 */
export function isHttpsRequest(headers: HeaderSource, url?: URL): boolean {
  const forwarded = headers.get("x-forwarded-proto")?.split(",")[0]?.trim().toLowerCase();
  return forwarded === "https" || url?.protocol === "https:";
}

/** The origins of some URLs (e.g. the OpenID issuer, for form-action); unset or invalid ones add nothing. */
export function originsOf(...urls: (string | undefined)[]): string[] {
  const origins: string[] = [];
  for (const value of urls) {
    if (!value) continue;
    try {
      const { origin, protocol } = new URL(value);
      if ((protocol === "https:" || protocol === "http:") && !origins.includes(origin)) origins.push(origin);
    } catch {
      // Not a URL: lib/runtime/env.ts refuses it at start-up; here it just adds nothing.
    }
  }
  return origins;
}

/** Response headers that depend on the request: the CSP, and HSTS over HTTPS. */
export function pageSecurityHeaders(options: CspOptions): [string, string][] {
  const headers: [string, string][] = [["Content-Security-Policy", contentSecurityPolicy(options)]];
  if (options.https) headers.push(["Strict-Transport-Security", STRICT_TRANSPORT_SECURITY]);
  return headers;
}

/** Features no page of ours uses; denied for us and for anything we might ever embed. */
const deniedFeatures = ["accelerometer", "camera", "display-capture", "geolocation", "gyroscope", "magnetometer", "microphone", "payment", "usb"];

/** Headers that need no nonce: sent by next.config.ts on every response, API routes included. */
export const staticSecurityHeaders: readonly { key: string; value: string }[] = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: deniedFeatures.map((feature) => `${feature}=()`).join(", ") },
  // For browsers without CSP frame-ancestors, and for responses without the CSP (API routes).
  { key: "X-Frame-Options", value: "DENY" },
];
