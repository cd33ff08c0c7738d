import type { NextConfig } from "next";
import { securityHeaders } from "./lib/security/headers";

// The build's static files do not pass through proxy.ts: they get the same headers here, less
// the Content-Security-Policy (a policy on a script file would bind the Web Worker it starts, and
// scripts and styles are never documents). HSTS is set by proxy.ts only, where the request's
// protocol is known.
const staticHeaders = Object.entries(securityHeaders({ kind: "api", https: false }))
  .filter(([key]) => key !== "Content-Security-Policy")
  .map(([key, value]) => ({ key, value }));

const nextConfig: NextConfig = {
  // No network at build or run time: no telemetry, no remote images or fonts.
  poweredByHeader: false,
  images: { unoptimized: true },
  // dns2 uses Node's dgram/net, ioredis its net; keep them out of the bundler.
  serverExternalPackages: ["dns2", "ioredis"],
  async headers() {
    return [{ source: "/_next/static/:path*", headers: staticHeaders }];
  },
};

export default nextConfig;
