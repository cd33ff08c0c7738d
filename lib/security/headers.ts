// The security headers of every answer (pages, API, errors), in one place: proxy.ts sets them
// per request, with a fresh nonce for the page's scripts. Pure, so that it is tested as data.
//
// Pages: scripts run only with this request's nonce ('strict-dynamic' lets Next's nonce'd
// loader load its own chunks); nothing may frame us; no plugins; forms and fetches stay on our
// origin; the page's Web Worker comes from our origin. Style attributes stay allowed
// (style-src-attr): a progress bar's width is one; no script can come in through them.
// API answers are JSON: a policy that allows nothing at all.

export interface SecurityHeaderOptions {
  kind: "page" | "api";
  /** Base64 nonce for this request's scripts (pages only). */
  nonce?: string;
  /** The request came over HTTPS (directly, or as a trusted proxy says). */
  https: boolean;
  /** `next dev` needs eval for its refresh runtime; never in production. */
  dev?: boolean;
}

export function contentSecurityPolicy(options: SecurityHeaderOptions): string {
  if (options.kind === "api") return "default-src 'none'; frame-ancestors 'none'; base-uri 'none'";
  const nonce = options.nonce ? ` 'nonce-${options.nonce}'` : "";
  const directives = [
    "default-src 'self'",
    `script-src 'self'${nonce} 'strict-dynamic'${options.dev ? " 'unsafe-eval'" : ""}`,
    `style-src 'self'${nonce}`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ];
  if (options.https) directives.push("upgrade-insecure-requests");
  return directives.join("; ");
}

/** Headers for a response; HSTS only when the request came over HTTPS (RFC 6797 §7.2). */
export function securityHeaders(options: SecurityHeaderOptions): Record<string, string> {
  const headers: Record<string, string> = {
    "Content-Security-Policy": contentSecurityPolicy(options),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Permissions-Policy":
      "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
  };
  if (options.https) headers["Strict-Transport-Security"] = "max-age=31536000; includeSubDomains";
  return headers;
}

/** 128 random bits, base64: a fresh script nonce. */
export function makeNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  let binary = "";
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}
