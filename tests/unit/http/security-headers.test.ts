import { describe, expect, it } from "vitest";
import { getScriptNonceFromHeader } from "next/dist/server/app-render/get-script-nonce-from-header";
import {
  contentSecurityPolicy,
  createNonce,
  isHttpsRequest,
  originsOf,
  pageSecurityHeaders,
  staticSecurityHeaders,
  STRICT_TRANSPORT_SECURITY,
} from "@/lib/http/security-headers";

/** The policy as directive name → sources. */
function parse(policy: string): Map<string, string[]> {
  return new Map(policy.split(";").map((d) => d.trim().split(/\s+/)).map(([name, ...sources]) => [name!, sources]));
}

const production = { nonce: "bm9uY2U=", dev: false, https: false };

describe("createNonce", () => {
  it("is 128 random bits in base64, new on every call", () => {
    const nonces = new Set(Array.from({ length: 100 }, createNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) {
      expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
      expect(Buffer.from(nonce, "base64")).toHaveLength(16);
    }
  });
});

describe("contentSecurityPolicy", () => {
  it("allows scripts only with the nonce and what they load, in production without eval", () => {
    const csp = parse(contentSecurityPolicy(production));
    expect(csp.get("script-src")).toEqual(["'self'", "'nonce-bm9uY2U='", "'strict-dynamic'"]);
    expect(csp.get("default-src")).toEqual(["'self'"]);
    expect(csp.get("object-src")).toEqual(["'none'"]);
    expect(csp.get("base-uri")).toEqual(["'self'"]);
    expect(csp.get("form-action")).toEqual(["'self'"]);
    expect(csp.get("frame-ancestors")).toEqual(["'none'"]);
    expect(contentSecurityPolicy(production)).not.toMatch(/unsafe-eval/);
  });

  it("allows style elements only with the nonce, and style attributes", () => {
    const csp = parse(contentSecurityPolicy(production));
    expect(csp.get("style-src")).toEqual(["'self'", "'nonce-bm9uY2U='"]);
    expect(csp.get("style-src-attr")).toEqual(["'unsafe-inline'"]);
  });

  it("is the nonce Next.js reads from the request header", () => {
    const nonce = createNonce();
    expect(getScriptNonceFromHeader(contentSecurityPolicy({ ...production, nonce }))).toBe(nonce);
    expect(getScriptNonceFromHeader(contentSecurityPolicy({ ...production, nonce, dev: true }))).toBe(nonce);
  });

  it("lets next dev eval and inject styles", () => {
    const csp = parse(contentSecurityPolicy({ ...production, dev: true }));
    expect(csp.get("script-src")).toContain("'unsafe-eval'");
    expect(csp.get("style-src")).toEqual(["'self'", "'unsafe-inline'"]);
  });

  it("upgrades insecure requests only over HTTPS", () => {
    expect(parse(contentSecurityPolicy(production)).has("upgrade-insecure-requests")).toBe(false);
    expect(parse(contentSecurityPolicy({ ...production, https: true })).get("upgrade-insecure-requests")).toEqual([]);
  });

  it("lets forms post to the OpenID issuer", () => {
    const csp = parse(contentSecurityPolicy({ ...production, formActionOrigins: ["https://mitid.example"] }));
    expect(csp.get("form-action")).toEqual(["'self'", "https://mitid.example"]);
  });

  it("is one line of directives", () => {
    expect(contentSecurityPolicy(production)).not.toMatch(/[\r\n]|;;|\s{2}/);
  });
});

describe("isHttpsRequest", () => {
  it("reads the first X-Forwarded-Proto", () => {
    expect(isHttpsRequest(new Headers({ "x-forwarded-proto": "https" }))).toBe(true);
    expect(isHttpsRequest(new Headers({ "x-forwarded-proto": "HTTPS, http" }))).toBe(true);
    expect(isHttpsRequest(new Headers({ "x-forwarded-proto": "http" }))).toBe(false);
    expect(isHttpsRequest(new Headers({ "x-forwarded-proto": "http, https" }))).toBe(false);
    expect(isHttpsRequest(new Headers())).toBe(false);
  });

  it("else the URL's scheme", () => {
    expect(isHttpsRequest(new Headers(), new URL("https://refleks.example/"))).toBe(true);
    expect(isHttpsRequest(new Headers(), new URL("http://localhost:3000/"))).toBe(false);
  });
});

describe("originsOf", () => {
  it("keeps the origins of http(s) URLs, once", () => {
    expect(originsOf("https://mitid.example/realms/x", undefined, "", "https://mitid.example/other", "not a url", "javascript:alert(1)")).toEqual([
      "https://mitid.example",
    ]);
  });
});

describe("pageSecurityHeaders", () => {
  it("adds HSTS only over HTTPS", () => {
    expect(pageSecurityHeaders(production).map(([name]) => name)).toEqual(["Content-Security-Policy"]);
    expect(pageSecurityHeaders({ ...production, https: true })).toContainEqual(["Strict-Transport-Security", STRICT_TRANSPORT_SECURITY]);
    expect(STRICT_TRANSPORT_SECURITY).toBe("max-age=63072000; includeSubDomains");
  });
});

describe("staticSecurityHeaders", () => {
  it("forbid sniffing, framing, full referrers and powerful features", () => {
    const headers = Object.fromEntries(staticSecurityHeaders.map(({ key, value }) => [key, value]));
    expect(headers["X-Content-Type-Options"]).toBe("nosniff");
    expect(headers["X-Frame-Options"]).toBe("DENY");
    expect(headers["Referrer-Policy"]).toBe("strict-origin-when-cross-origin");
    for (const feature of ["camera", "microphone", "geolocation", "payment", "usb"]) expect(headers["Permissions-Policy"]).toContain(`${feature}=()`);
  });
});
