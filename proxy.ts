// Every request but the build's static files passes here (Next 16 Proxy, Node runtime): a fresh
// script nonce for pages, handed to Next in the request's Content-Security-Policy header (Next
// puts it on its own scripts), and the security headers of lib/security/headers.ts on the
// answer. Static files get the same headers from next.config.ts.
import { NextResponse, type NextRequest } from "next/server";
import { clientKey, getRateLimiter } from "@/lib/rate-limit";
import { makeNonce, securityHeaders } from "@/lib/security/headers";

export async function proxy(request: NextRequest): Promise<NextResponse> {
  const api = request.nextUrl.pathname.startsWith("/api/");
  const https =
    request.nextUrl.protocol === "https:" ||
    request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim() === "https";
  const nonce = api ? undefined : makeNonce();
  const headers = securityHeaders({
    kind: api ? "api" : "page",
    nonce,
    https,
    dev: process.env.NODE_ENV === "development",
  });
  // Every request counts against the client's overall ceiling (RATE_LIMIT_REQUESTS_PER_MINUTE);
  // the API routes also have their own, lower, limits.
  const decision = await getRateLimiter("request").take(clientKey(request));
  if (!decision.ok) {
    const message = `Too many requests from your address. Try again in ${decision.retryAfterSec} seconds.`;
    const limited = api
      ? NextResponse.json({ error: { code: "rate_limited:api", message } }, { status: 429 })
      : new NextResponse(message, { status: 429, headers: { "Content-Type": "text/plain" } });
    limited.headers.set("Retry-After", String(decision.retryAfterSec));
    for (const [name, value] of Object.entries(headers)) limited.headers.set(name, value);
    return limited;
  }
  const requestHeaders = new Headers(request.headers);
  if (nonce) {
    requestHeaders.set("x-nonce", nonce);
    requestHeaders.set("Content-Security-Policy", headers["Content-Security-Policy"]!);
  }
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export const config = {
  matcher: [
    // Not the build's static files (next.config.ts gives them the headers) nor prefetches.
    {
      source: "/((?!_next/static|_next/image|favicon.ico).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
