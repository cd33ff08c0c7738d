// Haraka's own reply texts (the Node.js MTA, npm package Haraka, and its plugins, each an
// npm package haraka-plugin-<name>). Each was read at the commit its source cites (the same
// words as in the npm version the lab ran, lib/knowledge/lab/manifest.json) and recorded
// there as a real reply (lib/knowledge/lab/fixtures/haraka). Wordings the catalog already
// reads right are not repeated here (karma's score, greylist's text: scoring/concepts/ and
// the generic greylisting entry read them; source-replies/haraka*.ts holds them).
import type { Signature } from "./types";

/** The plugin's index.js at the commit read (the same text as the npm version the lab ran). */
const gh = (pkg: string, commit: string, line: number) =>
  `https://github.com/haraka/${pkg}/blob/${commit}/index.js#L${line}`;

export const HARAKA_SIGNATURES: Signature[] = [
  {
    // haraka-plugin-early_talker 1.0.2, index.js: a client that sends before the banner (or
    // before the reply to its last command) is refused with DENYDISCONNECT "You talk too
    // soon" (554 at connect). It is the pipelining/pregreet test of Postfix's postscreen.
    id: "haraka.early-talker",
    provider: "haraka",
    match: ["you talk too soon"],
    cause: "protocol-syntax",
    confidence: 0.9,
    source: gh("haraka-plugin-early_talker", "b0b85094af18856c5bcab2d2278c99262bf7eda2", 46),
    example: "554 You talk too soon",
    note: "The sending server spoke before Haraka's greeting (or before its reply): real mail servers wait; spam tools often do not.",
  },
  {
    // haraka-plugin-mail_from.is_resolvable (1.3.0 in the lab), index.js: the MX lookup of the MAIL FROM
    // domain failed (SERVFAIL, timeout) and the plugin defers with DENYSOFT "Temp. resolver
    // error (<code>)"; the same words when the MX hosts' own lookups fail (line 140).
    id: "haraka.sender-resolver-error",
    provider: "haraka",
    match: ["temp. resolver error"],
    cause: "sender-address-invalid",
    confidence: 0.8,
    source: gh(
      "haraka-plugin-mail_from.is_resolvable",
      "24279c33447586e48606e39d9b225ad77661acf5",
      50,
    ),
    example: "450 Temp. resolver error (ESERVFAIL)",
    note: "Haraka could not look up the sender address's domain in DNS (its name servers failed): the sender domain's DNS needs fixing, or it is a passing fault and the message is retried.",
  },
  {
    // Haraka's queue/smtp_forward plugin (the core package): a MAIL FROM in a domain it
    // forwards for (smtp_forward.ini) from a client that is not relaying (not logged in) is
    // refused as spoofed. The sender must log in to send as that domain: relay-denied, as the
    // lab's auth-required cases and Citadel's "You must log in to send mail from" read.
    id: "haraka.spoofed-mail-from",
    provider: "haraka",
    match: ["spoofed mail from"],
    cause: "relay-denied",
    confidence: 0.8,
    source:
      "https://github.com/haraka/Haraka/blob/0bf10cbb486253752042e10af4c65ec78ec7fe91/plugins/queue/smtp_forward.js#L101",
    example: "550 Spoofed MAIL FROM",
    note: "The sender address is in a domain this server handles, and the sending client did not log in: mail from that domain must be sent through the server with a login.",
  },
];
