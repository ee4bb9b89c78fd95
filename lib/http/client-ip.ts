import { isIP } from "node:net";

/**
 * The header in which scripts/server.ts hands the client's address to the app. The server sets
 * it on every request and drops any value the client sent, so the app can trust it.
 */
export const CLIENT_IP_HEADER = "x-refleks-client-ip";

/**
 * The client's address, from the socket and as many `X-Forwarded-For` hops as are trusted.
 *
 * With `trustedHops = 0` (the default) forwarded headers are ignored: the socket's peer is the
 * client. Behind N proxies of our own, each appends the address it received from, so the client
 * is the N-th entry from the right; anything further left was written by the client and can be
 * forged. Fewer entries than hops (a request that bypassed a proxy) gives the leftmost entry we
 * have, which is still one a trusted proxy wrote. This is the rule of Express' `trust proxy`.
 */
export function resolveClientIp(socketAddress: string | undefined, forwardedFor: string | string[] | undefined, trustedHops: number): string | undefined {
  const chain = [normalise(socketAddress)];
  if (trustedHops > 0 && forwardedFor) {
    const entries = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : forwardedFor).split(",");
    for (let i = entries.length - 1; i >= 0 && chain.length <= trustedHops; i--) chain.push(normalise(entries[i]));
  }
  const index = Math.min(trustedHops, chain.length - 1);
  // An entry that is not an address (garbage from a misconfigured proxy) is not trusted: the
  // last valid hop before it is used instead.
  for (let i = index; i >= 0; i--) if (chain[i]) return chain[i];
  return undefined;
}

function normalise(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  if (!trimmed) return undefined;
  // IPv4 clients on a dual-stack socket appear as ::ffff:a.b.c.d.
  const unmapped = trimmed.startsWith("::ffff:") && isIP(trimmed.slice(7)) === 4 ? trimmed.slice(7) : trimmed;
  return isIP(unmapped) ? unmapped : undefined;
}

/** The address that scripts/server.ts resolved, or undefined when the app runs without it. */
export function clientIpFrom(headers: Headers | undefined): string | undefined {
  const value = headers?.get(CLIENT_IP_HEADER);
  return value && isIP(value) ? value : undefined;
}
