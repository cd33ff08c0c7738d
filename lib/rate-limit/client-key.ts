// Which client a request comes from, for the rate limit. The address is the TCP peer's, which a
// client cannot choose. Behind N trusted proxies (TRUSTED_PROXIES=N) the peer is the nearest
// proxy, and each proxy appends the address it received from to X-Forwarded-For: the client is
// then the N-th entry from the right. Entries further left were written by whoever sent the
// request and are never read (taking the first entry let any client pick a fresh key per request).
//
// The HTTP server (lib/server/http-server.ts, `npm start`) works this out from the socket and
// hands it to the app in CLIENT_ADDRESS_HEADER, after removing any copy a client sent. Under
// `next start` or in-process tests there is no socket to read: the right-most X-Forwarded-For
// entry is used instead (Next sets it to the peer when absent), which only a deployment behind
// an appending proxy makes trustworthy; hence `npm start` in production.
import { canonicalIP, isIP, unmapIPv4 } from "@/lib/dns/ip";

/** Set by our HTTP server only; any copy arriving from outside is removed first. */
export const CLIENT_ADDRESS_HEADER = "x-bounce-doctor-client";

export function trustedProxyCount(env: Record<string, string | undefined> = process.env): number {
  const n = Number(env.TRUSTED_PROXIES ?? 0);
  return Number.isInteger(n) && n >= 0 && n <= 10 ? n : 0;
}

function forwardedEntries(forwardedFor: string | null | undefined): string[] {
  if (!forwardedFor) return [];
  // At most the last 20 entries matter (TRUSTED_PROXIES is at most 10); a long header is not split whole.
  const tail = forwardedFor.length > 2_000 ? forwardedFor.slice(-2_000) : forwardedFor;
  return tail
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
}

/** "[2001:db8::1]:443" / "192.0.2.1:80" / "::ffff:192.0.2.1" -> the bare address, or null. */
function bareAddress(entry: string): string | null {
  let s = entry;
  const bracket = /^\[([^\]]{1,45})\](?::\d{1,5})?$/.exec(s);
  if (bracket) s = bracket[1]!;
  else if (/^[\d.]+:\d{1,5}$/.test(s)) s = s.slice(0, s.lastIndexOf(":"));
  if (isIP(s) === 0) return null;
  return unmapIPv4(s) ?? s;
}

/**
 * The rate-limit key of an address: IPv4 as is, IPv6 by its /64 (one host usually holds a whole
 * /64, so keying by full address would hand it 2^64 keys).
 */
export function addressKey(address: string): string {
  if (isIP(address) === 4) return address;
  const full = canonicalIP(address);
  return full ? `${full.split(":").slice(0, 4).join(":")}::/64` : address.slice(0, 64);
}

/**
 * The client's address: the socket peer when no proxy is trusted, else the entry the
 * outermost trusted proxy appended. Falls back to the peer (all such clients then share the
 * proxy's bucket: stricter, never looser) when that entry is missing or not an address.
 */
export function clientAddress(
  peer: string | undefined,
  forwardedFor: string | null | undefined,
  trustedProxies: number,
): string {
  const peerAddress = (peer && bareAddress(peer)) ?? "unknown-client";
  if (trustedProxies === 0) return peerAddress;
  const entries = forwardedEntries(forwardedFor);
  const entry = entries[entries.length - trustedProxies];
  return (entry && bareAddress(entry)) ?? peerAddress;
}

/** The rate-limit key of a request (see the top of this file). */
export function clientKey(request: Request): string {
  const headers = request.headers;
  const fromServer = headers.get(CLIENT_ADDRESS_HEADER);
  if (fromServer) return addressKey(fromServer);
  // No socket here: the right-most entry is the one Next or the nearest proxy wrote.
  const entries = forwardedEntries(headers.get("x-forwarded-for"));
  const trusted = Math.max(1, trustedProxyCount());
  const entry = entries[entries.length - trusted] ?? entries[0];
  const address = entry ? bareAddress(entry) : null;
  return address ? addressKey(address) : "unknown-client";
}
