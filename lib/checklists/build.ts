// Builds the fix checklist for the causes a conclusion holds: each cause's steps from data,
// with the records and messages generated from what the wizard found. Pure.
import { CAUSES, type Actor, type CauseId } from "@/lib/causes/causes";
import { BLOCKLISTS, removalKind, type BlocklistEntry } from "@/lib/blocklists/catalog";
import { recheckWait } from "./recheck-wait";
import type { Finding } from "@/lib/checks/types";
import { isIP, reverseName } from "@/lib/dns/names";
import { dkimInstructions } from "@/lib/records/dkim-record";
import { nextDmarcStep, starterDmarcKeeping } from "@/lib/records/dmarc-record";
import { reportAddressOf, reportMailboxFromFindings } from "@/lib/checks/report-mailbox";
import { planSpfChange, spfLookupsFound } from "@/lib/records/spf-record";
import { sendingProvider } from "@/lib/records/providers";
import { SPF_LOOKUP_LIMIT } from "@/lib/spf/merge";
import { contentEvidence } from "@/lib/content/evidence";
import { buildContext, contentReviewOf, findings, type Context } from "@/lib/rules";
import type { Facts, RankedCause } from "@/lib/rules";
import { checkBuilders, CLEAR_WEIGHT } from "@/lib/rules";
import { FINDING_CODES } from "@/lib/rules/codes";
import type { CheckRequest, HeldCause } from "@/lib/rules";
import type { Diagnosis } from "@/lib/diagnosis/types";
import { inputShape } from "@/lib/bounce/refusal";
import { CHECK_FIRST_ACTOR } from "./check-first";
import { checkFirstSteps } from "./check-first-steps";
import { DELAY_WORDS, delayReading } from "./delay-outline";
import {
  CAUSE_CHECKLISTS,
  IP_LISTING_STEPS,
  STEP_INPUT_SHAPES,
  STEPS_ANSWERED_BY_DOMAIN_CHECK,
} from "./data";
import { EVIDENCE_STEPS } from "./evidence-steps";
import { delistPageHost, delistPagesInBounce } from "./delisting-pages";
import { delistTitle, GENERATED_TITLES, type GeneratedTitleKey } from "./generated-titles";
import { needsPrevention } from "./needs-prevention";
import {
  addressConfirmationMessage,
  allowListMessage,
  mailboxDisabledMessage,
  mailboxFullMessage,
} from "./messages";
import { PREVENT_ITEMS } from "./prevent";
import type {
  CauseChecklist,
  Checklist,
  ChecklistItem,
  GeneratorName,
  ItemTemplate,
} from "./types";

interface BuildContext {
  ctx: Context;
  cause: CauseId;
  actor: Actor;
  recipient: string;
  esp: string | null;
}

function fill(text: string, b: BuildContext): string {
  const provider =
    sendingProvider(b.ctx.platform, b.esp)?.name ??
    (b.ctx.platform === "esp" ? "your email service provider" : "your mail provider");
  const values: Record<string, string> = {
    ip: b.ctx.sendingIp ?? "your sending IP",
    domain: b.ctx.sendingDomain ?? "your domain",
    recipientDomain: b.ctx.recipientDomain ?? "the recipient's domain",
    recipient: b.recipient,
    provider,
  };
  // Only a step that names the wait pays for finding the lists it depends on.
  if (text.includes("{recheckWait}"))
    values["recheckWait"] = recheckWait([...listedEntries(b.ctx).values()]);
  return text.replace(
    /\{(ip|domain|recipientDomain|recipient|provider|recheckWait)\}/g,
    (_, k: string) => values[k] ?? "",
  );
}

const SENDER_ADMIN: Actor = "sender-admin";

/** What every step of one checklist reads from the facts; the cause and actor are per section. */
function sharedContext(facts: Facts): Pick<BuildContext, "ctx" | "recipient" | "esp"> {
  const esp = facts.answers["esp-name"];
  return {
    ctx: buildContext(facts),
    recipient: facts.diagnosis?.recipients[0]?.recipient.address ?? "your address",
    esp: esp?.kind === "choice" ? esp.value : null,
  };
}

/** Fills a step's text placeholders from the facts alone (for a title rebuilt from an id). */
export function fillFromFacts(text: string, facts: Facts): string {
  return fill(text, { ...sharedContext(facts), cause: "unknown", actor: SENDER_ADMIN });
}

/** Platforms whose IPs the sender does not own: the provider runs their reverse DNS and reputation. */
function onSharedPlatform(ctx: Context): boolean {
  return (
    ctx.platform === "google-workspace" ||
    ctx.platform === "microsoft-365" ||
    ctx.platform === "esp"
  );
}

