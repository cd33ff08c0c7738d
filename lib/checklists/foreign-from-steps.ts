// authentication-failure's steps where the refusal names a From domain the user said is not
// theirs (lib/rules/from-domain.ts): a platform's, a provider's or someone else's domain. DMARC
// passes only with SPF or DKIM aligned with the From domain (RFC 7489 section 3.1), and only the
// domain's owner can publish the records for that, so "publish SPF for heroku.com" cannot be
// done and the user's own records would not help either. The fix is the From address: one in a
// domain the user controls, authenticated there, or sending through the From domain's own
// provider where that provider offers it (review 31, finding 3).
import type { CauseItemTemplate } from "./types";

const RFC7489_ALIGNMENT = {
  label: "RFC 7489 §3.1: identifier alignment",
  url: "https://www.rfc-editor.org/rfc/rfc7489#section-3.1",
};

/**
 * Where the user did not know whether the domain is theirs: the domain's own steps follow, and
 * this one first says what holds if it is not (its records cannot be theirs to publish).
 */
export const FOREIGN_FROM_IF_NOT_YOURS: CauseItemTemplate = {
  id: "foreign-from.if-not-yours",
  title: "If {domain} is not your domain: send From an address in one you control",
  detail:
    "The refusal names {domain} as the From address's domain. If it is a platform's, a provider's or anyone else's domain, the steps below for its records cannot be yours to take: only its owner can publish them, and mail sent From it by others fails DMARC where the owner publishes a policy. Send From an address in your own domain instead (or through the servers of the provider {domain} belongs to).",
  kind: "verify",
  actor: "sender-admin",
  link: RFC7489_ALIGNMENT,
};

export const FOREIGN_FROM_STEPS: CauseItemTemplate[] = [
  {
    id: "foreign-from.own-domain",
    title: "Send From an address in a domain you control",
    detail:
      "The receiver checked the From address's domain, {domain}, which is not yours: its SPF, DKIM and DMARC records are its owner's, and mail sent From it by anyone else fails DMARC where that owner publishes a policy. Set the program or site to send From an address in your own domain (or send through the servers of the provider {domain} belongs to, if it offers that for your account), and keep {domain} in Reply-To if replies should go there.",
    kind: "fix",
    actor: "sender-admin",
    link: RFC7489_ALIGNMENT,
  },
  {
    id: "foreign-from.authenticate-own",
    title: "Authenticate your own domain for the server that sends",
    detail:
      "Once the From address is in your domain, that domain's SPF record must list the server or service your mail leaves from, or the service must sign with DKIM for your domain: run this wizard with the next bounce, or check your domain, for the exact records.",
    kind: "verify",
    actor: "sender-admin",
  },
  {
    id: "foreign-from.no-records",
    title: "Do not try to change {domain}'s records",
    detail:
      "There is nothing to publish for {domain}: only its owner can change its DNS, and the refusal is that owner's policy working as intended.",
    kind: "verify",
    actor: "sender",
  },
];
