import { Resolver } from "node:dns/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  splitCharacterStrings,
  startFixtureDnsServer,
  type FixtureDnsServer,
} from "./fixture-server";

let server: FixtureDnsServer;
let resolver: Resolver;

beforeAll(async () => {
  server = await startFixtureDnsServer({
    zones: [{ records: { "one.fx.test": [{ type: "A", address: "192.0.2.1" }] } }],
  });
  resolver = new Resolver({ timeout: 500, tries: 1 });
  resolver.setServers([`127.0.0.1:${server.port}`]);
});
afterAll(() => server.close());

describe("fixture server", () => {
  it("splits character-strings at 255 bytes, counting bytes, not characters", () => {
    expect(splitCharacterStrings("a".repeat(600)).map((b) => b.length)).toEqual([255, 255, 90]);
    expect(splitCharacterStrings(["x", "é".repeat(200)]).map((b) => b.length)).toEqual([
      1, 255, 145,
    ]);
  });

  it("replaces its zones and counts queries", async () => {
    const before = server.queryCount();
    expect(await resolver.resolve4("one.fx.test")).toEqual(["192.0.2.1"]);
    server.setZones([{ records: { "two.fx.test": [{ type: "A", address: "192.0.2.2" }] } }]);
    await expect(resolver.resolve4("one.fx.test")).rejects.toMatchObject({ code: "ENOTFOUND" });
    expect(await resolver.resolve4("two.fx.test")).toEqual(["192.0.2.2"]);
    expect(server.queryCount() - before).toBe(3);
  });

  it("adds the global delay to every answer", async () => {
    server.setZones([{ records: { "two.fx.test": [{ type: "A", address: "192.0.2.2" }] } }]);
    server.setGlobalDelay(120);
    const started = Date.now();
    await resolver.resolve4("two.fx.test");
    expect(Date.now() - started).toBeGreaterThanOrEqual(115);
    server.setGlobalDelay(0);
  });

  it("serves PTR records and answers UDP and TCP on the same port", async () => {
    server.setZones([
      {
        records: {
          "1.2.0.192.in-addr.arpa": [{ type: "PTR", target: "mail.fx.test" }],
          "t.fx.test": [{ type: "TXT", data: "x" }],
        },
        behaviours: { "t.fx.test": [{ kind: "truncate" }] },
      },
    ]);
    expect(await resolver.reverse("192.0.2.1")).toEqual(["mail.fx.test"]);
    expect(await resolver.resolveTxt("t.fx.test")).toEqual([["x"]]);
  });

  it("two servers on random ports do not collide", async () => {
    const other = await startFixtureDnsServer({ zones: [] });
    expect(other.port).not.toBe(server.port);
    await other.close();
  });
});
