// Haraka's own reply texts (the Node.js MTA, npm package Haraka, and its plugins, each an npm
// package haraka-plugin-<name>). Each was read in the version the lab ran (Haraka 3.3.4,
// lib/knowledge/lab/manifest.json) at the line given, and recorded there as a real reply
// (lib/knowledge/lab/fixtures/haraka). Wordings the catalog already reads right are not
// repeated here (karma's score, greylist's text: scoring/concepts.ts and the generic greylisting
// entry read them, source-replies/haraka*.ts holds them).
import type { Signature } from "./types";

const gh = (pkg: string, path: string, version: string, line: number) =>
  `https://github.com/haraka/${pkg}/blob/v${version}/${path}#L${line}`;

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
    source: gh("haraka-plugin-early_talker", "index.js", "1.0.2", 46),
    example: "554 You talk too soon",
    note: "The sending server spoke before Haraka's greeting (or before its reply): real mail servers wait; spam tools often do not.",
  },
  {
    // haraka-plugin-mail_from.is_resolvable 1.3.0, index.js: the MX lookup of the MAIL FROM
    // domain failed (SERVFAIL, timeout) and the plugin defers with DENYSOFT "Temp. resolver
    // error (<code>)"; the same words when the MX hosts' own lookups fail (line 140).
    id: "haraka.sender-resolver-error",
    provider: "haraka",
    match: ["temp. resolver error"],
    cause: "sender-address-invalid",
    confidence: 0.8,
    source: gh("haraka-plugin-mail_from.is_resolvable", "index.js", "1.3.0", 73),
    example: "450 Temp. resolver error (ESERVFAIL)",
    note: "Haraka could not look up the sender address's domain in DNS (its name servers failed): the sender domain's DNS needs fixing, or it is a passing fault and the message is retried.",
  },
];
