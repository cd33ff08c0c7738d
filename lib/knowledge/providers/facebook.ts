// Facebook's mail servers (@facebook.com addresses, 2010-2014, and the notification mail MXs),
// from Facebook's postmaster page "SMTP Response Codes". Each refusal carries one of the page's
// own codes (RCP-P2, DNS-P1 ...) and a link to the page; the page gives each code's meaning,
// not the whole reply line, so the examples are the code with the page's words (verbatim:
// false). The codes mean what the page says whatever status code comes with them: RCP-P2, a
// recipient's preferences, comes under 5.1.1.
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const CODES = page(
  "http://postmaster.facebook.com/response_codes",
  "SMTP Response Codes (Facebook Postmaster)",
  "stored copy (pages corpus)",
);

const { phrase } = entryKit("facebook");

/** The page's words for one code, as an example line. */
const line = (code: string, words: string) => `550 ${code} ${words}`;

export const FACEBOOK_TABLE: ProviderTable = {
  provider: "facebook",
  identity: {
    provider: "facebook",
    name: "Facebook",
    hosts: ["facebook.com", "facebookmail.com"],
    markers: ["postmaster.facebook.com"],
    source: CODES,
  },
  phrases: [
    phrase({
      id: "dns-p1-p2-sender-domain",
      cause: "sender-address-invalid",
      match: ["dns-p1", "dns-p2", "dns-t1"],
      source: CODES,
      verbatim: false,
      example: line("DNS-P1", "Your SMTP MAIL FROM domain does not exist."),
      note: "The page's 'Sender Domain Issues': the envelope sender's domain does not exist, has no MX record (DNS-P2), or does not resolve for now (DNS-T1).",
    }),
    phrase({
      id: "dns-p3-t2-reverse-dns",
      cause: "reverse-dns",
      match: ["dns-p3", "dns-t2"],
      source: CODES,
      verbatim: false,
      example: line("DNS-P3", "Your mail server does not have a reverse DNS record."),
      note: "The sending server's IP address has no reverse DNS (PTR) record, or it does not resolve for now (DNS-T2).",
    }),
    phrase({
      id: "rcp-p1-no-such-recipient",
      cause: "recipient-unknown",
      match: ["rcp-p1", "int-p1", "int-p3", "int-p4"],
      source: CODES,
      verbatim: false,
      example: line("RCP-P1", "The attempted recipient address does not exist."),
      note: "The recipient address (or group address, INT-P3) does not exist.",
    }),
    phrase({
      id: "rcp-p2-recipient-preferences",
      cause: "sender-policy",
      match: ["rcp-p2"],
      source: CODES,
      verbatim: false,
      example: line(
        "RCP-P2",
        "The attempted recipient's preferences prevent messages from being delivered.",
      ),
      note: "The recipient's own settings refuse this sender (a block or a privacy setting): the address exists. Only the recipient can change it.",
    }),
    phrase({
      id: "rcp-t1-recipient-unavailable",
      cause: "remote-server-error",
      match: ["rcp-t1"],
      source: CODES,
      verbatim: false,
      example: line(
        "RCP-T1",
        "The attempted recipient address is not currently available due to an internal system issue. This is a temporary condition.",
      ),
      note: "A temporary fault on Facebook's side; the sending server retries.",
    }),
    phrase({
      id: "msg-p1-int-p2-size",
      cause: "message-too-large",
      match: ["msg-p1", "int-p2"],
      source: CODES,
      verbatim: false,
      example: line("MSG-P1", "The message exceeds Facebook's maximum allowed size."),
      note: "The page's code and words with a 550 around them (the page gives no whole reply line).",
    }),
    phrase({
      id: "msg-p2-attachment-type",
      cause: "content-virus",
      match: ["msg-p2"],
      source: CODES,
      verbatim: false,
      example: line(
        "MSG-P2",
        "The message contains an attachment type that Facebook does not accept.",
      ),
      note: "The page's code and words with a 550 around them (the page gives no whole reply line).",
    }),
  ],
  statusReadings: [],
};