/** The sending domain's check, finished, with lookups in `area` that got an answer. */
function lookedUp(ctx: Context, area: Finding["area"]): boolean {
  return findings(ctx, ctx.domainCheckId).some((f) => f.area === area && f.outcome === "done");
}

function domainCheckRequest(ctx: Context): CheckRequest | null {
  return checkBuilders["sending-domain"].build(ctx);
}

/**
 * A record is offered only once the current one was looked up (publishing a fresh one over a
 * real record breaks what it lists). Until then, the step says to check first.
 */
function checkFirst(
  b: BuildContext,
  id: string,
  what: string,
  risk = `a new ${what} would replace the current one, and everything it lists would stop working`,
): ChecklistItem {
  const { ctx } = b;
  const request = domainCheckRequest(ctx);
  return {
    id,
    title: ctx.sendingDomain
      ? `Look up the current ${what} of ${ctx.sendingDomain} first`
      : `Look up your domain's current ${what} first`,
    detail: ctx.sendingDomain
      ? `The record to publish depends on what is there now: ${risk}. Run the check, and the exact record appears here.`
      : `The record to publish depends on what is there now. Tell the wizard your sending domain (or use the check page) and the exact record appears here.`,
    actor: SENDER_ADMIN,
    kind: "verify",
    needsCheck: {
      request,
      label: ctx.sendingDomain ? `Check ${ctx.sendingDomain} now` : "Check your domain",
    },
  };
}

/**
 * The distinct TXT values of one kind the domain check read (those `kind` matches), from its
 * findings of `area`; only those published at `name` when given.
 */
function recordsFound(ctx: Context, area: string, kind: RegExp, name?: string): string[] {
  const out = new Set<string>();
  for (const f of findings(ctx, ctx.domainCheckId)) {
    if (f.area !== area) continue;
    for (const r of f.records ?? []) {
      if (name && r.name.replace(/\.$/, "").toLowerCase() !== name.toLowerCase()) continue;
      for (const v of r.values) if (kind.test(v.trim())) out.add(v.trim());
    }
  }
  return [...out];
}

const SPF_RECORD = /^v=spf1(\s|$)/i;
const DMARC_RECORD = /^v\s*=\s*DMARC1\s*(;|$)/i;

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

function hasCode(ctx: Context, id: string | null, codes: string[]): boolean {
  return findings(ctx, id).some((f) => f.outcome === "done" && codes.includes(f.code));
}

