import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { findEvidence, memoOf, withEvidenceOnDemand } from "./evidence";
import { parseBounce } from "./parse";

const fixture = (name: string) =>
  new Uint8Array(readFileSync(join(__dirname, "__fixtures__", name)));

describe("evidence found on demand", () => {
  it("is found on the first read, kept, and sits between the head and the tail", () => {
    const text = "Client host [198.51.100.25] blocked using zen.spamhaus.org";
    const parsed = withEvidenceOnDemand({ text }, text, false, { after: 1 });
    expect(parsed.ips).toEqual(["198.51.100.25"]);
    expect(parsed.blocklistZones).toEqual(["zen.spamhaus.org"]);
    expect(parsed.hosts).toBe(parsed.hosts);
    expect(Object.keys(parsed)).toEqual([
      "text",
      "ips",
      "receivingIps",
      "senderIps",
      "hosts",
      "domains",
      "blocklistZones",
      "connectionPorts",
      "relayedIps",
      "after",
    ]);
    // A field that is set is plain data from then on, in its place.
    parsed.ips = ["192.0.2.1"];
    expect(parsed.ips).toEqual(["192.0.2.1"]);
    expect(Object.keys(parsed)[1]).toBe("ips");
    expect(JSON.parse(JSON.stringify(parsed))).toEqual({
      text,
      ips: ["192.0.2.1"],
      receivingIps: [],
      senderIps: ["198.51.100.25"],
      hosts: ["zen.spamhaus.org"],
      domains: ["zen.spamhaus.org"],
      blocklistZones: ["zen.spamhaus.org"],
      connectionPorts: [],
      relayedIps: [],
      after: 1,
    });
  });

  it("puts the remote server's address first only when no recipient was found", () => {
    // An address in brackets is no host name: extractHosts does not list it.
    const text = "Error while talking to [192.0.2.7]: 421 try later (see www.example.org)";
    expect(findEvidence(text, true).hosts).toEqual(["192.0.2.7", "www.example.org"]);
    expect(findEvidence(text, false).hosts).toEqual(["www.example.org"]);
  });

  it("gives parseBounce the lists findEvidence finds, where they were, in the same order", async () => {
    const parsed = await parseBounce(fixture("postfix-blocklist.eml"));
    const found = findEvidence(parsed.text, parsed.recipients.length === 0, parsed);
    expect(parsed.ips).toEqual(found.ips);
    expect(parsed.receivingIps).toEqual(found.receivingIps);
    expect(parsed.senderIps).toEqual(found.senderIps);
    expect(parsed.hosts).toEqual(found.hosts);
    expect(parsed.domains).toEqual(found.domains);
    expect(parsed.connectionPorts).toEqual(found.connectionPorts);
    expect(parsed.blocklistZones).toEqual(["zen.spamhaus.org"]);
    expect(parsed.ips).toContain("198.51.100.25");
    expect(parsed.receivingIps).toEqual(["192.0.2.10"]);
    expect(parsed.senderIps).toEqual(["198.51.100.25"]);
    // Read twice, the same array (a reader that adds to it sees its own addition).
    expect(parsed.hosts).toBe(parsed.hosts);
    // The fields keep their place: JSON (the share link, the API) writes them as before.
    expect(Object.keys(JSON.parse(JSON.stringify(parsed)) as object)).toEqual([
      "text",
      "format",
      "generator",
      "recipients",
      "reportingMta",
      "ips",
      "receivingIps",
      "senderIps",
      "hosts",
      "domains",
      "blocklistZones",
      "connectionPorts",
      "relayedIps",
      "providerCodes",
      "original",
      "originalSpans",
      "headers",
      "warnings",
    ]);
    // A spread copies the lists (diagnose() caps recipients so), and so does a structured clone
    // (the page's worker posts its diagnosis so).
    expect({ ...parsed }.blocklistZones).toEqual(["zen.spamhaus.org"]);
    const posted = structuredClone(parsed);
    expect(posted.receivingIps).toEqual(["192.0.2.10"]);
    expect(Object.keys(posted)).toEqual(Object.keys(parsed));
  });
});

describe("the memo kept with a result", () => {
  it("is read back by memoOf, and is no field: not listed, not in JSON, not carried by a spread", () => {
    const text = "host mx.example.com said: 550 5.1.1 unknown";
    const parsed = withEvidenceOnDemand({ text }, text, false, { after: 1 }, "the probe");
    expect(memoOf(parsed)).toBe("the probe");
    expect(Object.keys(parsed)).not.toContain("memo");
    expect(Object.getOwnPropertySymbols(parsed).every((s) => !parsed.propertyIsEnumerable(s))).toBe(
      true,
    );
    expect(JSON.stringify(parsed)).not.toContain("the probe");
    expect(memoOf({ ...parsed })).toBeNull();
    expect(memoOf(withEvidenceOnDemand({ text }, text, false, {}))).toBeNull();
    expect(memoOf({})).toBeNull();
  });
});
