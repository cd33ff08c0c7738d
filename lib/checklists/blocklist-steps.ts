// The blocklist steps: where the sending IP is listed as end-user space (PBL), and one
// delisting step per list the evidence names, or per removal page the bounce names.
import { removalKind } from "@/lib/blocklists/catalog";
import type { Finding } from "@/lib/checks/types";
import { evidenceRuleIds } from "@/lib/causes/connection-variants";
import { findings, type Context } from "@/lib/rules";
import { PROVIDER_RELAY_RULES } from "./provider-relay-rules";
import { hasCode, onSharedPlatform, SENDER_ADMIN, type BuildContext } from "./build-context";
import type { IP_LISTING_STEPS } from "./data";
import { delistPageHost, delistPagesInBounce } from "./delisting-pages";
import { delistEndedTitle, delistTitle, GENERATED_TITLES } from "./generated-titles";
import { listedEntries, listingOf, type Listing } from "./listed-entries";
import type { ChecklistItem } from "./types";

// Which answers are end-user space is the catalog's (a part's `endUserSpace`: Spamhaus's PBL,
// https://www.spamhaus.org/faq/section/Spamhaus%20PBL), never a list of codes here.

function ipListings(ctx: Context): { finding: Finding; listing: Listing | null }[] {
  return findings(ctx, ctx.ipCheckId)
    .filter((f) => f.code === "blocklist.listed")
    .map((finding) => ({ finding, listing: listingOf(finding) }));
}

/** A listing only as end-user space: every part that answered is one. */
function endUserSpaceOnly(listing: Listing | null): boolean {
  return !!listing && listing.parts.length > 0 && listing.parts.every((p) => p.endUserSpace);
}

/** Whether the IP check found the sending IP in end-user address space (a PBL answer among others). */
export function onPbl(ctx: Context): boolean {
  return ipListings(ctx).some(({ listing }) => listing?.parts.some((p) => p.endUserSpace));
}

/**
 * Whether the IP check found the sending IP listed only as end-user space (every listing a PBL
 * one): the relay step is then the whole fix, and there is no removal to ask for or wait for.
 */
export function listedOnlyOnPbl(ctx: Context): boolean {
  const listed = ipListings(ctx);
  return listed.length > 0 && listed.every(({ listing }) => endUserSpaceOnly(listing));
}

/**
 * Whether a list's every listing of the sending IP is a PBL one (ZEN answering 127.0.0.11 only):
 * its removal step would contradict the relay step, which says removal is only for a static
 * address that runs a mail server (Spamhaus's PBL FAQ), and links the list's own page for that.
 */
function listedOnlyAsPbl(ctx: Context, listId: string): boolean {
  const on = ipListings(ctx).filter(({ listing }) => listing?.list.id === listId);
  return on.length > 0 && on.every(({ listing }) => endUserSpaceOnly(listing));
}

/**
 * The refusal's own words say the receiver takes no mail straight from this address and asks
 * for the provider's relay (Gmail's "not authorized to send email directly to our servers. Use
 * the SMTP relay at your service provider"; evidence-steps.ts PROVIDER_RELAY_RULES), and no list
 * the IP check asked lists it: a policy on the address range, not a listing to hunt the cause of
 * or have removed (review 28, finding 6). With no IP check, nothing shows a listing either.
 */
export function relayAskedUnlisted(ctx: Context): boolean {
  const ids = new Set(evidenceRuleIds(ctx.facts.diagnosis));
  return PROVIDER_RELAY_RULES.some((id) => ids.has(id)) && ipListings(ctx).length === 0;
}

/**
 * Whether the IP check ruled a public listing out where the bounce named no list: it found the
 * sending IP on none of the public blocklists. Only the receiver's own list can then be behind
 * the refusal, if a listing is (review 31, finding 6: "Find and stop what got 203.0.113.9
 * listed" was the first step after the check said "on none of the public blocklists checked").
 */
export function ipFoundOnNoList(ctx: Context): boolean {
  return (
    ctx.blocklistZones.length === 0 &&
    hasCode(ctx, ctx.ipCheckId, ["blocklist.not-listed"]) &&
    !hasCode(ctx, ctx.ipCheckId, ["blocklist.listed"])
  );
}

/** Which of the IP-listing step sets fits where the sending IP lives (IP_LISTING_STEPS). */
export function ipListingSituation(ctx: Context): keyof typeof IP_LISTING_STEPS {
  return onPbl(ctx)
    ? "pbl"
    : onSharedPlatform(ctx)
      ? "hosted"
      : ctx.platform === "shared-hosting"
        ? "shared-hosting"
        : "own-server";
}

