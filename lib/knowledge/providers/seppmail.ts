// seppmail.cloud (Swiss email security and filtering service), from its documentation pages
// that quote the reject messages its filter gives: a blocklist refusal shown in the rejected
// message's details, the header-recipient limit of its outbound service, and the refusal of
// blocked mail forwardings.
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const REJECTED_DETAILS = page(
  "https://docs.seppmail.com/en/cloud/c06_scf_01_maqs_02_message-details_rejected.html",
  "Message details of a rejected message (seppmail.cloud documentation)",
  "stored copy (pages corpus)",
);
const SPAMFILTER_STANDALONE = page(
  "https://docs.seppmail.com/en/cloud/c05_sca_01_ia_03_seppmail-cloud-spamfilter-standalone.html",
  "seppmail.cloud spam filter standalone (seppmail.cloud documentation)",
  "stored copy (pages corpus)",
);
const MAIL_FORWARDING = page(
  "https://docs.seppmail.com/ch/cloud/c12_pf_mail_forwarding.html",
  "E-Mail-Weiterleitungen (seppmail.cloud Dokumentation)",
  "stored copy (pages corpus)",
);

const { phrase } = entryKit("seppmail");

export const SEPPMAIL_TABLE: ProviderTable = {
  provider: "seppmail",
  identity: {
    provider: "seppmail",
    name: "seppmail.cloud",
    // The documentation names the platform seppmail.cloud; its filter hosts are under it.
    hosts: ["seppmail.cloud"],
    source: REJECTED_DETAILS,
  },
  phrases: [
    phrase({
      id: "blocked-using-abusix",
      cause: "ip-blocklisted",
      match: ["blocked using combined.mail.abusix.zone"],
      // The DNSBL reply form of Postfix, which a list's error answer shares: in full only where
      // the refusal is seppmail.cloud's own.
      scope: "provider",
      source: REJECTED_DETAILS,
      example: "client [82.165.159.35] blocked using combined.mail.abusix.zone",
      note: "The page's example of a reject message, filed under the category RBL (relay block list), with the listed IP as the offending value and combined.mail.abusix.zone as the triggered filter.",
    }),
    phrase({
      id: "header-recipients-exceeded",
      cause: "rate-limited",
      match: ["maximum number of recipients in header to,cc exceeded"],
      scope: "any",
      source: SPAMFILTER_STANDALONE,
      example: "maximum number of recipients in header to,cc exceeded (51>50)",
      note: "The page: in inline mode seppmail.cloud accepts outbound messages with no more than 50 visible recipients in To: and Cc: combined; a message over the limit is rejected with this message.",
    }),
    phrase({
      id: "forward-abuse",
      cause: "bad-reputation",
      match: ["maat-fwd forward abuse"],
      scope: "any",
      source: MAIL_FORWARDING,
      example: "550 5.7.1 MAAT-FWD Forward abuse",
      note: "The page: the filter accepts forwardings only at low volume and with proper filtering; a forwarding that passes on too much spam or malware is blocked, and every message through it is then rejected with this message.",
    }),
  ],
  statusReadings: [],
  missingPages: [
    "The outbound sender-block page (docs.seppmail.com/en/cloud/c06_scf_06_support_outbound_sender_block.html) lists 'Bulk Policy Violation', 'This account is sending spam' and 'bounce flood' as typical messages of one emergency block set by its support for several abusive patterns; they are left out rather than each given a cause the page does not separate.",
  ],
};
