// The SPF record step: the one record to publish, edit or keep for the sending domain, within
// SPF's DNS lookup limit.
import type { Finding } from "@/lib/checks/types";
import { findings } from "@/lib/rules";
import { planSpfChange, spfLookupsFound } from "@/lib/records/spf-record";
import { sendingProvider } from "@/lib/records/providers";
import { SPF_LOOKUP_LIMIT } from "@/lib/spf/merge";
import { fill, hasCode, SENDER_ADMIN, type BuildContext } from "./build-context";
import { GENERATED_TITLES } from "./generated-titles";
import { checkFirst, lookedUp, recordsFound } from "./record-lookup";
import type { ChecklistItem } from "./types";

const SPF_RECORD = /^v=spf1(\s|$)/i;

/**
 * The SPF findings that say nothing about whether the domain publishes a record: none there
 * (RFC 7208 §4.5 spf.missing; §8.1 spf.none, no policy), or none reached (spf.could-not-check,
 * spf.temperror). Every other SPF finding was made from a record at the domain.
 */
const NO_RECORD_READ: ReadonlySet<string> = new Set([
  "spf.missing",
  "spf.none",
  "spf.could-not-check",
  "spf.temperror",
]);

/** The first SPF finding of the domain check that was made from a record there, if any. */
function recordVerdict(ctx: BuildContext["ctx"]): Finding | null {
  return (
    findings(ctx, ctx.domainCheckId).find(
      (f) => f.area === "spf" && f.outcome === "done" && !NO_RECORD_READ.has(f.code),
    ) ?? null
  );
}

/**
 * The step where the check read a record at the domain but its text is not known here: edit that
 * record (one record only), never publish one beside it.
 */
function recordSeenUnread(
  b: BuildContext,
  domain: string,
  verdict: Finding,
  add: readonly string[],
): ChecklistItem {
  const said = `The check found an SPF record at ${domain} (its verdict: ${verdict.title}), but not its text, so no edited record can be shown here.`;
  const one = `Edit that record rather than adding another: two records starting with "v=spf1" make SPF fail for all mail (RFC 7208 §4.5).`;
  if (add.length === 0)
    return {
      id: `${b.cause}.spf`,
      title: `Keep the SPF record of ${domain}`,
      detail: `${said} If SPF still fails for your mail, it was sent from a server the record does not list: the Authentication-Results header of a test message names its address (spf=… with the client IP); add that server's include or ip4: to the record. ${one}`,
      actor: SENDER_ADMIN,
      kind: "verify",
    };
  return {
    id: `${b.cause}.spf`,
    title: `Make sure the SPF record of ${domain} lists ${add.join(" and ")}`,
    detail: `${said} If it does not list ${add.join(" and ")} yet, add ${add.length > 1 ? "them" : "it"} before its "all" term, keeping everything it lists today, and within SPF's limit of ${SPF_LOOKUP_LIMIT} DNS lookups (RFC 7208 §4.6.4). ${one}`,
    actor: SENDER_ADMIN,
    kind: "verify",
  };
}

