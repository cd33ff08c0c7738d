// authentication-failure's steps where the SPF check that failed was made after a forward or a
// relay on the recipient's side (lib/causes/forwarded-spf.ts): the forwarder's server was
// checked against the sender's SPF record. The fix is the forwarder's or the final receiver's
// (RFC 7208 Appendix D.2: a mediator that resends mail rewrites the envelope sender, as SRS
// does; D.3: a receiver does not check SPF on mail from its own forwarders); the sender's own
// remedy is DKIM, whose signature survives a forward that leaves the message as it was (RFC
// 6376 section 1.2), with which DMARC passes without SPF (RFC 7489 section 4.2). Never a step
// that adds the forwarder to the sender's record: that would authorise every sender whose mail
// that forwarder or filter passes on (review 26, finding 5).
import type { CauseItemTemplate } from "./types";

const RFC7208_D = {
  label: "RFC 7208 Appendix D: mediators (forwarders) and receivers",
  url: "https://www.rfc-editor.org/rfc/rfc7208#appendix-D",
};

// Each step names who takes it (review 28, finding 14): the sender tells the recipient, whose
// admin makes the fix; the sender's admin keeps the record and signs with DKIM.
export const FORWARDED_SPF_STEPS: CauseItemTemplate[] = [
  {
    id: "forwarded-spf.tell-recipient",
    title: "Tell the recipient their forward or filter broke SPF",
    detail:
      "The bounce shows that your mail reached {recipient} and was passed on to another server, which checked SPF against the server that passed it on. Ask the recipient to have their forwarding service rewrite the envelope sender when it forwards (SRS), or to have their own mail server skip SPF for mail that their forwarder or filter hands it.",
    kind: "contact",
    actor: "sender",
    link: RFC7208_D,
  },
  {
    id: "forwarded-spf.keep-record",
    title: "Do not add the forwarder to your SPF record",
    detail:
      "The server SPF was checked for is the forwarder's or the recipient's filter's, not one you send from. Listing it in your record would let anyone whose mail passes through it pass SPF as you; your record needs no change for this bounce.",
    kind: "verify",
    actor: "sender-admin",
  },
  { generate: "dkim-record" },
  {
    id: "forwarded-spf.why-dkim",
    title: "Rely on DKIM for forwarded mail",
    detail:
      "A DKIM signature travels with the message, so it still verifies after a forward that leaves the message as it was, and DMARC passes on an aligned DKIM signature even where SPF fails. Once your mail is signed, a receiver that checks DMARC rather than bare SPF accepts it after the forward.",
    kind: "fix",
    actor: "sender-admin",
    link: {
      label: "RFC 7489 §4.2: DMARC passes on an aligned SPF or DKIM result",
      url: "https://www.rfc-editor.org/rfc/rfc7489#section-4.2",
    },
  },
];
