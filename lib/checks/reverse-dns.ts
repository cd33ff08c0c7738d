import "server-only";
import { genericHostname } from "@/lib/dns/generic-hostnames";
import { canonicalIP, isIP, normaliseName, reverseName } from "@/lib/dns/names";
import type { DnsClient, DnsResult } from "@/lib/dns/types";
import { couldNotCheckFinding, describeDnsFailure, isDnsFailure, rawRecord } from "./dns-results";
import type { Finding } from "./types";

// Reverse DNS of a sending IP: the PTR record, forward confirmation (the PTR name's A/AAAA
// records contain the IP: "forward-confirmed reverse DNS"), and whether the name looks like an
// ISP's generic name for end-user space. What the findings rest on:
// - RFC 1912 §2.1: every Internet-reachable host should have a PTR, and PTR and A records
//   should match.
// - Gmail sender guidelines: "Your sending IP address must have a PTR record ... The hostname
//   specified in the PTR record must have a forward DNS that refers to the sending IP address."
// - Outlook.com policies: "Email servers must have valid reverse DNS records. Connections from
//   dynamic IP space may not be accepted."
// - M3AAWG sender best practices ask for meaningful, non-generic rDNS on mail servers (not
//   re-read in this session; the two provider pages above are the binding ones in practice).

const RFC_1912 = {
  reference: "RFC 1912 §2.1",
  referenceUrl: "https://www.rfc-editor.org/rfc/rfc1912#section-2.1",
};
const GMAIL = {
  reference: "Gmail email sender guidelines (PTR and forward DNS); RFC 1912 §2.1",
  referenceUrl: "https://support.google.com/a/answer/81126",
};
const OUTLOOK = {
  reference: "Outlook.com policies for senders (valid rDNS, no dynamic IP space)",
  referenceUrl: "https://sendersupport.olc.protection.outlook.com/pm/policies.aspx",
};
// Every fix that has the user publish a name's A/AAAA record asks for a name nothing uses yet:
// the name the user has in mind is often the domain's MX host, and moving or adding an
// address there moves or splits its incoming mail.
const NEW_NAME_ONLY =
  "Use a name that points to nothing yet: if the name you had in mind already points to another address (as the host your domain receives mail on does), leave its record alone and pick a new name.";

/**
 * The fix when no PTR name points back. A name that already points to other addresses is in
 * use (often the domain's MX host): giving it the sending IP too, or instead, would move or
 * split mail it receives, so the fix names a new host and leaves that record alone. Only a
 * name with no address of this family may be given one.
 */
function notConfirmedFix(
  addr: string,
  forwardType: "A" | "AAAA",
  forwards: readonly { name: string; result: DnsResult<string> }[],
): string {
  const inUse = forwards.filter((f) => f.result.status === "ok" && f.result.records.length > 0);
  const newName = `pick a new host name in your own domain that nothing uses yet, publish its ${forwardType} record pointing to ${addr}, and then ask whoever owns ${addr} (your hosting or network provider) to change its PTR record to that new name.`;
  if (inUse.length > 0) {
    const said = inUse
      .map(
        (f) =>
          `${f.name} already points to ${f.result.status === "ok" ? f.result.records.join(", ") : ""}`,
      )
      .join("; ");
    return `${said}. That name is in use (it may be the server that receives your domain's mail): do not change its ${forwardType} record or add ${addr} to it. Instead, ${newName}`;
  }
  const name = forwards[0]?.name ?? "";
  return `${name} has no ${forwardType} record. If it is your own name and nothing else uses it, give it an ${forwardType} record for ${addr}. Otherwise ${newName}`;
}

/** PTR names whose forward records are looked up; more than this is a misconfiguration anyway. */
const MAX_NAMES = 5;

