// An SPF failure at a hop after the sender's own: the recipient's address forwarded the mail to
// another domain, or a filter in front of the recipient's server relayed it there. SPF checks
// the client that connected against the envelope sender's domain (RFC 7208 section 2.4); once a
// forwarder or filter resends the message, that client is the forwarder's server, which the
// sender's SPF record does not list and need not list. The fix is the forwarder's (rewrite the
// envelope sender, SRS) or the final receiver's (do not check SPF on mail its own forwarder or
// filter hands it): RFC 7208 Appendix D.2 and D.3. The sender's own remedy is DKIM, whose
// signature survives a forward that leaves the message as it was (RFC 6376 section 1.2), and
// with which DMARC passes without SPF (RFC 7489 section 4.2). Review 26, finding 5: such a
// failure was settled as the sender's own SPF problem, with a step to add "that server's
// include or ip4:" to the sender's record, that is, to authorise someone else's forwarder.
import { addressDomain } from "@/lib/bounce/address-domain";
import { extractIpRoles } from "@/lib/bounce/extract";
import { boundaryHopIp } from "@/lib/bounce/ip-roles";
import { hostUnder } from "@/lib/bounce/host-under";
import { noticeText } from "@/lib/bounce/notice-text";
import type { ParsedBounce } from "@/lib/bounce/types";

/**
 * Words that make a refusal an SPF one: the name, and the receivers' usual wordings of an SPF
 * fail ("550 65.49.42.68 is not allowed to send mail from example.com"; libspf2's "domain of
 * x does not designate y as permitted sender").
 */
const SPF_WORDS =
  /\bSPF\b|Sender Policy Framework|\bis not allowed to send mail from\b|\bdoes not designate\b|\bnot (?:a )?permitted sender\b/i;

/** The IPs a refusal names as the refusing server's client (lib/bounce/ip-roles.ts wordings). */
function clientIpsNamed(diagnostic: string): string[] {
  return extractIpRoles(diagnostic).sending;
}

const related = (a: string, b: string) => hostUnder(a, b) || hostUnder(b, a);

type Parsed = Pick<
  ParsedBounce,
  "text" | "originalSpans" | "recipients" | "relayedIps" | "original"
>;

/**
 * The client IP the lead recipient's refusal names that lies in the network of the server that
 * answered (same /24, or /48 for IPv6), where the answering server is not that IP itself: the
 * receiving side's own next server (a filter in front of the recipient's server passing the
 * mail on), never the sender's. Null where there is none. The parse finds it with its other
 * evidence (ParsedBounce.relayedIps, lib/bounce/evidence.ts).
 */
export function relayedClientIp(
  parsed: Pick<ParsedBounce, "relayedIps"> | null | undefined,
): string | null {
  return parsed?.relayedIps?.[0] ?? null;
}

/**
 * Why the lead recipient's SPF failure was met after a forward or a relay on the recipient's
 * side, in plain words, or null where the bounce does not show one (or the refusal is no SPF
 * one):
 * - the address the sender wrote was forwarded to an address at another domain (the DSN's
 *   Original-Recipient and Final-Recipient; Postfix "(expanded from <…>)", sendmail "(expanded
 *   from: …)", Exim "(generated from …)": lib/bounce/dsn-sent-address.ts), and the sender's own
 *   domain is neither (a list of the sender's own that expands is the sender's server);
 * - the client IP the refusal names lies in the network of the server that answered (the
 *   recipient's filter resent the mail from its own next server), or differs from the address
 *   the returned headers show the mail leaving for the recipient's domain from
 *   (lib/bounce/ip-roles.ts boundaryHopIp).
 */
export function forwardedSpf(parsed: Parsed | null | undefined): string | null {
  if (!parsed) return null;
  // Read once per parse: titles and evidence ask for it many times a wizard step.
  if (READ.has(parsed)) return READ.get(parsed) ?? null;
  const found = read(parsed);
  READ.set(parsed, found);
  return found;
}

const READ = new WeakMap<object, string | null>();

function read(parsed: Parsed): string | null {
  const lead = parsed.recipients[0];
  if (!lead || !SPF_WORDS.test(lead.diagnostic ?? "")) return null;
  const wrote = addressDomain(lead.address);
  const final = addressDomain(lead.finalAddress);
  const sender = addressDomain(parsed.original?.returnPath) ?? addressDomain(parsed.original?.from);
  if (
    wrote &&
    final &&
    !related(wrote, final) &&
    !(sender && (related(sender, wrote) || related(sender, final)))
  )
    return `the mail to ${lead.address} was forwarded to ${lead.finalAddress}, so the server that refused it checked SPF against the forwarding server, not yours`;
  const named = clientIpsNamed(lead.diagnostic ?? "");
  const relay = relayedClientIp(parsed);
  if (relay)
    return `the IP SPF was checked for, ${relay}, is in the network of the server that answered: the recipient's filter passed the mail on from its own server`;
  const addresses = [lead.address, lead.finalAddress].flatMap((address) =>
    address ? [{ address }] : [],
  );
  const hop = boundaryHopIp(noticeText(parsed, 400_000), addresses);
  const other = hop ? named.find((ip) => ip !== hop) : undefined;
  if (hop && other)
    return `the IP SPF was checked for, ${other}, is not the one your mail left for the recipient's domain from (${hop}): a server in between passed it on`;
  return null;
}
