// Orange / Wanadoo (orange.fr, wanadoo.fr) and La Poste (laposte.net), which answer with numbered
// codes ("OFR005_104", "LPN007_102"; the last three digits name the reason). Orange's own
// postmaster page's code list did not come through; the replies below are Orange's and La Poste's
// as senders pasted them in public issue threads (verbatim, each thread cited) or, where no thread
// had the code, as Sisimai's FrancePTT module quotes them (verbatim: false, citing the postmaster site).
import type { CauseId } from "@/lib/causes/causes";
import { entryKit, page } from "./entry-kit";
import type { ProviderTable, SourcePage } from "./types";

const POSTMASTER = page(
  "https://postmaster.orange.fr/",
  "Orange Postmaster",
  "replies quoted in repo sisimai/p5-sisimai lib/Sisimai/Rhost/FrancePTT.pm (which cites https://www.postmastery.com/orange-postmaster-smtp-error-codes-ofr/)",
);
const LOGGED =
  "Orange's reply as senders logged it (quoted by Sisimai); the postmaster page was not found stored.";

const THREAD = "stored thread (issues corpus)";
const S240 = page(
  "https://github.com/sisimai/p5-sisimai/issues/240",
  "SMTP Error codes in orange.fr (sisimai/p5-sisimai #240)",
  THREAD,
);
const S241 = page(
  "https://github.com/sisimai/p5-sisimai/issues/241",
  "SMTP error codes in laposte.net (sisimai/p5-sisimai #241)",
  THREAD,
);
const S353 = page(
  "https://github.com/sisimai/p5-sisimai/pull/353",
  "France ptt: 505 && 999 error codes (sisimai/p5-sisimai #353)",
  THREAD,
);
const FM60 = page(
  "https://github.com/ActiveCampaign/smtp-field-manual/pull/60",
  "Update Orange 550 (ActiveCampaign/smtp-field-manual #60)",
  THREAD,
);
const MV71 = page(
  "https://github.com/MieuxVoter/app.mieuxvoter.fr-front/issues/71",
  "Issue with email delivering (MieuxVoter/app.mieuxvoter.fr-front #71)",
  THREAD,
);
const JB270 = page(
  "https://github.com/JamBrain/JamBrain/issues/270",
  "E-mail: E-mails to Laposte.net not being received (JamBrain/JamBrain #270)",
  THREAD,
);
const QUOTED_IN_THREAD =
  "Orange's / La Poste's reply as a sender pasted it in a public issue thread (the reason number is in the code's last three digits).";

/** Reason numbers whose reply was read verbatim in a public thread. */
const SEEN: Readonly<Record<string, { source: SourcePage; example: string }>> = {
  "102": {
    source: FM60,
    example:
      "refused to talk to me: 550 mwinf5c14 ME Adresse IP source bloquee pour incident de spam. Client host blocked for spamming issues. OFR006_102 Ref http://csi.cloudmark.com/reset-request/?ip=xxx.xxx.xxx.xxx [102]",
  },
  "104": {
    source: S240,
    example:
      "421 mwinf5c27 ME\nTrop de connexions, veuillez verifier votre configuration. Too many\nconnections, slow down. OFR004_104 [104]",
  },
  "109": {
    source: S241,
    example:
      "5.5.0 Service refusé; Veuillez essayer plus tard.service refused.please try later LPN003_109",
  },
  "401": {
    source: S241,
    example: "550 5.5.0 SPF: 80.12.242.126 is not allowed to send mail. LPN004_401",
  },
  "405": { source: MV71, example: "5.1.0 Emetteur invalide. Invalid Sender. OFR004_405 [405]" },
  "415": { source: S240, example: "550 5.1.0 Emetteur invalide. Invalid Sender. OFR_415 [415]" },
  "416": {
    source: S240,
    example:
      "550 5.1.1 Adresse d au moins un destinataire invalide. Invalid recipient. OFR_416 [416]",
  },
  "417": {
    source: S240,
    example: "552 5.1.1 Boite du destinataire pleine. Recipient overquota. OFR_417 [417]",
  },
  "420": {
    source: S241,
    example: "550 550 5.1.1 Boite du destinataire archivee. Archived recipient. LPN004_420 [420]",
  },
  "505": {
    source: S353,
    example:
      "host smtp-in.orange.fr[80.12.242.9] said: 421 4.2.0\n    Service refuse. Veuillez essayer plus tard. Service refused, please try\n    later. OFR005_505 [505] (in reply to end of DATA command)",
  },
  "506": { source: S240, example: "550 5.2.0 Mail rejete. Mail rejected. ofr_506 [506]" },
  "510": {
    source: JB270,
    example:
      "Diagnostic-Code: smtp; 550 5.5.0 Service refuse. Veuillez essayer plus tard.\n    service refused, please try later. LPN007_510",
  },
  "514": {
    source: S240,
    example:
      "Le serveur a répondu : 5.2.0 Taille limite du message atteinte. Maximum size of the message reached. OFR_514 [514].",
  },
};

const SMTP_CODES = page(
  "https://smtp.codes/laposte",
  "La Poste (smtp.codes)",
  "repo fm/smtp-codes data/codes/*.json (the site's source)",
);
const SMTP_CODES_NOTE =
  "The reply as smtp.codes lists it for La Poste (a public, curated collection of providers' replies, after ActiveCampaign's SMTP Field Manual).";

/** Words that, beside a reason number, say the number means something else there. */
const UNLESS: Readonly<Record<string, readonly string[]>> = {
  // La Poste's LPN007_402 is "DKIM is not configured" (laposte-dkim-not-configured below).
  "402": ["dkim is not configured", "dkim n'est pas configure"],
};

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
    ...CODES.map(([n, cause, reply]) => {
      const seen = SEEN[n];
      return phrase({
        id: `code-${n}`,
        cause,
        match: [new RegExp(`\\b(?:ofr|lpn)[a-z0-9]{0,3}_${n}\\b`)],
        ...(UNLESS[n] ? { unless: UNLESS[n] } : {}),
        ...(seen
          ? { source: seen.source, example: seen.example, note: QUOTED_IN_THREAD }
          : { source: POSTMASTER, example: reply, verbatim: false, note: LOGGED }),
      });
    }),
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
    phrase({
      id: "laposte-dkim-not-configured",
      cause: "authentication-failure",
      match: [
        "dkim is not configured on your sending domain",
        "dkim n'est pas configure sur votre domaine",
      ],
      scope: "any",
      source: SMTP_CODES,
      example:
        "550 5.7.20 Message refuse, DKIM n'est pas configure sur votre domaine d'expedition. Message refused, DKIM is not configured on your sending domain. LPN007_402",
      note: `${SMTP_CODES_NOTE} The message carries no (valid) DKIM signature for the sending domain. La Poste's reason number 402 here is DKIM, where Sisimai logs it as 'Authentication Required' (code-402).`,
    }),
  ],
  statusReadings: [],
  missingPages: [
    "postmaster.orange.fr is stored, but only its guidelines came through, not its code list: 13 reason numbers are quoted verbatim from replies senders pasted in public issue threads; the rest are Sisimai's logged quotes (verbatim: false).",
  ],
};