export async function checkReverseDns(ip: string, dns: DnsClient): Promise<Finding[]> {
  const addr = ip.trim();
  const family = isIP(addr);
  if (family === 0) throw new Error("checkReverseDns: not an IP address");
  const wanted = canonicalIP(addr);
  const ptrName = reverseName(addr);
  const ptr = await dns.query(ptrName, "PTR");

  if (isDnsFailure(ptr)) {
    return [
      couldNotCheckFinding({
        code: "ptr.could-not-check",
        area: "reverse-dns",
        severity: "info",
        title: `Could not look up the reverse DNS of ${addr}`,
        failure: ptr,
        name: ptrName,
        type: "PTR",
        ...RFC_1912,
        data: { ip: addr, ptrName },
      }),
    ];
  }
  const ptrRecord = rawRecord(ptrName, "PTR", ptr);
  if (ptr.status !== "ok") {
    return [
      {
        code: "ptr.none",
        area: "reverse-dns",
        severity: "error",
        outcome: "done",
        title: `${addr} has no reverse DNS (PTR) record`,
        detail:
          "Gmail requires a PTR record for every sending IP, Outlook.com requires valid reverse DNS, and many receivers refuse mail from addresses without one.",
        fix: `Publish an ${family === 4 ? "A" : "AAAA"} record for ${addr} under a host name in your own domain, then ask whoever owns ${addr} (your hosting or network provider) to set its PTR record to that name. ${NEW_NAME_ONLY}`,
        ...GMAIL,
        records: [ptrRecord],
        data: { ip: addr, ptrName },
      },
    ];
  }

  const names = [...new Set(ptr.records.map(normaliseName))];
  const checked = names.slice(0, MAX_NAMES);
  const forwardType = family === 4 ? "A" : "AAAA";
  const forwards = await Promise.all(
    checked.map(async (name) => ({
      name,
      result: (await dns.query(name, forwardType)) as DnsResult<string>,
    })),
  );
  const confirmed = forwards.filter(
    (f) => f.result.status === "ok" && f.result.records.some((a) => canonicalIP(a) === wanted),
  );
  const failed = forwards.flatMap((f) =>
    isDnsFailure(f.result) ? [{ name: f.name, failure: f.result }] : [],
  );
  const records = [ptrRecord, ...forwards.map((f) => rawRecord(f.name, forwardType, f.result))];
  const data = {
    ip: addr,
    ptrName,
    ptrNames: names,
    confirmedNames: confirmed.map((f) => f.name),
  };
  const findings: Finding[] = [];

  if (names.length > 1) {
    findings.push({
      code: "ptr.multiple",
      area: "reverse-dns",
      severity: "warning",
      outcome: "done",
      title: `${addr} has ${names.length} PTR records`,
      detail:
        "Receivers usually take one PTR name and check only that one; which one they get varies, so the check passes or fails at random if the names differ in quality.",
      fix: `Keep one PTR record for ${addr}: the name your server uses in HELO/EHLO.`,
      ...RFC_1912,
      records,
      data,
    });
  }

  if (confirmed.length === 0) {
    if (failed.length > 0) {
      findings.push({
        code: "ptr.could-not-check",
        area: "reverse-dns",
        severity: "info",
        outcome: "could-not-check",
        title: `Could not confirm the reverse DNS of ${addr}`,
        detail: `${addr} points to ${names.join(", ")}, but looking up ${failed.map((f) => f.name).join(", ")} failed (${failed
          .map((f) => describeDnsFailure(f.failure))
          .join("; ")}), so whether the name points back could not be checked.`,
        fix: "Check again later.",
        ...GMAIL,
        records,
        data,
      });
    } else {
      findings.push({
        code: "ptr.not-confirmed",
        area: "reverse-dns",
        severity: "error",
        outcome: "done",
        title: `The reverse DNS of ${addr} is not forward-confirmed`,
        detail: `${addr} points to ${names.join(", ")}, but ${names.length > 1 ? "none of these names has" : "that name has no"} ${forwardType} record pointing back to ${addr}. Gmail requires the PTR name to resolve to the sending IP; many receivers treat a mismatch like a missing PTR.`,
        fix: notConfirmedFix(addr, forwardType, forwards),
        ...GMAIL,
        records,
        data,
      });
    }
  }

  const named = confirmed[0]?.name ?? names[0] ?? "";
  const verdict = genericHostname(named, addr);
  if (verdict.generic) {
    findings.push({
      code: "ptr.generic",
      area: "reverse-dns",
      severity: "warning",
      outcome: "done",
      title: `${named} looks like a generic name for end-user address space`,
      detail: `${verdict.reasons.join("; ")}. Receivers read names like this as dynamic or residential addresses that should not send mail directly; Outlook.com may refuse connections from dynamic IP space.`,
      fix: `Ask the provider of ${addr} to set its PTR record to a host name in your own domain whose ${forwardType} record points to ${addr} (publish that record first), or send through a relay (smarthost) that has one. ${NEW_NAME_ONLY}`,
      ...OUTLOOK,
      records,
      data: { ...data, genericReasons: verdict.reasons },
    });
  } else if (confirmed.length > 0) {
    findings.push({
      code: "ptr.ok",
      area: "reverse-dns",
      severity: "ok",
      outcome: "done",
      title: `${addr} has forward-confirmed reverse DNS: ${named}`,
      detail: `The PTR record of ${addr} names ${named}, and ${named} resolves back to ${addr}.`,
      ...GMAIL,
      records,
      data,
    });
  }
  return findings;
}
