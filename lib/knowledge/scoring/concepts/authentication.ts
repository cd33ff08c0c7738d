// Concepts (see ./types.ts): SPF, DKIM, DMARC and other sender authentication the receiver found failing (authentication-failure).
import type { Concept } from "./types";
import { FAILED, HARAKA, HMAILSERVER, STALWART } from "./shared";

export const AUTHENTICATION_CONCEPTS: readonly Concept[] = [
  {
    id: "concept.spf-failed",
    cause: "authentication-failure",
    says: "SPF did not pass for the sender",
    subject: ["spf", "sender policy framework"],
    // A permanent error is the sender domain's own broken record (RFC 7208 section 2.6.7: a
    // syntax error, too many DNS lookups): the sender's admin must fix it, as for a fail.
    // "we only accept mail from SPF enabled domains" (smf-spf's RefuseSPFNone): the sender's
    // domain publishes no SPF record, which the sender's admin must add.
    // MailChannels: "550 5.7.1 [BFD] Sender prohibited by SPF".
    // A temporary error (RFC 7208 section 2.6.6, temperror: the sender domain's name servers
    // did not answer the SPF lookup) is the sender domain's DNS to fix, as the servers that
    // defer for it read it: Cisco AsyncOS's default "Temporary error occurred during SPF
    // verification", Debian exim4-config's "Temporary DNS error while checking SPF record",
    // postfix-policyd-spf-perl's "'SERVFAIL' error on DNS 'TXT' lookup" (the lab's
    // spf-perl-temperror, authentication-failure).
    failure: [
      ...FAILED,
      "permanent error",
      "permerror",
      "blocked",
      "only accept",
      "prohibited",
      "temporary error",
      "temporary dns error",
      "temperror",
      "error on dns",
    ],
    examples: [
      {
        text: "451 #4.4.3 Temporary error occurred during SPF verification.",
        source:
          "https://manualsbrain.com/en/manuals/1700579/?page=292 (Cisco AsyncOS 9.1 for Email CLI Reference Guide, SPF/SIDF verification: the default SMTP response for a temporary error)",
      },
      {
        text: "451 Temporary DNS error while checking SPF record.  Try again later.",
        source:
          "debian:exim4-config=4.96-15+deb12u11:/etc/exim4/conf.d/acl/30_exim4-config_check_rcpt#L288 (Debian exim4-config: defer spf = temperror, CHECK_RCPT_SPF; signatures/source-replies/debian-exim4.ts)",
      },
      {
        text: "550 5.7.1 [BFD] Sender prohibited by SPF",
        source:
          "https://docs.mailchannels.com/email-api/sending-policies (Sending policies (MailChannels Email API))",
      },
      {
        text: "550 5.7.1 Sorry alice@example.net, we only accept mail from SPF enabled domains.",
        source:
          "https://github.com/jcbf/smf-spf/blob/f8a673664032456f4303b3b980e549ea64ed3d84/smf-spf.c#L517 (smf-spf, RefuseSPFNone)",
      },
      {
        text: "550 5.7.27 This message was blocked because it didn't pass SPF authentication",
        source: "https://support.google.com/a/answer/3726730 (Gmail SMTP errors and codes, 5.7.27)",
      },
      {
        text: "550 5.7.1 <almacen@moyamaquinaria.com>: Recipient address rejected: Message rejected due to: SPF fail - not authorized.",
        source:
          "https://pastebin.com/JEF0NJwb (Exim bounce from a postfix-policyd-spf-python server)",
      },
      {
        text: "550 SPF: 111.118.215.71 is not allowed to send mail from webhugh.com",
        source: "https://pastebin.com/etXwiYvq (Exim bounce, the remote server's reply)",
      },
      {
        text: "550 Blocked by SPF.",
        source: `${HMAILSERVER}/Server/Common/AntiSpam/SpamTestSPF.cpp#L65 (hMailServer's SPF test)`,
      },
      {
        text: "550 sender <alice@example.net> SPF Permanent Error",
        source: `${HARAKA}/haraka-plugin-spf/blob/64acdc903d38032cfa0a8d4f08aad36cd65f4c37/index.js#L305 (Haraka's spf plugin, deny.mfrom_permerror)`,
      },
    ],
  },
  {
    id: "concept.dkim-failed",
    cause: "authentication-failure",
    says: "the DKIM signature did not verify",
    subject: ["dkim"],
    failure: [...FAILED, "no valid", "missing", "bad signature"],
    // "554 Transaction failed: Duplicate header 'DKIM-Signature'." (Amazon SES): a malformed
    // header, not a failed signature.
    unless: ["duplicate header"],
    examples: [
      {
        text: "550-5.7.26 This mail is unauthenticated, which poses a security risk to the sender and Gmail users, and has been blocked. The sender must authenticate with at least one of SPF or DKIM. For this message, DKIM checks did not pass and SPF check for [example-domain.com.au] did not pass with ip: [192.0.2.1].",
        source:
          "https://support.webcentral.au/docs/delivering-emails-to-gmail (a Gmail reply quoted in full)",
      },
    ],
  },
  {
    id: "concept.dmarc-failed",
    cause: "authentication-failure",
    says: "the sender's DMARC policy refused the message",
    subject: ["dmarc"],
    failure: [...FAILED, "policy", "reject", "quarantine"],
    examples: [
      {
        text: "550-5.7.26 Unauthenticated email from example.com is not accepted due to domain's DMARC policy.",
        source: "https://support.google.com/a/answer/3726730 (Gmail SMTP errors and codes, 5.7.26)",
      },
    ],
  },
  {
    // An ARC chain (RFC 8617) that does not verify where the receiver enforces it.
    id: "concept.arc-failed",
    cause: "authentication-failure",
    says: "the message's ARC chain did not verify",
    subject: ["arc"],
    failure: [...FAILED],
    examples: [
      {
        text: "550 5.7.29 ARC validation failed.",
        source: `${STALWART}/data.rs#L206 (Stalwart: auth.arc.verify strict)`,
      },
    ],
  },
  {
    // The From domain not aligned with the authenticated SPF or DKIM domain is DMARC's own
    // failure (RFC 7489 section 3.1), whatever the server then does ("rate limited because"):
    // the reason outweighs the verb.
    id: "concept.dmarc-not-aligned",
    cause: "authentication-failure",
    says: "the From domain is not aligned with the domain SPF or DKIM authenticated (DMARC)",
    subject: ["aligned", "alignment"],
    failure: ["no dmarc", "isn't", "isn’t", "is not", "not aligned", "misaligned"],
    examples: [
      {
        text: "421 4.7.32 Your email has been rate limited because the From: header (RFC5322) in this message isn't aligned with either the authenticated SPF or DKIM organizational domain. Learn more about DMARC alignment.",
        source: "https://support.google.com/a/answer/3726730 (Gmail SMTP errors and codes, 4.7.32)",
      },
      {
        text: "4.7.32 This mail has been rate limited because there is no DMARC alignment",
        source:
          "https://github.com/ActiveCampaign/smtp-field-manual/blob/master/data/codes/421.json (SMTP Field Manual: Gmail's 421 4.7.32)",
      },
    ],
  },
  {
    id: "concept.authentication-level",
    cause: "authentication-failure",
    says: "the sender's domain does not meet the authentication the receiver requires (SPF, DKIM, DMARC, Sender ID)",
    subject: ["authentication level", "sender id"],
    failure: ["does not meet", "validation failure", "fail"],
    examples: [
      {
        text: "550; 5.7.515 Access denied, sending domain [SendingDomain] does not meet the required authentication level.",
        source:
          "https://techcommunity.microsoft.com/blog/microsoftdefenderforoffice365blog/strengthening-email-ecosystem-outlook%E2%80%99s-new-requirements-for-high%E2%80%90volume-senders/4399730 (Strengthening Email Ecosystem: Outlook's New Requirements for High-Volume Senders)",
      },
      {
        text: "550 command rejected due to Sender ID validation failure.",
        source:
          "https://sendersupport.olc.protection.outlook.com/pm/troubleshooting.aspx (Outlook.com Postmaster: Troubleshooting)",
      },
    ],
  },
  {
    // A receiver's anti-spoofing rule: mail that claims a domain (often the receiver's own)
    // without passing that domain's SPF, DKIM or DMARC. The sender's admin must authenticate it.
    id: "concept.anti-spoofing",
    cause: "authentication-failure",
    says: "the mail claims a sender domain it does not authenticate for (an anti-spoofing rule)",
    // Barracuda: "550 rejecting spoofed message".
    subject: ["anti-spoofing", "antispoofing", "spoofing", "spoofed message"],
    failure: [
      "auth-failed",
      "noauth",
      "not authenticated",
      "unauthenticated",
      "dmarc",
      "spf",
      "dkim",
      "rejecting",
    ],
    examples: [
      {
        text: "smtp;550 rejecting spoofed message",
        source:
          "https://github.com/ActiveCampaign/smtp-field-manual/blob/master/data/codes/550.json (SMTP Field Manual: Barracuda's 550 replies)",
      },
      {
        text: "554 5.7.1 Rejected (anti-spoofing: auth-failed)",
        source:
          "https://github.com/Mailu/Mailu/blob/bbb1c206f9c8e438bb7f7193bdd8eea2ed09d7fd/core/rspamd/conf/force_actions.conf#L15 (Mailu, ANTISPOOF_AUTH_FAILED: a local domain without valid DMARC)",
      },
      {
        text: "554 5.7.1 Rejected (anti-spoofing: noauth). Please setup DMARC with DKIM or SPF if you want to send emails from your domain from other servers.",
        source:
          "https://github.com/Mailu/Mailu/blob/bbb1c206f9c8e438bb7f7193bdd8eea2ed09d7fd/core/rspamd/conf/force_actions.conf#L5 (Mailu, ANTISPOOF_NOAUTH)",
      },
    ],
  },
];
