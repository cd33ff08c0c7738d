// remote-unreachable where the server that could not connect was the one that handles an alias
// the sender wrote to (review 31, finding 10). Postfix's bounce names a recipient that an alias
// or forward produced with the address it came from: "<target@example.net> (expanded from
// <alias@example.org>): connect to mx.example.net[192.0.2.1]:25: Connection timed out"
// (src/bounce/bounce_notify_util.c, bounce_recipient_log: "<%s> (expanded from <%s>): %s" where
// the recipient has an original address, rcpt->orig_addr, that an alias or forward rewrote).
// sendmail writes "(expanded from: <...>)", Exim "(generated from ...)".
// Such a bounce comes from the alias's server, which took the message and could not reach the
// forward target's: the sender's own port 25 and the address's spelling are not in question.
// What helps is telling the alias's owner (the domain of the address the sender wrote).
// https://github.com/vdukhovni/postfix/blob/master/postfix/src/bounce/bounce_notify_util.c
import { addressDomain } from "@/lib/bounce/address-domain";
import { noticeText } from "@/lib/bounce/notice-text";
import type { ParsedBounce } from "@/lib/bounce/types";
import type { CauseInfo } from "./causes";

export const ALIAS_FORWARD_UNREACHABLE: CauseInfo = {
  id: "remote-unreachable",
  title: "The alias you wrote to could not pass your message on",
  summary:
    "The address you wrote is an alias or a forward: the server that handles it took your message and tried to pass it on to the address the alias points to, and could not connect to that address's mail server. Your own mail got through to the alias; the forward is for the alias's owner to fix.",
  actor: "recipient-admin",
  actorLabel: "Whoever runs the alias (the domain of the address you wrote)",
};

/** An alias's forward that failed: the address the sender wrote, and the host not reached. */
export interface AliasForward {
  alias: string;
  aliasDomain: string;
  /** The forward target's mail server the bounce names, where it names one. */
  host: string | null;
}

/**
 * The expansion note, also where the address was pasted as a Markdown link ("<[a@b](mailto:
 * a@b)>", an issue thread copied from GitHub). Bounded classes, anchored on the note's words:
 * no backtracking beyond one address.
 */
const EXPANSION_NOTE =
  /\((?:expanded|generated) from:? <?\[?<?([^\s<>()[\]@]{1,256}@[A-Za-z0-9.-]{1,253}[A-Za-z0-9])/i;

/**
 * Postfix's "connect to host[ip]:port" (the host the alias's server tried), also wrapped onto a
 * quoted line ("connect to\n>     host[ip]") or with the host pasted as a Markdown link.
 */
const CONNECT_TO =
  /\bconnect to[ \t]{0,4}(?:\n>?[ \t]{0,12})?\[?([A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,10})\]?(?:\([^()\s]{1,300}\))?\[/i;

/**
 * The host a failed connection names ("connect to mx.example.net[192.0.2.1]:25"), in the
 * notice's own text; null where it names none.
 */
export function connectHost(parsed: ParsedBounce | null | undefined): string | null {
  if (!parsed) return null;
  return CONNECT_TO.exec(noticeText(parsed, 200_000))?.[1]?.toLowerCase() ?? null;
}

/**
 * The alias whose forward failed, where the notice shows one: an expansion note in the
 * notice's own text (not in the returned original), or a lead recipient whose delivered address
 * (finalAddress) is at another domain than the one the sender wrote. Null otherwise.
 */
export function aliasForward(parsed: ParsedBounce | null | undefined): AliasForward | null {
  if (!parsed) return null;
  const text = noticeText(parsed, 200_000);
  const note = EXPANSION_NOTE.exec(text);
  const lead = parsed.recipients[0];
  let alias: string | null = note?.[1]?.toLowerCase() ?? null;
  if (
    !alias &&
    lead?.address &&
    lead.finalAddress &&
    addressDomain(lead.finalAddress) !== addressDomain(lead.address)
  )
    alias = lead.address.toLowerCase();
  const aliasDomain = addressDomain(alias);
  if (!alias || !aliasDomain) return null;
  const host = CONNECT_TO.exec(text)?.[1]?.toLowerCase() ?? lead?.remoteMta ?? null;
  return { alias, aliasDomain, host };
}
