// Ghent University (UGent, Belgium), from its helpdesk's e-mail FAQ (in Dutch) on why mail is
// not sent or not delivered: the limits of its outgoing server and the refusals of its incoming
// one, each reply quoted with its cause (Oorzaak) and remedy (Oplossing). Most replies end with
// "See http(s)://helpdesk.ugent.be/email/", which names the writer.
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const FAQ = page(
  "https://helpdesk.ugent.be/email/faq.php",
  "E-mail Frequently Asked Questions (FAQ): Waarom wordt mijn mail niet verstuurd/niet afgeleverd bij de geadresseerde? (UGent helpdesk)",
  "stored copy (pages corpus)",
);

const { phrase } = entryKit("ugent");

export const UGENT_TABLE: ProviderTable = {
  provider: "ugent",
  identity: {
    provider: "ugent",
    name: "Ghent University (UGent) mail",
    hosts: ["ugent.be"],
    markers: ["helpdesk.ugent.be/email"],
    source: FAQ,
  },
  phrases: [
    phrase({
      id: "connection-rate",
      cause: "rate-limited",
      // The reply line's parse keeps "connection rate" apart from its "421 4.5.1." prefix.
      match: [/connection rate - see https?:\/\/helpdesk\.ugent\.be/],
      scope: "any",
      source: FAQ,
      example: "421 4.5.1. Connection Rate - See https://helpdesk.ugent.be/email/",
      note: "The FAQ: the mail program opened too many connections to the outgoing server within the last 10 minutes. Try again later; pressing send/receive again and again makes it worse.",
    }),
    phrase({
      id: "too-many-recipients",
      cause: "rate-limited",
      match: ["4.5.1. too many recipients for this message"],
      scope: "any",
      source: FAQ,
      example: "4.5.1. Too many recipients for this message",
      note: "The FAQ: the message names more recipients than the outgoing server allows for one message (it also limits recipients and messages per 10 minutes); use UGent's mailing list server for lists.",
    }),
    phrase({
      id: "suspicious-executable",
      cause: "content-virus",
      match: ["a suspicious file (executable code) was found in the message"],
      scope: "any",
      source: FAQ,
      example:
        "550 5.6.0 *** A suspicious file (executable code) was found in the message ! - See http://helpdesk.ugent.be/email/",
      note: "The FAQ's attachment rules: executable file types (also inside Zip, Rar and 7z archives) are refused whatever their content. Share the file another way (UGent points to Belnet FileSender).",
    }),
    phrase({
      id: "dont-forward-spam",
      cause: "content-spam",
      match: ["please don't forward us spam"],
      scope: "any",
      source: FAQ,
      example: "5.7.1 Please don't forward us spam",
      note: "The FAQ: a server outside UGent tried to deliver a message whose subject already carries [SPAM], usually an automatic forward from another mail account to a UGent address. Change the forwarding rule so that messages marked [SPAM] are not forwarded.",
    }),
  ],
  statusReadings: [],
  missingPages: [
    "'550 SC-004 Mail geweigerd' / '550 SC-004 Mail rejected' points to a page on UGent's blacklisting that was not in the stored copy; whether the sending IP or the sender address is listed is not said there, so it is not entered.",
  ],
};
