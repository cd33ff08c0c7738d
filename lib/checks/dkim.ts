// DKIM keys of a domain: the selectors the user gave (from a bounce's DKIM-Signature s=, or
// typed) and a probe of common ones, all queried at once at <selector>._domainkey.<domain>
// (RFC 6376 §3.6.2.1). For each key found: type, size, testing flag, revocation, syntax,
// and whether the selector is delegated by CNAME (a follow-up query, only for found keys).

import "server-only";
import { txtValues } from "@/lib/dns/record-text";
import type { DnsClient, DnsResult } from "@/lib/dns/types";
import { DKIM_KEY_CHANGE } from "@/lib/records/dkim-record";
import { COMMON_DKIM_SELECTORS } from "./data/dkim-selectors";
import { couldNotCheckFinding, isDnsFailure, rawRecord, type DnsFailure } from "./dns-results";
import { parseDkimRecord, type DkimKey } from "./dkim-record";
import type { Finding } from "./types";

const RFC6376 = {
  reference: "RFC 6376 §3.6.1",
  referenceUrl: "https://www.rfc-editor.org/rfc/rfc6376#section-3.6.1",
};
const RFC8301 = {
  reference: "RFC 8301 §3.2",
  referenceUrl: "https://www.rfc-editor.org/rfc/rfc8301#section-3.2",
};

/** Selectors a user may add per request; the rest of the bound goes to the probe. */
export const MAX_USER_SELECTORS = 10;

export interface DkimKeyFound {
  selector: string;
  key: DkimKey;
}

export interface DkimResult {
  findings: Finding[];
  /** Valid, non-revoked keys found: the bulk-sender summary reads these. */
  keys: DkimKeyFound[];
}

