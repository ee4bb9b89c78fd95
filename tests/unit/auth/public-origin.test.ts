import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { onPublicOrigin } from "@/lib/auth/public-origin";

// Next hands route handlers a URL on the listening address (scripts/server.ts binds 0.0.0.0).
const onListeningAddress = (path: string, headers: Record<string, string>, init: { method?: string; body?: string } = {}) =>
  new NextRequest(`http://0.0.0.0:3000${path}`, { headers, ...init });

describe("onPublicOrigin", () => {
  it("puts the request on the Host the browser asked for, keeping path and query", () => {
    const request = onPublicOrigin(onListeningAddress("/api/auth/callback/oidc?code=c&state=s", { host: "localhost:3105" }));
    expect(request.url).toBe("http://localhost:3105/api/auth/callback/oidc?code=c&state=s");
  });

  it("behind a proxy, takes X-Forwarded-Host and X-Forwarded-Proto, as Auth.js does for signIn()", () => {
    const request = onPublicOrigin(
      onListeningAddress("/api/auth/callback/oidc", { host: "10.0.0.5:3000", "x-forwarded-host": "refleks.gentofte.dk", "x-forwarded-proto": "https" }),
    );
    expect(request.url).toBe("https://refleks.gentofte.dk/api/auth/callback/oidc");
  });

  it("keeps the method, headers and body", async () => {
    const request = onPublicOrigin(onListeningAddress("/api/auth/signout", { host: "localhost:3105", cookie: "a=b" }, { method: "POST", body: "csrfToken=x" }));
    expect(request.method).toBe("POST");
    expect(request.headers.get("cookie")).toBe("a=b");
    expect(await request.text()).toBe("csrfToken=x");
  });

  it("leaves the request alone without a usable Host", () => {
    const original = onListeningAddress("/api/auth/session", {});
    original.headers.delete("host");
    expect(onPublicOrigin(original)).toBe(original);
    const bad = onListeningAddress("/api/auth/session", { host: "bad host/" });
    expect(onPublicOrigin(bad).url).toBe("http://0.0.0.0:3000/api/auth/session");
  });
});