export function spfItem(b: BuildContext): ChecklistItem[] {
  const { ctx } = b;
  if (!ctx.sendingDomain || !lookedUp(ctx, "spf"))
    return [checkFirst(b, `${b.cause}.spf`, "SPF record")];
  const domain = ctx.sendingDomain;
  // Only the records at the domain itself: the check also lists those of its includes.
  const found = recordsFound(ctx, "spf", SPF_RECORD, domain);
  const add: string[] = [];
  const include = sendingProvider(ctx.platform, b.esp)?.spfInclude;
  if (include) add.push(include);
  if (ctx.platform === "own-server" && ctx.sendingIp)
    add.push(`${ctx.sendingIp.includes(":") ? "ip6" : "ip4"}:${ctx.sendingIp}`);
  // The check's verdict says a record is there though its text did not come with it (a report
  // that carries no records): no step may say none was found, nor offer a second record.
  const seen = found.length === 0 ? recordVerdict(ctx) : null;
  if (seen) return [recordSeenUnread(b, domain, seen, add)];
  if (found.length === 0 && add.length === 0) {
    return [
      {
        id: `${b.cause}.spf`,
        title: `Publish one SPF record for ${domain}`,
        detail:
          "List every server and service that sends as your domain, e.g. v=spf1 include:<your provider's SPF domain> ip4:<your server> ~all. One TXT record only: two SPF records make SPF fail (RFC 7208 §3.2).",
        actor: SENDER_ADMIN,
        kind: "fix",
        link: { label: "RFC 7208", url: "https://www.rfc-editor.org/rfc/rfc7208" },
      },
    ];
  }
  // Past 10 DNS lookups SPF is a permerror for every message (RFC 7208 section 4.6.4): a
  // record that adds a sender there would break mail the record passes today. The plan counts
  // the lookups the check measured (includes' own), not only the record's terms.
  const alreadyOver = hasCode(ctx, ctx.domainCheckId, ["spf.too-many-lookups"]);
  const plan = planSpfChange({
    domain,
    found,
    add,
    lookupsNow: spfLookupsFound(findings(ctx, ctx.domainCheckId)),
  });
  if (add.length > 0 && (plan.action === "make-room" || alreadyOver))
    return [
      {
        id: `${b.cause}.spf-lookups`,
        title: fill(GENERATED_TITLES["spf-lookups"], b),
        // The plan's own words when it counted the lookups; the check's verdict alone (several
        // records, or no total) says only that the record is over the limit already.
        detail:
          plan.action === "make-room"
            ? plan.steps.join(" ")
            : `The check found ${domain}'s SPF record already past SPF's limit of ${SPF_LOOKUP_LIMIT} DNS lookups (RFC 7208 §4.6.4), so SPF fails for its mail wherever the check runs past the limit; adding ${add.join(" and ")} would not change that. First make room: remove includes of services that no longer send as ${domain} (check first, e.g. in DMARC reports, that none of them still does), or replace a/mx terms by every ip4:/ip6: address they stand for today. Then add ${add.join(" and ")}.`,
        actor: SENDER_ADMIN,
        kind: "fix",
        link: {
          label: "RFC 7208 §4.6.4",
          url: "https://www.rfc-editor.org/rfc/rfc7208#section-4.6.4",
        },
      },
    ];
  // The one record there already says all of this: an "edit" to the same text changes nothing
  // (and invites a typo). What is left is to find the server SPF failed for.
  const same = (r: string) => r.trim().replace(/\s+/g, " ").toLowerCase();
  if (found.length === 1 && plan.record !== null && same(plan.record) === same(found[0]!))
    return [
      {
        id: `${b.cause}.spf`,
        title: `Keep the SPF record of ${domain} as it is`,
        detail:
          `The check found one SPF record at ${domain}${add.length > 0 ? `, and it already lists ${add.join(" and ")}` : ""}: nothing in it needs to change. If SPF still fails for your mail, it was sent from a server the record does not list: the Authentication-Results header of a test message names its address (spf=… with the client IP); add that server's include or ip4: to this record. ${plan.steps
            .slice(1)
            .filter((t) => !t.startsWith("The record is "))
            .join(" ")}`.trim(),
        actor: SENDER_ADMIN,
        kind: "verify",
      },
    ];
  const title =
    found.length > 1
      ? `Replace the ${found.length} SPF records of ${domain} with this one`
      : found.length === 1
        ? `Update the SPF record of ${domain}`
        : `Publish an SPF record for ${domain}`;
  return [
    {
      id: `${b.cause}.spf`,
      title,
      detail: plan.steps.join(" "),
      actor: SENDER_ADMIN,
      kind: "fix",
      record: { type: "TXT", name: domain, value: plan.record ?? "" },
    },
  ];
}
