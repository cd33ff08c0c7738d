// Every route answers with the security headers (lib/security/headers.ts via proxy.ts), pages
// with a fresh script nonce that their scripts carry, API answers with a policy that allows
// nothing; errors (404, 405, 415) too. HSTS only when the request says it came over HTTPS.
import { expect, test } from "./fixtures";

const PAGES = ["/", "/check", "/wizard", "/r", "/no-such-page"];
const API: [string, string, Record<string, string>?, string?][] = [
  ["GET", "/api/check/ip?ip=127.0.0.1"],
  ["GET", "/api/check/domain?domain=printer.local"],
  ["POST", "/api/diagnose", { "content-type": "application/json" }, '{"text":"550 5.1.1 x"}'],
  ["POST", "/api/diagnose", { "content-type": "text/plain" }, "x"],
  ["GET", "/api/diagnose"],
  ["POST", "/api/check/ip"],
  ["GET", "/api/nothing-here"],
];

function expectCommon(headers: Record<string, string>) {
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("no-referrer");
  expect(headers["permissions-policy"]).toContain("camera=()");
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["strict-transport-security"]).toBeUndefined();
}

for (const path of PAGES) {
  test(`page ${path}: nonce CSP that its scripts carry`, async ({ request }) => {
    const response = await request.get(path);
    const headers = response.headers();
    expectCommon(headers);
    const csp = headers["content-security-policy"]!;
    const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(csp)?.[1];
    expect(nonce).toBeTruthy();
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    const html = await response.text();
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
    // A fresh nonce per request.
    const again = (await request.get(path)).headers()["content-security-policy"];
    expect(again).not.toBe(csp);
  });
}

for (const [method, path, headers, body] of API) {
  test(`${method} ${path} ${headers?.["content-type"] ?? ""}: API headers`, async ({ request }) => {
    const response = await request.fetch(path, { method, headers, data: body });
    expectCommon(response.headers());
    expect(response.headers()["content-security-policy"]).toContain("default-src 'none'");
  });
}

test("static files carry nosniff; HSTS appears when the request came over HTTPS", async ({
  request,
  page,
}) => {
  const scripts: string[] = [];
  page.on("response", (r) => {
    if (r.url().includes("/_next/static/")) scripts.push(r.url());
  });
  await page.goto("/");
  expect(scripts.length).toBeGreaterThan(0);
  const asset = await request.get(scripts[0]!);
  expect(asset.headers()["x-content-type-options"]).toBe("nosniff");
  const https = await request.get("/", { headers: { "x-forwarded-proto": "https" } });
  expect(https.headers()["strict-transport-security"]).toBe("max-age=31536000; includeSubDomains");
});
