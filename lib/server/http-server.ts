// `npm start`: Next's production server inside our own HTTP server, for what `next start` does
// not offer: header and body timeouts (lib/server/request-guard.ts SERVER_TIMEOUTS) and the
// client address from the socket (the rate limit's key). Bundled to dist/server.mjs by
// scripts/build-cli.mjs; `next` itself is loaded from node_modules.
//   PORT (3000), HOST (0.0.0.0), TRUSTED_PROXIES (0).
import { createServer } from "node:http";
import next from "next";
import { trustedProxyCount } from "@/lib/rate-limit/client-key";
import { guardRequestHeaders, SERVER_TIMEOUTS } from "./request-guard";

// A production server: also what the diagnose pool reads to pick the bundled worker.
(process.env as Record<string, string | undefined>).NODE_ENV ??= "production";
const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOST ?? "0.0.0.0";
const trusted = trustedProxyCount();

const app = next({ dev: false, dir: process.cwd(), hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer(
  {
    headersTimeout: SERVER_TIMEOUTS.headersTimeout,
    requestTimeout: SERVER_TIMEOUTS.requestTimeout,
    keepAliveTimeout: SERVER_TIMEOUTS.keepAliveTimeout,
  },
  (req, res) => {
    guardRequestHeaders(req.headers, req.socket.remoteAddress, trusted);
    void handle(req, res);
  },
);
server.listen(port, hostname, () => {
  console.log(`> Bounce Doctor on http://${hostname}:${port} (trusted proxies: ${trusted})`);
});

function stop() {
  server.close(() => process.exit(0));
  setTimeout(() => process.exit(0), 3_000).unref();
}
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