export async function checkDkim(
  domain: string,
  dns: DnsClient,
  opts: { selectors?: string[] } = {},
): Promise<DkimResult> {
  const given = [...new Set((opts.selectors ?? []).map((s) => s.toLowerCase()))].slice(
    0,
    MAX_USER_SELECTORS,
  );
  const probed = COMMON_DKIM_SELECTORS.map((s) => s.selector).filter((s) => !given.includes(s));
  const selectors = [...given, ...probed];
  const answers = await Promise.all(
    selectors.map((s) => dns.query(`${s}._domainkey.${domain}`, "TXT")),
  );

  const findings: Finding[] = [];
  const keys: DkimKeyFound[] = [];
  const failures: { selector: string; failure: DnsFailure }[] = [];
  const found: { selector: string; name: string; result: DnsResult<string[]> }[] = [];

  selectors.forEach((selector, i) => {
    const result = answers[i] as DnsResult<string[]>;
    const name = `${selector}._domainkey.${domain}`;
    const isGiven = given.includes(selector);
    if (isDnsFailure(result)) {
      // A probe failure only matters when no key turns up at all (reported below).
      failures.push({ selector, failure: result });
      if (isGiven) {
        findings.push(
          couldNotCheckFinding({
            code: "dkim.could-not-check",
            area: "dkim",
            title: `Could not look up the DKIM key for selector "${selector}"`,
            failure: result,
            name,
            type: "TXT",
            ...RFC6376,
            data: { selector },
          }),
        );
      }
      return;
    }
    // Keys are TXT records; other TXT records at the name (rare) are not keys.
    const values = txtValues(result);
    if (values.length > 0) found.push({ selector, name, result });
    else if (isGiven) {
      findings.push({
        code: "dkim.selector-not-found",
        area: "dkim",
        severity: "error",
        outcome: "done",
        title: `No DKIM key for selector "${selector}"`,
        detail: `Nothing is published at ${name}. Any message signed with s=${selector} fails DKIM verification.`,
        fix: `Publish the public key your mail service gives you for selector "${selector}" as a TXT record at ${name}, or check that the signer uses the selector you expect.`,
        ...RFC6376,
        records: [rawRecord(name, "TXT", result)],
        data: { selector },
      });
    }
  });

  // Which found selectors are CNAMEs (delegated to the mail service): one more round, only for hits.
  const cnames = await Promise.all(found.map((f) => dns.query(f.name, "CNAME")));

  found.forEach(({ selector, name, result }, i) => {
    const cname = cnames[i];
    const target = cname?.status === "ok" ? cname.records[0] : undefined;
    const raw = [
      rawRecord(name, "TXT", result),
      ...(target ? [{ name, type: "CNAME", values: [target] }] : []),
    ];
    const base = { selector, ...(target ? { cname: target } : {}) };
    const values = txtValues(result);
    if (values.length > 1) {
      findings.push({
        code: "dkim.syntax",
        area: "dkim",
        severity: "error",
        outcome: "done",
        title: `Selector "${selector}" has ${values.length} TXT records`,
        detail: `A DKIM selector must have exactly one key record; with several, verifiers pick one at random or fail.`,
        // Deleting the key mail is signed with makes every signed message fail DKIM: the step
        // says how to tell which record that is, and to keep them all while unsure.
        fix: `Keep only the record whose p= is the key your mail is signed with, and delete the others. To tell which: a message sent today is signed with this selector if the DKIM-Signature header in its source says s=${selector}; your signing service's DKIM settings (or the .txt file opendkim-genkey wrote beside the private key) show the public key to match against each p=. While you cannot tell, delete none of them: deleting the key in use makes all signed mail fail DKIM.`,
        ...RFC6376,
        records: raw,
        data: base,
      });
      return;
    }
    const parsed = parseDkimRecord(values[0] ?? "");
    if (!parsed.ok) {
      findings.push({
        code: "dkim.syntax",
        area: "dkim",
        severity: "error",
        outcome: "done",
        title: `The DKIM key for selector "${selector}" is broken`,
        detail: `The record at ${name} cannot be used: ${parsed.problems.join("; ")}. Signatures with this selector fail.`,
        fix: "Copy the key record again from your mail service, as one TXT value (long keys are split into several strings of one record, not several records).",
        ...RFC6376,
        records: raw,
        data: { ...base, problems: parsed.problems },
      });
      return;
    }
    findings.push(...keyFindings(selector, name, parsed.key, parsed.warnings, raw, base));
    if (parsed.key.publicKey !== "") keys.push({ selector, key: parsed.key });
    if (target) {
      findings.push({
        code: "dkim.cname",
        area: "dkim",
        severity: "info",
        outcome: "done",
        title: `Selector "${selector}" is delegated to ${target}`,
        detail: `${name} is a CNAME to ${target}: the mail service publishes and rotates this key for you.`,
        ...RFC6376,
        records: raw,
        data: base,
      });
    }
  });

  if (found.length === 0 && given.length === 0) {
    // Report failures only when they could hide the answer.
    if (failures.length > 0) {
      const first = failures[0] as { selector: string; failure: DnsFailure };
      findings.push(
        couldNotCheckFinding({
          code: "dkim.could-not-check",
          area: "dkim",
          title: `Could not finish probing DKIM selectors for ${domain}`,
          failure: first.failure,
          name: `${first.selector}._domainkey.${domain}`,
          type: "TXT",
          ...RFC6376,
          data: { selectors: failures.map((f) => f.selector) },
        }),
      );
    } else {
      findings.push({
        code: "dkim.none-found",
        area: "dkim",
        severity: "warning",
        outcome: "done",
        title: `No DKIM key found at ${selectors.length} common selectors`,
        detail: `We looked for keys at common selector names (${selectors.slice(0, 6).join(", ")}, ...) and found none. Your domain may still sign with another selector: the DKIM-Signature header of a sent message names it (s=).`,
        fix: "Enter the selector from a sent message's DKIM-Signature header, or turn on DKIM signing at your mail service and publish its key.",
        ...RFC6376,
        data: { selectors },
      });
    }
  }
  return { findings, keys };
}