function spfItem(b: BuildContext): ChecklistItem[] {
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

/**
 * What a starter record does to the unusable DMARC records already published (several, or
 * invalid): receivers apply none of them today (RFC 7489 §6.6.3), so one p=none record keeps
 * delivery as it is; their strictest policy would start refusing mail that arrives now.
 */
function replacing(existing: readonly string[], name: string): string {
  if (existing.length === 0) return "";
  return existing.length > 1
    ? `Replace the ${existing.length} records at ${name} with this one and delete the others: with several, receivers apply no DMARC policy at all, so do not keep the strictest of their policies, which would quarantine or refuse mail that is delivered today. This one keeps their report addresses. `
    : `Replace the record at ${name} with this one: receivers ignore it as it is, so its policy does not apply today, and this one keeps its report addresses. `;
}

function dmarcItem(b: BuildContext): ChecklistItem[] {
  const { ctx } = b;
  if (!ctx.sendingDomain || !lookedUp(ctx, "dmarc"))
    return [checkFirst(b, `${b.cause}.dmarc`, "DMARC record")];
  const domain = ctx.sendingDomain;
  if (hasCode(ctx, ctx.domainCheckId, ["dmarc.quarantine", "dmarc.reject"])) return [];
  // Several or invalid records: the starter keeps the report addresses they ask for.
  const existing = recordsFound(ctx, "dmarc", DMARC_RECORD, `_dmarc.${domain}`);
  // A mailbox at the domain only when the check found it receiving mail (MX); otherwise the
  // records carry no rua= and the text says where to send the reports, and why.
  const mailbox = reportMailboxFromFindings(domain, findings(ctx, ctx.domainCheckId));
  const reportAddress = reportAddressOf(mailbox);
  const elsewhere = mailbox.kind === "elsewhere" ? mailbox.why : "";
  const plan = starterDmarcKeeping(domain, existing, reportAddress);
  // The records quoted: their own semicolons would run into the sentence's. Without a report
  // address of ours, the stricter records keep the one the user adds: a policy is raised only
  // in a record that asks for reports.
  const keepRua = /rua=/.test(plan.value) ? "" : " with the rua= you added";
  const next = plan.rollout
    .map((r, i) => `${i === 0 ? "publish" : "then"} \u201c${r.value}\u201d${keepRua} ${r.when}`)
    .join("; ");
  if (hasCode(ctx, ctx.domainCheckId, ["dmarc.policy-none"])) {
    // The published record with only its policy raised: a starter record here would drop the
    // domain's own report addresses and tags. A policy inherited from the organisational domain
    // (no record at this name) keeps the starter plan.
    // While SPF or DKIM still fail for the domain, a raised policy would send the domain's own
    // mail to spam or have it refused: the step is to keep monitoring, with no record to copy.
    if (
      hasCode(ctx, ctx.domainCheckId, [...FINDING_CODES.spfProblem, ...FINDING_CODES.dkimProblem])
    )
      return [
        {
          id: `${b.cause}.dmarc-hold`,
          title: fill(GENERATED_TITLES["dmarc-hold"], b),
          detail: `Your DMARC record only monitors (p=none), and the check found SPF or DKIM not yet right for ${domain}. A stricter policy now would quarantine or refuse your own mail. Fix SPF and DKIM first, then read the DMARC reports: once every legitimate sender passes, change p=none to p=quarantine in the same record, and later to p=reject.`,
          actor: SENDER_ADMIN,
          kind: "verify",
        },
      ];
    const own = recordsFound(ctx, "dmarc", DMARC_RECORD, plan.name);
    const step = own.length === 1 ? nextDmarcStep(own[0]!, domain, reportAddress) : null;
    // No rua=: no reports show whether the domain's own mail passes, so ask for them first.
    if (step?.kind === "add-reports")
      return [
        step.value === null
          ? {
              // No mailbox at this domain is known to receive: no record to copy.
              id: `${b.cause}.dmarc-reports`,
              title: fill(GENERATED_TITLES["dmarc-reports"], b),
              detail: `${step.why} Use a mailbox at a domain that receives mail, or your DMARC report service's address: ${elsewhere}.`,
              actor: SENDER_ADMIN,
              kind: "fix",
            }
          : {
              id: `${b.cause}.dmarc-reports`,
              title: fill(GENERATED_TITLES["dmarc-reports"], b),
              detail: step.why,
              actor: SENDER_ADMIN,
              kind: "fix",
              record: { type: "TXT", name: plan.name, value: step.value },
            },
      ];
    const raised = step?.value ?? null;
    // The domain's own record with p=quarantine, every other tag kept; the starter rollout only
    // when the policy is inherited (no record of its own to edit).
    const detail = raised
      ? `Your DMARC record only monitors (p=none). Read its reports first, and change p=none to p=quarantine in the same record (below, every other tag kept) ${lowerFirst(step?.why ?? "")} Later p=reject, ${plan.rollout[1]?.when ?? ""}.`
      : `Your DMARC record only monitors (p=none). Read its reports first; then ${next}.`;
    return [
      {
        id: `${b.cause}.dmarc-rollout`,
        title: fill(GENERATED_TITLES["dmarc-rollout"], b),
        detail,
        actor: SENDER_ADMIN,
        kind: "fix",
        record: {
          type: "TXT",
          name: plan.name,
          value: raised ?? plan.rollout[0]?.value ?? plan.value,
        },
      },
    ];
  }
  return [
    {
      id: `${b.cause}.dmarc`,
      title: fill(GENERATED_TITLES.dmarc, b),
      detail: !/rua=/.test(plan.value)
        ? `${replacing(existing, plan.name)}Start by monitoring: p=none delivers as before. Add rua=mailto: with a mailbox at a domain that receives mail, or your DMARC report service's address: ${elsewhere}. Later, ${next}. Gmail, Yahoo and Outlook.com require DMARC from bulk senders.`
        : `${replacing(existing, plan.name)}Start by monitoring: p=none delivers as before and sends you reports (make sure the rua mailbox exists). Later, ${next}. Gmail, Yahoo and Outlook.com require DMARC from bulk senders.`,
      actor: SENDER_ADMIN,
      kind: "fix",
      record: { type: "TXT", name: plan.name, value: plan.value },
      link: { label: "RFC 7489 §6.3", url: "https://www.rfc-editor.org/rfc/rfc7489#section-6.3" },
    },
  ];
}

function dkimItem(b: BuildContext): ChecklistItem[] {
  const { ctx } = b;
  if (!ctx.sendingDomain || !lookedUp(ctx, "dkim"))
    // DKIM keys live under selectors: the risk is a new key over the one mail is signed with.
    return [
      checkFirst(
        b,
        `${b.cause}.dkim.1`,
        "DKIM keys",
        "a new key published over the selector your mail is signed with today would make that mail fail DKIM until it is signed with the new key",
      ),
    ];
  const domain = ctx.sendingDomain;
  if (
    hasCode(ctx, ctx.domainCheckId, ["dkim.ok"]) &&
    !hasCode(ctx, ctx.domainCheckId, ["dkim.weak-key"])
  ) {
    return [
      {
        id: `${b.cause}.dkim-signing`,
        title: GENERATED_TITLES["dkim-signing"],
        detail: `A DKIM key is published for ${domain}; check that the sending service actually signs with it (the DKIM-Signature header of a sent message shows d=${domain}).`,
        actor: SENDER_ADMIN,
        kind: "verify",
      },
    ];
  }
  const d = dkimInstructions(domain, ctx.platform, b.esp);
  const weak = hasCode(ctx, ctx.domainCheckId, ["dkim.weak-key"])
    ? "Your current key is too short: generate a 2048-bit one. "
    : "";
  const detail = `${weak}${d.where}${d.source ? ` (source: ${d.source})` : ""}`;
  const items: ChecklistItem[] = d.records.map((record, i) => ({
    id: `${b.cause}.dkim.${i + 1}`,
    title: d.provider
      ? `Publish the DKIM record ${d.provider} asks for`
      : fill(GENERATED_TITLES.dkim, b),
    detail,
    actor: SENDER_ADMIN,
    kind: "fix",
    record,
  }));
  if (items.length === 0) {
    items.push({
      id: `${b.cause}.dkim.1`,
      title: `Set up DKIM in ${d.provider ?? "your provider"}`,
      detail,
      actor: SENDER_ADMIN,
      kind: "fix",
    });
  }
  return items;
}

function ptrItem(b: BuildContext): ChecklistItem[] {
  const { ctx } = b;
  if (!ctx.sendingIp) return [];
  const problem = hasCode(ctx, ctx.ipCheckId, ["ptr.none", "ptr.not-confirmed", "ptr.generic"]);
  if (!problem && b.cause !== "reverse-dns") return [];
  // Providers run their own servers' reverse DNS: nothing for the sender to publish. A PBL
  // address is end-user space: the fix is the provider's relay, not a PTR for it.
  if (onSharedPlatform(ctx) || ctx.platform === "shared-hosting" || onPbl(ctx)) return [];
  // The sending IP comes from a validated answer or the parsed bounce, but a checklist must
  // not throw on a stray value: reverseName refuses anything that is not an address.
  const name = isIP(ctx.sendingIp) ? reverseName(ctx.sendingIp) : `reverse DNS of ${ctx.sendingIp}`;
  const checked = findings(ctx, ctx.ipCheckId).some((f) => f.area === "reverse-dns");
  if (!ctx.sendingDomain || !checked) {
    return [
      {
        id: `${b.cause}.ptr`,
        title: fill(GENERATED_TITLES.ptr, b),
        detail:
          "Reverse DNS is set by whoever owns the IP range (your ISP, hosting or cloud provider), not in your domain's DNS. Ask them for a PTR record naming your mail server (a name in your own domain), and give that name an A record pointing back to the IP so it is forward-confirmed.",
        actor: "sender-admin-or-isp",
        kind: "fix",
      },
    ];
  }
  const host = `mail.${ctx.sendingDomain}`;
  return [
    {
      id: `${b.cause}.ptr`,
      title: fill(GENERATED_TITLES.ptr, b),
      detail: `Reverse DNS is set by whoever owns the IP range (your ISP, hosting or cloud provider), not in your domain's DNS. Ask for a PTR record naming your mail server, and publish ${host} → ${ctx.sendingIp} (A record) so it is forward-confirmed. If ${host} already points to another address, leave it alone (it is often your incoming mail server or webmail) and use a new name instead, e.g. out.${ctx.sendingDomain}, in both records.`,
      actor: "sender-admin-or-isp",
      kind: "fix",
      record: { type: "PTR", name, value: host },
    },
  ];
}

/** Spamhaus PBL return codes (end-user address space): https://www.spamhaus.org/faq/section/DNSBL%20Usage */
const PBL_CODES = ["127.0.0.10", "127.0.0.11"];

function onPbl(ctx: Context): boolean {
  return findings(ctx, ctx.ipCheckId).some(
    (f) =>
      f.code === "blocklist.listed" &&
      (f.data?.["list"] === "spamhaus-pbl" ||
        (Array.isArray(f.data?.["returnCodes"]) &&
          (f.data["returnCodes"] as unknown[]).some((c) => PBL_CODES.includes(String(c))))),
  );
}

function ipListingCause(b: BuildContext): ChecklistItem[] {
  const { ctx } = b;
  const situation = onPbl(ctx)
    ? "pbl"
    : onSharedPlatform(ctx)
      ? "hosted"
      : ctx.platform === "shared-hosting"
        ? "shared-hosting"
        : "own-server";
  return expand(IP_LISTING_STEPS[situation], b);
}

function catalogEntry(key: string): BlocklistEntry | undefined {
  const k = key.toLowerCase();
  return BLOCKLISTS.find(
    (e) => e.id === k || e.zone === k || (e.aliases ?? []).includes(k) || k.endsWith(`.${e.zone}`),
  );
}

/** The catalog's lists this checklist's evidence names: a check's listings and the bounce's zones. */
function listedEntries(ctx: Context): Map<string, BlocklistEntry> {
  const listed: Finding[] = [
    ...findings(ctx, ctx.ipCheckId),
    ...findings(ctx, ctx.domainCheckId),
  ].filter((f) => f.code === "blocklist.listed");
  const entries = new Map<string, BlocklistEntry>();
  for (const f of listed) {
    const e =
      catalogEntry(String(f.data?.["list"] ?? "")) ?? catalogEntry(String(f.data?.["zone"] ?? ""));
    if (e) entries.set(e.id, e);
  }
  for (const zone of ctx.blocklistZones) {
    const e = catalogEntry(zone);
    if (e) entries.set(e.id, e);
  }
  // A public list's page the bounce names is covered by that list's own step where the list is
  // known (by a zone, or as the only list with that page); otherwise the step only looks the
  // listing up, since which list (and so whether it takes requests at all) is not known from the
  // address alone (Spamhaus's lists, UCEPROTECT's three levels, each share one page).
  const pages = delistPagesInBounce(ctx.facts.diagnosis);
  for (const p of pages) {
    const host = p.publicList ? delistPageHost(p.url) : null;
    const lists = host
      ? BLOCKLISTS.filter((e) => !e.retired && delistPageHost(e.delistUrl) === host)
      : [];
    if (lists.length === 1) entries.set(lists[0]!.id, lists[0]!);
  }
  return entries;
}

function delistingItems(b: BuildContext): ChecklistItem[] {
  const { ctx } = b;
  const entries = listedEntries(ctx);
  const pages = delistPagesInBounce(ctx.facts.diagnosis);
  const listHosts = new Set(
    [...entries.values()].flatMap((e) => delistPageHost(e.delistUrl) ?? []),
  );
  const named = pages
    .filter((p) => !p.publicList || !listHosts.has(delistPageHost(p.url) ?? ""))
    .map((p): ChecklistItem => ({
      id: `${b.cause}.delist-named.${p.url
        .replace(/^https?:\/\//, "")
        .replace(/[^A-Za-z0-9]+/g, "-")
        .replace(/-+$/, "")}`,
      title: p.publicList
        ? `Look the listing up at the page the bounce names: ${p.name}`
        : `Request removal at the page the bounce names: ${p.name}`,
      detail: p.publicList
        ? "The bounce names a public blocklist's page. Look the address the bounce names up there: the list says why it is listed and what ends the listing. Ask for removal only if the list takes requests, and only after the cause is fixed."
        : "The refusing server keeps its own list and names its removal page. Only after the cause is fixed: fill in the form there with the address the bounce names.",
      actor: SENDER_ADMIN,
      kind: "contact",
      link: { label: p.name, url: p.url },
    }));
  const subject =
    b.cause === "domain-blocklisted"
      ? (ctx.sendingDomain ?? "your domain")
      : (ctx.sendingIp ?? "your sending IP");
  if (entries.size === 0 && named.length > 0) return named;
  if (entries.size === 0) {
    // "The list named in the bounce" only when the bounce names one; a check that found no
    // public list is said as such, and the receiver's own list is what remains.
    const checkId = b.cause === "domain-blocklisted" ? ctx.domainCheckId : ctx.ipCheckId;
    const clean =
      hasCode(ctx, checkId, ["blocklist.not-listed"]) &&
      !hasCode(ctx, checkId, ["blocklist.listed"]);
    const detail =
      ctx.blocklistZones.length > 0
        ? `Look ${subject} up on the list named in the bounce and follow its removal procedure. If no public list lists it, the receiver keeps its own list: use its sender support form.`
        : clean
          ? `The bounce names no blocklist we recognise, and none of the public blocklists checked lists ${subject}: a refusal for a listing would then come from the receiver's own list. Once the cause is fixed, ask for removal through the receiver's sender support or postmaster page.`
          : `The bounce names no blocklist we recognise. Look ${subject} up on the public blocklists and follow the removal procedure of any that lists it; if none does, the receiver keeps its own list: use its sender support form.`;
    return [
      {
        id: `${b.cause}.delist`,
        title: GENERATED_TITLES.delist,
        detail,
        actor: SENDER_ADMIN,
        kind: "contact",
      },
    ];
  }
  return [...named, ...[...entries.values()].map((e) => delistItem(b, e))];
}

/** One list's step: a request only where the list takes one; its own words say what ends it. */
function delistItem(b: BuildContext, e: BlocklistEntry): ChecklistItem {
  const kind = removalKind(e);
  const base = { id: `${b.cause}.delist.${e.id}`, title: delistTitle(e), kind: "contact" as const };
  if (kind === "request")
    return {
      ...base,
      detail: `Only after the cause is fixed: ${e.delisting}`,
      actor: SENDER_ADMIN,
      link: { label: `${e.name}: removal`, url: e.delistUrl },
    };
  // A closed list's page removes nothing: the receiver still querying it is the one to act.
  if (kind === "closed")
    return {
      ...base,
      detail: `${e.delisting} ${e.retired?.note ?? ""}`.trim(),
      actor: "recipient-admin",
    };
  // A list that takes no (free) requests: its page only shows the listing; the step says who
  // acts. Nobody is contacted: the step is to look the listing up and wait.
  return {
    ...base,
    kind: "verify",
    detail: e.delisting,
    actor: SENDER_ADMIN,
    link: { label: `${e.name}: look up the listing`, url: e.delistUrl },
  };
}

function messageItem(b: BuildContext, kind: GeneratorName): ChecklistItem[] {
  const { ctx } = b;
  const message =
    kind === "message-mailbox-full"
      ? mailboxFullMessage(b.recipient)
      : kind === "message-mailbox-disabled"
        ? mailboxDisabledMessage(b.recipient)
        : kind === "message-allow-list"
          ? allowListMessage(
              b.recipient,
              ctx.sendingDomain ?? "my domain",
              ctx.sendingIp,
              ctx.facts.diagnosis?.recipients[0]?.recipient.diagnostic ?? null,
            )
          : addressConfirmationMessage(b.recipient);
  const title = GENERATED_TITLES[kind as Extract<GeneratedTitleKey, `message-${string}`>];
  return [
    {
      id: `${b.cause}.${kind}`,
      title,
      detail:
        "Email will not reach them, so use another channel: phone, chat, a colleague's address or a contact form. A ready text:",
      actor: "sender",
      kind: "contact",
      message,
    },
  ];
}

/**
 * The "adjust content" steps from what the content review's rules found, under the cause they
 * fix (the attachment steps under content-virus, the rest under content-spam; the closing
 * "review again" step under both, kept once by the dedupe). None without a review that ran.
 */
function contentReviewItems(b: BuildContext): ChecklistItem[] {
  const review = contentReviewOf(b.ctx.facts);
  if (!review || review.status !== "reviewed") return [];
  return contentEvidence(review).steps.filter(
    (item) => item.id.startsWith(`${b.cause}.`) || item.kind === "verify",
  );
}

function generate(name: GeneratorName, b: BuildContext): ChecklistItem[] {
  switch (name) {
    case "content-review":
      return contentReviewItems(b);
    case "spf-record":
      return spfItem(b);
    case "dmarc-record":
      return dmarcItem(b);
    case "dkim-record":
      return dkimItem(b);
    case "ptr-record":
      return ptrItem(b);
    case "delisting":
      return delistingItems(b);
    case "ip-listing-cause":
      return ipListingCause(b);
    default:
      return messageItem(b, name);
  }
}

function expand(templates: ItemTemplate[], b: BuildContext): ChecklistItem[] {
  const items: ChecklistItem[] = [];
  for (const t of templates) {
    if ("generate" in t) {
      items.push(...generate(t.generate, b));
      continue;
    }
    items.push({
      ...t,
      title: fill(t.title, b),
      detail: fill(t.detail, b),
      actor: t.actor ?? b.actor,
    });
  }
  const seen = new Set<string>();
  return items.filter((i) => (seen.has(i.id) ? false : (seen.add(i.id), true)));
}

/** What makes two steps the same action: the same words and the same record or message. */
function sameStepKey(item: ChecklistItem): string {
  const record = item.record ? `${item.record.type} ${item.record.name} ${item.record.value}` : "";
  return [item.title, record, item.message?.subject ?? ""].join("\u0000");
}

/**
 * A step that two causes share (the PTR to set under both a blocklisting and a reverse-DNS
 * cause) is listed once, under the first; the later copy becomes a pointer to it. Ids stay as
 * generated, and the kept step learns its duplicates' ids so saved progress carries over.
 */
export function dedupeAcrossSections(
  sections: CauseChecklist[],
  prevent: ChecklistItem[],
): Checklist {
  const first = new Map<string, { item: ChecklistItem; sectionTitle: string }>();
  const seenIds = new Set<string>();
  const pass = (items: ChecklistItem[], sectionTitle: string): ChecklistItem[] =>
    items.flatMap((item): ChecklistItem[] => {
      if (seenIds.has(item.id)) return [];
      seenIds.add(item.id);
      const key = sameStepKey(item);
      const kept = first.get(key);
      if (!kept) {
        const copy = { ...item };
        first.set(key, { item: copy, sectionTitle });
        return [copy];
      }
      kept.item.aliases = [...(kept.item.aliases ?? []), item.id];
      return [{ ...item, sameAs: { id: kept.item.id, sectionTitle: kept.sectionTitle } }];
    });
  const causes = sections.map((section) => ({
    ...section,
    items: pass(section.items, section.title),
  }));
  return { causes, prevent: pass(prevent, "Prevent it from happening again") };
}

/**
 * The causes whose fixes a conclusion shows: the leading cause, and any other a check's finding
 * backs (a PTR problem found beside a listing). The rest are settled by the conclusion's hints,
 * not by a checklist each.
 */
export function causesToFix(causes: readonly HeldCause[]): HeldCause[] {
  return causes.filter((c, i) => i === 0 || c.support === "check");
}

/**
 * The rule ids of the evidence behind one section's cause: that of the recipients the
 * classifier gave this cause, or, for the first section (the conclusion's, which the wizard may
 * have reached from another reading), that of the first recipient, the one the wizard works on.
 * A delay notice's note counts as evidence here, beside the cause it headlines.
 */
function sectionEvidence(diagnosis: Diagnosis | null, cause: CauseId, first: boolean): Set<string> {
  const ids = new Set<string>();
  if (!diagnosis) return ids;
  const own = diagnosis.recipients.filter((r) => r.cause === cause);
  const lead = diagnosis.recipients[0] ?? diagnosis.overall;
  for (const r of own.length > 0 ? own : first ? [lead] : []) {
    for (const e of r.evidence) ids.add(e.ruleId);
    if (r.delayNotice) ids.add(r.delayNotice.ruleId);
  }
  return ids;
}

/** Whether the sending domain's check, which ran, already answered a step (STEPS_ANSWERED_BY_DOMAIN_CHECK). */
function answeredByCheck(ctx: Context, id: string): boolean {
  const groups = STEPS_ANSWERED_BY_DOMAIN_CHECK[id];
  return !!groups && groups.some((g) => hasCode(ctx, ctx.domainCheckId, [...FINDING_CODES[g]]));
}

/**
 * A cause's data steps, without those the pasted input's shape makes pointless
 * (STEP_INPUT_SHAPES) and those a check that ran contradicts (a step to make sure the domain
 * takes mail, when the check found its MX).
 */
function causeTemplates(b: BuildContext): ItemTemplate[] {
  const diagnosis = b.ctx.facts.diagnosis;
  const shape = diagnosis ? inputShape(diagnosis.parsed) : null;
  return CAUSE_CHECKLISTS[b.cause].filter((t) => {
    if ("generate" in t) return true;
    const shapes = STEP_INPUT_SHAPES[t.id];
    if (shapes && shape !== null && !shapes.includes(shape)) return false;
    return !answeredByCheck(b.ctx, t.id);
  });
}

/**
 * A cause's steps, after the steps its evidence calls for (EVIDENCE_STEPS), without those they
 * replace; `lead` (built steps) goes between the two.
 */
function sectionItems(
  b: BuildContext,
  evidence: ReadonlySet<string>,
  lead: ChecklistItem[] = [],
): ChecklistItem[] {
  const called = EVIDENCE_STEPS.filter((s) => s.when.ruleIds.some((id) => evidence.has(id)));
  const replaced = new Set(called.flatMap((s) => s.replaces ?? []));
  const own = causeTemplates(b).filter((t) => "generate" in t || !replaced.has(t.id));
  return [
    ...expand(
      called.map((s) => s.item),
      b,
    ),
    ...lead,
    ...expand(own, b),
  ];
}

/**
 * The causes an `unknown` verdict leaves possible, ranked: those of the first recipient the
 * classifier could not name a cause for (the one the wizard works on when it leads), else the
 * bounce's as a whole.
 */
function possibleCauses(diagnosis: Diagnosis | null): readonly RankedCause[] {
  if (!diagnosis) return [];
  const own = diagnosis.recipients.find((r) => r.cause === "unknown");
  return own?.possible ?? diagnosis.overall.possible ?? [];
}

/**
 * The steps for a diagnosis that does not name one cause: after any step the bounce's evidence
 * calls for (greylisting: wait for the retry), for each of the top ranked causes the step that
 * tells it apart (check-first.ts); then the steps that help whatever it is.
 */
function unknownItems(
  b: BuildContext,
  ranked: readonly RankedCause[],
  evidence: ReadonlySet<string>,
): ChecklistItem[] {
  return sectionItems(
    b,
    evidence,
    checkFirstSteps(ranked, b.ctx, (text) => fill(text, b)),
  );
}

function sections(
  shared: ReturnType<typeof sharedContext>,
  facts: Facts,
  causes: readonly RankedCause[],
): CauseChecklist[] {
  return causes.map((c, i) => {
    const info = CAUSES[c.cause];
    const b: BuildContext = { ...shared, cause: c.cause, actor: info.actor };
    const evidence = sectionEvidence(facts.diagnosis, c.cause, i === 0);
    return {
      cause: c.cause,
      confidence: c.confidence,
      title: info.title,
      actorLabel: info.actorLabel,
      items:
        c.cause === "unknown"
          ? unknownItems(b, possibleCauses(facts.diagnosis), evidence)
          : sectionItems(b, evidence),
    };
  });
}

function preventItems(
  shared: ReturnType<typeof sharedContext>,
  causes: readonly RankedCause[],
): ChecklistItem[] {
  if (!needsPrevention(causes)) return [];
  const preventContext: BuildContext = { ...shared, cause: "unknown", actor: SENDER_ADMIN };
  return expand(PREVENT_ITEMS, preventContext).filter(
    (i) => i.id !== "prevent.snds" || !onSharedPlatform(shared.ctx),
  );
}

export function buildChecklist(facts: Facts, causes: RankedCause[]): Checklist {
  const shared = sharedContext(facts);
  return {
    ...dedupeAcrossSections(sections(shared, facts, causes), preventItems(shared, causes)),
    delay: delayReading(facts.diagnosis, causes[0]),
  };
}

/** The title of a conclusion's first section when it has not settled on one cause. */
export const TELL_APART_TITLE = "Not settled yet: first tell the possible causes apart";

/**
 * A conclusion's checklist: the fixes of the causes it holds (causesToFix), and, while no cause
 * has reached the weight of a clear conclusion (the engine's CLEAR_WEIGHT, the same line its
 * summary draws between "Not settled yet" and "Most likely"), first the steps that tell its
 * ranked causes apart, as for a bounce that does not say why. The wizard's end and the result
 * link build it from the same causes, so both show the same steps.
 */
export function buildConclusionChecklist(facts: Facts, causes: readonly HeldCause[]): Checklist {
  const shared = sharedContext(facts);
  const fix = causesToFix(causes);
  const lead = causes[0];
  const delay = delayReading(facts.diagnosis, lead);
  const tellApart: CauseChecklist[] =
    // An `unknown` lead's own section already starts with them.
    lead && lead.cause !== "unknown" && lead.confidence < CLEAR_WEIGHT
      ? [
          {
            cause: "unknown",
            confidence: 0,
            // A delay notice's reason is checked, not told apart from causes.
            title: (delay && DELAY_WORDS[delay].checkTitle) || TELL_APART_TITLE,
            tellApart: true,
            actorLabel: CHECK_FIRST_ACTOR,
            items: unknownItems(
              { ...shared, cause: "unknown", actor: "sender" },
              causes,
              new Set(),
            ),
          },
        ]
      : [];
  return {
    ...dedupeAcrossSections(
      [...tellApart, ...sections(shared, facts, fix)],
      preventItems(shared, fix),
    ),
    delay,
  };
}