export function delistingItems(b: BuildContext): ChecklistItem[] {
  const { ctx } = b;
  // A provider's shared IP: the provider delists it (IP_LISTING_STEPS.hosted says to send it
  // the bounce); a request from one of its customers is not the list's to act on.
  if (b.cause === "ip-blocklisted" && onSharedPlatform(ctx)) return [];
  const entries = listedEntries(ctx);
  if (b.cause === "ip-blocklisted" && onPbl(ctx))
    for (const id of [...entries.keys()]) if (listedOnlyAsPbl(ctx, id)) entries.delete(id);
  const pages = delistPagesInBounce(ctx.facts.diagnosis);
  const listHosts = new Set(
    [...entries.values()].flatMap((e) => delistPageHost(e.list.delistUrl) ?? []),
  );
  const named = pages
    .filter((p) => !p.publicList || !listHosts.has(delistPageHost(p.url) ?? ""))
    .map((p): ChecklistItem => ({
      id: `${b.cause}.delist-named.${p.url
        .replace(/^https?:\/\//, "")
        .replace(/[^A-Za-z0-9]+/g, "-")
        .replace(/-+$/, "")}`,
      // A page the bounce prints is "the page the bounce names"; one the refusal's provider
      // documents for this reply (the table entry that read it) is said to come from there.
      title:
        p.from === "bounce"
          ? p.publicList
            ? `Look the listing up at the page the bounce names: ${p.name}`
            : `Request removal at the page the bounce names: ${p.name}`
          : p.publicList
            ? `Look the listing up at the list this refusal points to: ${p.name}`
            : `Request removal where the refusing provider sends senders: ${p.name}`,
      detail: p.publicList
        ? p.from === "bounce"
          ? "The bounce names a public blocklist's page. Look the address the bounce names up there: the list says why it is listed and what ends the listing. Ask for removal only if the list takes requests, and only after the cause is fixed."
          : "The refusing provider's own page sends senders refused this way to this public blocklist. Look the sending address up there: the list says why it is listed and what ends the listing. Ask for removal only if the list takes requests, and only after the cause is fixed."
        : p.from === "bounce"
          ? "The refusing server keeps its own list and names its removal page. Only after the cause is fixed: fill in the form there with the address the bounce names."
          : "The refusing provider keeps its own list, and its own page names this form for the refusal. Only after the cause is fixed: fill it in with the sending address and the bounce's reply.",
      actor: SENDER_ADMIN,
      kind: "contact",
      link: { label: p.name, url: p.url },
    }));
  const subject =
    b.cause === "domain-blocklisted"
      ? (ctx.sendingDomain ?? "your domain")
      : (ctx.sendingIp ?? "your sending IP");
  if (entries.size === 0 && named.length > 0) return named;
  // Listed only as end-user space: the relay step is the fix, with nothing to ask removal of.
  if (entries.size === 0 && b.cause === "ip-blocklisted" && listedOnlyOnPbl(ctx)) return [];
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
          ? `The bounce names no blocklist we recognise, and none of the public blocklists checked lists ${subject}: a refusal for a listing would then come from the receiver's own list. Ask the receiver's sender support or postmaster page whether it lists ${subject}, and why, before changing anything on your side.`
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
  return [...named, ...[...entries.values()].map((e) => delistItem(b, e, subject))];
}

/**
 * One list's step: a request only where the list takes one; its own words say what ends it. A
 * combined list's step is named by the parts that answered and gives each part's own route (the
 * PBL self-service, the SBL through the network's abuse desk), whose words say when.
 */
function delistItem(b: BuildContext, l: Listing, subject: string): ChecklistItem {
  const { list: e, name } = l;
  const kind = removalKind(e);
  // Named in the bounce, not listed now: nothing to request or wait for. A list whose listings
  // end by themselves has most likely let this one end; one that takes requests had it removed
  // (or it ended). Either way the next step is to resend, and only a new refusal says more.
  if (l.foundClean)
    return {
      id: `${b.cause}.delist-ended.${e.id}`,
      title: delistEndedTitle(name),
      detail:
        kind === "request"
          ? `The bounce names ${name}, but the check found ${subject} not listed there now: the listing has been removed or has ended since. Resend the message. If it is refused again naming ${name}, look ${subject} up on its page, which says why it was listed.`
          : `The bounce names ${name}, but the check found ${subject} not listed there now. ${name} ends a listing by itself once what caused it stops, so this one has most likely ended. Resend the message. If it is refused again naming ${name}, what got ${subject} listed is still going on: find and stop it (a compromised account, a mailing to people who did not ask).`,
      actor: SENDER_ADMIN,
      kind: "verify",
      link: { label: `${name}: look up the listing`, url: e.delistUrl },
    };
  const base = {
    id: `${b.cause}.delist.${e.id}`,
    title: delistTitle({ ...e, name }),
    kind: "contact" as const,
  };
  if (kind === "request")
    return {
      ...base,
      detail:
        l.parts.length > 0 && e.baseName
          ? l.parts.map((p) => p.delisting).join(" ")
          : `Only after the cause is fixed: ${e.delisting}`,
      actor: SENDER_ADMIN,
      link: { label: `${name}: removal`, url: e.delistUrl },
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
    link: { label: `${name}: look up the listing`, url: e.delistUrl },
  };
}