function keyFindings(
  selector: string,
  name: string,
  key: DkimKey,
  warnings: string[],
  records: Finding["records"],
  base: Record<string, unknown>,
): Finding[] {
  const common = { area: "dkim" as const, outcome: "done" as const, records };
  if (key.publicKey === "") {
    return [
      {
        ...common,
        code: "dkim.revoked",
        severity: "warning",
        title: `The DKIM key for selector "${selector}" is revoked`,
        detail: `${name} has an empty p= tag, which means the key was withdrawn. Messages still signed with s=${selector} fail DKIM.`,
        fix: `If your mail is still signed with "${selector}", publish its current key or switch the signer to a live selector.`,
        ...RFC6376,
        data: base,
      },
    ];
  }
  const out: Finding[] = [];
  const data = {
    ...base,
    keyType: key.keyType,
    bits: key.bits,
    flags: key.flags,
    ...(key.pkcs1 ? { pkcs1: true } : {}),
  };
  const bits = key.bits ?? 0;
  if (key.keyType === "rsa" && bits < 1024) {
    out.push({
      ...common,
      code: "dkim.weak-key",
      severity: "error",
      title: `The DKIM key for selector "${selector}" is only ${bits} bits`,
      detail: `RSA keys shorter than 1024 bits must not be accepted by verifiers: signatures with this key count as no signature, and the key can be broken.`,
      fix: `Generate a 2048-bit key. ${DKIM_KEY_CHANGE}`,
      ...RFC8301,
      data,
    });
  } else if (key.keyType === "rsa" && bits < 2048) {
    out.push({
      ...common,
      code: "dkim.weak-key",
      severity: "warning",
      title: `The DKIM key for selector "${selector}" is ${bits} bits`,
      detail: `${bits}-bit RSA still verifies, but RFC 8301 asks signers for at least 2048 bits and some receivers score short keys lower.`,
      fix: `Generate a 2048-bit key. ${DKIM_KEY_CHANGE}`,
      ...RFC8301,
      data,
    });
  } else {
    out.push({
      ...common,
      code: "dkim.ok",
      severity: "ok",
      title: `DKIM key for selector "${selector}": ${key.keyType === "ed25519" ? "Ed25519" : `RSA ${bits} bits`}`,
      detail:
        key.keyType === "ed25519"
          ? `A valid Ed25519 key (RFC 8463). Not every receiver verifies Ed25519 yet: sign with an RSA key as well.`
          : `A valid ${bits}-bit RSA key is published at ${name}.`,
      ...(key.keyType === "ed25519"
        ? { reference: "RFC 8463", referenceUrl: "https://www.rfc-editor.org/rfc/rfc8463" }
        : RFC6376),
      data,
    });
  }
  if (key.flags.includes("y")) {
    out.push({
      ...common,
      code: "dkim.testing",
      severity: "warning",
      title: `Selector "${selector}" is in testing mode (t=y)`,
      detail:
        "t=y tells receivers the domain is testing DKIM, so they must not treat signed mail differently from unsigned mail: the signature earns you nothing.",
      fix: "Remove t=y from the record once signing works.",
      ...RFC6376,
      data,
    });
  }
  if (key.pkcs1 || warnings.length > 0) {
    out.push({
      ...common,
      code: "dkim.syntax",
      severity: "warning",
      title: `The DKIM key for selector "${selector}" has a problem`,
      detail:
        [
          ...(key.pkcs1
            ? [
                "p= is a bare PKCS#1 RSA key instead of a SubjectPublicKeyInfo; many verifiers accept it, some do not",
              ]
            : []),
          ...warnings,
        ].join("; ") + ".",
      fix: "Re-publish the key exactly as your signing software or mail service exports it.",
      ...RFC6376,
      data: { ...data, warnings },
    });
  }
  return out;
}
