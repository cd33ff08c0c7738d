// Which client a request comes from. Behind a proxy the socket address is the proxy's, so
// the first address of X-Forwarded-For (the original client, RFC 7239's predecessor
// convention) or X-Real-IP is used. These headers can be forged when the app is exposed
// directly; deploy it behind a proxy that overwrites them.

const MAX_KEY_LENGTH = 64;

export function clientKey(request: Request): string {
  const forwarded = request.headers.get("x-forwarded-for");
  const first = forwarded?.split(",")[0]?.trim();
  if (first) return first.slice(0, MAX_KEY_LENGTH);
  const real = request.headers.get("x-real-ip")?.trim();
  if (real) return real.slice(0, MAX_KEY_LENGTH);
  // No proxy headers (local use, tests): every such request shares one bucket.
  return "unknown-client";
}
