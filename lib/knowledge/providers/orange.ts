// Orange / Wanadoo (orange.fr, wanadoo.fr) and La Poste (laposte.net), which answer with numbered
// codes ("OFR005_104", "LPN007_102"; the last three digits name the reason). Orange's own
// postmaster page was not found stored; the replies below are Orange's and La Poste's as senders
// logged them, quoted in Sisimai's FrancePTT module (which cites postmastery.com's table of the
// codes), so every example is verbatim: false and the source is Orange's postmaster site.
import type { CauseId } from "@/lib/causes/causes";
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const POSTMASTER = page(
  "https://postmaster.orange.fr/",
  "Orange Postmaster",
  "replies quoted in repo sisimai/p5-sisimai lib/Sisimai/Rhost/FrancePTT.pm (which cites https://www.postmastery.com/orange-postmaster-smtp-error-codes-ofr/)",
);
const LOGGED =
  "Orange's reply as senders logged it (quoted by Sisimai); the postmaster page was not found stored.";

const { phrase } = entryKit("orange");

// [reason number, cause, a logged reply carrying it]
const CODES: readonly (readonly [string, CauseId, string])[] = [
  [
    "101",
    "ip-blocklisted",
    "550 5.7.1 Service unavailable; client [192.0.2.1] blocked using Spamhaus. The emails sent to the mail host Laposte.net were blocked by our services. https://www.spamhaus.org/lookup/ LPNAAA_101",
  ],
  [
    "102",
    "ip-blocklisted",
    "550 mwinf5c04 ME Adresse IP source bloquee pour incident de spam. Client host blocked for spamming issues. OFR006_102 Ref http://csi.cloudmark.com",
  ],
  [
    "103",
    "bad-reputation",
    "550 mwinf5c10 ME Service refuse. Veuillez essayer plus tard. Service refused, please try later. OFR006_103 192.0.2.1 [103]",
  ],
  [
    "104",
    "rate-limited",
    "421 mwinf5c79 ME Trop de connexions, veuillez verifier votre configuration. Too many connections, slow down. OFR005_104 [104]",
  ],
  [
    "107",
    "reverse-dns",
    "421 4.2.1 Service refuse. Veuillez essayer plus tard. Service refused, please try later. LPN006_107",
  ],
  ["109", "rate-limited", "421 Veuillez essayer plus tard. LPN003_109"],
  ["305", "relay-denied", "550 5.7.0 Code d'authentification invalide OFR_305"],
  [
    "401",
    "authentication-failure",
    "550 5.5.0 SPF: 192.0.2.1 is not allowed to send mail. LPN004_401",
  ],
  [
    "402",
    "relay-denied",
    "550 5.5.0 Authentification requise. Authentication Required. LPN105_402",
  ],
  [
    "405",
    "sender-address-invalid",
    "501 5.1.0 Emetteur invalide. Invalid Sender. OFR004_405 [405]",
  ],
  ["415", "sender-address-invalid", "550 5.1.0 Emetteur invalide. Invalid Sender. OFR_415"],
  [
    "416",
    "recipient-unknown",
    "550 5.1.1 Adresse d au moins un destinataire invalide. Invalid recipient. OFR_416 [416]",
  ],
  [
    "417",
    "mailbox-full",
    "552 5.1.1 Boite du destinataire pleine. Recipient overquota. OFR_417 [417]",
  ],
  [
    "420",
    "mailbox-disabled",
    "550 5.5.0 Boite du destinataire archivee. Archived recipient. LPN007_420",
  ],
  ["421", "sender-address-invalid", "550 5.5.3 Mail from not owned by user. LPN105_421"],
  [
    "426",
    "mailbox-disabled",
    "550 5.5.0 Le compte du destinataire est bloque. The recipient account isblocked. LPN007_426",
  ],
  [
    "505",
    "remote-server-error",
    "421 4.2.0 Service refuse. Veuillez essayer plus tard. Service refused, please try later. OFR005_505 [505]",
  ],
  ["506", "content-spam", "550 5.7.1 Mail rejete. Mail rejected. OFR_506 [506]"],
  [
    "510",
    "bad-reputation",
    "550 5.5.0 Service refuse. Veuillez essayer plus tard. service refused, please try later. LPN005_510",
  ],
  ["514", "message-too-large", "552 5.3.4 Taille limite du message atteinte OFR_514"],
  [
    "517",
    "authentication-failure",
    "571 5.7.1 Message refused, DMARC verification Failed. Message refuse, verification DMARC en echec LPN007_517",
  ],
  ["630", "sender-policy", "554 5.7.1 Client host rejected LPN000_630"],
  [
    "999",
    "bad-reputation",
    "421 mwinf5c77 ME Service refuse. Veuillez essayer plus tard. Service refused, please try later. OFR_999 [999]",
  ],
];

export const ORANGE_TABLE: ProviderTable = {
  provider: "orange",
  identity: {
    provider: "orange",
    name: "Orange / La Poste (France)",
    hosts: ["orange.fr", "wanadoo.fr", "laposte.net", "francetelecom.fr"],
    markers: [/\b(?:ofr|lpn)[a-z0-9]{0,3}_\d{3}\b/, " me service refuse"],
    source: POSTMASTER,
  },
  phrases: [
    ...CODES.map(([n, cause, reply]) =>
      phrase({
        id: `code-${n}`,
        cause,
        match: [new RegExp(`\\b(?:ofr|lpn)[a-z0-9]{0,3}_${n}\\b`)],
        source: POSTMASTER,
        example: reply,
        verbatim: false,
        note: LOGGED,
      }),
    ),
    phrase({
      id: "spf-dns-config",
      cause: "authentication-failure",
      match: [
        "spf/dns de votre nom de domaine",
        "spf check failed, please verify the spf/dns configuration",
      ],
      source: POSTMASTER,
      example:
        "421 smtp.orange.fr [192.0.2.1] Emetteur invalide, Veuillez verifier la configuration SPF/DNS de votre nom de domaine. Invalid Sender. SPF check failed, please verify the SPF/DNS configuration for your domain name.",
      verbatim: false,
      note: LOGGED,
    }),
  ],
  statusReadings: [],
  missingPages: [
    "postmaster.orange.fr code list: not stored; logged replies quoted by Sisimai are used (verbatim: false).",
  ],
};
