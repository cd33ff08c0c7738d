// What our HTTP server does to each request before Next sees it: the client address from the
// socket (or the trusted proxies' X-Forwarded-For entries) in CLIENT_ADDRESS_HEADER, replacing
// any copy the client sent; and, with no trusted proxy, the X-Forwarded-* headers a client
// wrote removed, so that Next fills them from the socket (protocol, host, address).
import type { IncomingHttpHeaders } from "node:http";
import { CLIENT_ADDRESS_HEADER, clientAddress } from "@/lib/rate-limit/client-key";

const FORWARDED = [
  "x-forwarded-for",
  "x-forwarded-proto",
  "x-forwarded-host",
  "x-forwarded-port",
  "x-real-ip",
  "forwarded",
];

export function guardRequestHeaders(
  headers: IncomingHttpHeaders,
  peer: string | undefined,
  trustedProxies: number,
): void {
  const forwardedFor = headers["x-forwarded-for"];
  const joined = Array.isArray(forwardedFor) ? forwardedFor.join(",") : forwardedFor;
  const address = clientAddress(peer, joined, trustedProxies);
  if (trustedProxies === 0) for (const name of FORWARDED) delete headers[name];
  headers[CLIENT_ADDRESS_HEADER] = address;
}

/** Node's HTTP server timeouts, in ms (its defaults hold a slow client 60 s for headers, 300 s in all). */
export const SERVER_TIMEOUTS = {
  /** Whole request head. */
  headersTimeout: 10_000,
  /** Whole request, head and body. */
  requestTimeout: 30_000,
  /** An idle keep-alive connection. */
  keepAliveTimeout: 5_000,
} as const;
