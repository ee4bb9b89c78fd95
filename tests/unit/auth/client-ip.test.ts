import { describe, expect, it } from "vitest";
import { clientIpFrom, CLIENT_IP_HEADER, resolveClientIp } from "@/lib/http/client-ip";

describe("resolveClientIp", () => {
  it("uses the socket and ignores forwarded headers by default", () => {
    expect(resolveClientIp("203.0.113.9", "198.51.100.1", 0)).toBe("203.0.113.9");
    expect(resolveClientIp("203.0.113.9", undefined, 0)).toBe("203.0.113.9");
  });

  it("cannot be steered by a client that rotates X-Forwarded-For", () => {
    const seen = new Set(["1.1.1.1", "2.2.2.2", "3.3.3.3"].map((forged) => resolveClientIp("203.0.113.9", forged, 0)));
    expect([...seen]).toEqual(["203.0.113.9"]);
    // Behind one proxy, the entry the proxy appended wins over what the client put in front.
    expect(resolveClientIp("10.0.0.2", "1.1.1.1, 198.51.100.7", 1)).toBe("198.51.100.7");
    expect(resolveClientIp("10.0.0.2", "2.2.2.2, 198.51.100.7", 1)).toBe("198.51.100.7");
  });

  it("takes the N-th entry from the right behind N proxies", () => {
    expect(resolveClientIp("10.0.0.3", "6.6.6.6, 198.51.100.7, 10.0.0.2", 2)).toBe("198.51.100.7");
    expect(resolveClientIp("10.0.0.3", ["6.6.6.6, 198.51.100.7", "10.0.0.2"], 2)).toBe("198.51.100.7");
  });

  it("falls back to the leftmost trusted entry when there are fewer entries than hops", () => {
    expect(resolveClientIp("10.0.0.3", "198.51.100.7", 3)).toBe("198.51.100.7");
    expect(resolveClientIp("10.0.0.3", undefined, 2)).toBe("10.0.0.3");
  });

  it("never returns something that is not an address", () => {
    expect(resolveClientIp("10.0.0.2", "evil\u0000, not-an-ip", 1)).toBe("10.0.0.2");
    expect(resolveClientIp(undefined, undefined, 0)).toBeUndefined();
    expect(resolveClientIp("::ffff:192.0.2.4", undefined, 0)).toBe("192.0.2.4");
    expect(resolveClientIp("2001:db8::1", undefined, 0)).toBe("2001:db8::1");
  });
});

describe("clientIpFrom", () => {
  it("reads the server's header and refuses anything that is not an address", () => {
    expect(clientIpFrom(new Headers({ [CLIENT_IP_HEADER]: "192.0.2.4" }))).toBe("192.0.2.4");
    expect(clientIpFrom(new Headers({ [CLIENT_IP_HEADER]: "unknown" }))).toBeUndefined();
    expect(clientIpFrom(new Headers({ "x-forwarded-for": "192.0.2.4" }))).toBeUndefined();
  });
});
