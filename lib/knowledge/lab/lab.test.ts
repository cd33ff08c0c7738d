// Every fixture the real-MTA lab recorded (scripts/mta-lab: Postfix, Exim, ... on loopback,
// lib/knowledge/lab/manifest.json) goes through the whole pipeline (parse + classify): the
// cause must be the one the MTA's rule means, and the reply and status codes must be found.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { CauseId } from "@/lib/causes/causes";
import { loadLabManifest, predictLabFixture } from "./lab-fixtures";

const manifest = loadLabManifest();

/**
 * Fixtures today's classifier gets wrong, with the wrong answer it gives now. The test
 * asserts that answer, so it fails (and this list must shrink) as soon as the classifier
 * gets one of them right. Reported to the classifier rebuild (issue 9); never "fixed" here.
 */
// Exim's main-log "** b: Unrouteable address" (log lines name no reporting host) now reads both
// the unknown user and the unknown domain (providers/exim.ts, recipientDomain "unknown").
const KNOWN_MISSES: Record<string, CauseId> = {};

/**
 * Reports whose enhanced status the parser reads other than from the per-recipient Status:
 * field, with the status it gives. Reported to the parser's owner (lib/bounce).
 */
const KNOWN_STATUS: Record<string, string> = {
  // Sendmail's DSN for an alias to a program that exits 1: "Status: 5.0.0" in the report, and
  // the transcript's "554 5.3.0 unknown mailer error 1" (deliver.c) above it; the parser takes
  // the transcript's code.
  "sendmail-access/alias-program-fails.eml": "5.3.0",
  // chasquid's DSN (internal/queue/dsn.go) writes "Status: 5.0.0" for every failure and puts
  // the remote server's reply, after its own prefix, in Diagnostic-Code ("smtp; MAIL+RCPT 550
  // 5.1.1 ...", "smtp; DATA closing 552 5.3.4 ..."); the parser takes the reply's code.
  "chasquid/relayed-unknown-user.eml": "5.1.1",
  "chasquid/relayed-size.eml": "5.3.4",
};

describe("lab manifest", () => {
  it("names an existing fixture file, a dated provenance and a rule for every entry", () => {
    const dir = fileURLToPath(new URL("./fixtures", import.meta.url));
    expect(manifest.fixtures.length).toBeGreaterThan(0);
    for (const f of manifest.fixtures) {
      expect(existsSync(join(dir, f.file)), f.file).toBe(true);
      expect(f.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(f.rule.length).toBeGreaterThan(0);
      expect(manifest.mtas[f.mta]?.version).toBe(f.version);
    }
  });

  it("gives every log fixture its side (and no other fixture one)", () => {
    for (const f of manifest.fixtures) {
      if (f.kind === "log") expect(f.side, f.file).toMatch(/^(receiving|sending)$/);
      else expect(f.side, f.file).toBeUndefined();
      if (f.kind === "log")
        expect(f.file, f.file).toMatch(/\.(receiving|sending|sending-final)\.log$/);
    }
  });

  it("lists only known misses that are lab fixtures", () => {
    const files = new Set(manifest.fixtures.map((f) => f.file));
    for (const file of Object.keys(KNOWN_STATUS)) expect(files.has(file), file).toBe(true);
    for (const f of manifest.fixtures)
      if (KNOWN_STATUS[f.file]) expect(KNOWN_STATUS[f.file], f.file).not.toBe(f.status);
    for (const file of Object.keys(KNOWN_MISSES)) expect(files.has(file), file).toBe(true);
    for (const f of manifest.fixtures)
      if (KNOWN_MISSES[f.file]) expect(KNOWN_MISSES[f.file], f.file).not.toBe(f.cause);
  });
});

describe.each(manifest.fixtures.map((f) => [f.file, f] as const))("%s", (_file, f) => {
  it(
    KNOWN_MISSES[f.file]
      ? `is still misread as ${KNOWN_MISSES[f.file]} (known miss; expected ${f.cause})`
      : `is classified ${f.cause}${f.possible ? ` ranking ${f.possible.join(" and ")} first` : ""}`,
    async () => {
      const p = await predictLabFixture(f);
      expect(p.cause).toBe(KNOWN_MISSES[f.file] ?? f.cause);
      if (f.possible && !KNOWN_MISSES[f.file])
        expect(new Set(p.possible.slice(0, f.possible.length))).toEqual(new Set(f.possible));
    },
  );

  it("has its reply and status codes extracted", async () => {
    const p = await predictLabFixture(f);
    if (f.replyCode !== null) expect(p.replyCode).toBe(f.replyCode);
    if (f.status !== null) expect(p.status).toBe(KNOWN_STATUS[f.file] ?? f.status);
  });
});
