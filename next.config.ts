import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // No network at build or run time: no telemetry, no remote images or fonts.
  poweredByHeader: false,
  images: { unoptimized: true },
  // dns2 and mailauth use Node's dgram/net; keep them out of the bundler.
  serverExternalPackages: ["dns2", "mailauth"],
};

export default nextConfig;
