// Accuracy on the shared Sisimai-derived corpus (../shared/corpus/sisimai-dev from the
// project root). Skips when the folder is absent (it is not part of the repository).
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { evaluate } from "./eval-corpus";

const CORPUS = fileURLToPath(new URL("../../shared/corpus/sisimai-dev", import.meta.url));
const present = existsSync(`${CORPUS}/labels.jsonl`);

describe.skipIf(!present)("corpus accuracy (sisimai-dev)", () => {
  // Issue 8 rebuilt the classifier without the tuned overrides and made bare or thin replies
  // `unknown` with ranked possibilities; the provider documentation tables then replaced the
  // first cut's provider signatures. Reached: strict 0.886 / lenient 0.943 (n 386). The issue's
  // 0.93 strict is not reached by chasing labels: of the 44 misses, these are judged label
  // disagreements, each with what decides (the documentation or the issue's own rules):
  //
  // - Unknown-user replies that Sisimai labels sender-policy ("filtered"): the issue requires
  //   "550 User unknown" to read as recipient-unknown however it is pasted. activehunter-02,
  //   apachejames-01, exchange2003-04, mailfoundry-01, mcafee-01, postfix-07, x1-01, x2-01,
  //   yahoo-06, zoho-03, rfc3464-35 #3, rfc3464-42 (Gmail's own "does not exist" text).
  // - rfc3464-01 ("5.1.1 User Unknown", labelled mailbox-full), qmail-25 ("Mailbox full",
  //   labelled recipient-unknown), powermta-03 ("User Unknown" under 5.2.1): the words and
  //   the status agree on what we answer.
  // - Yahoo's "554 5.7.9 Message not accepted for policy reasons" (postfix-67, postfix-69,
  //   yahooinc-01): Yahoo's error-code page files 5.7.9 under authentication failures
  //   (providers/yahoo.ts). TSS04 (postfix-74): Yahoo's page reads it as complaints/volume, a
  //   reputation, not a bad sender address.
  // - Microsoft: 5.4.1 "Recipient address rejected: Access denied" (mfilter-04) is Directory
  //   Based Edge Blocking of an address that does not exist; RESOLVER.RST.AuthRequired
  //   (exchange2007-04) is a recipient that takes mail only from authenticated senders, not an
  //   SPF/DKIM failure; "Delivery not authorized" (dragonfly-19) is a transport rule (5.7.900).
  // - Apple's "not accepting connections" (sendmail-56) and "recipient no longer on server"
  //   (rhost-apple-01), T-Online's "(BL)" (sendmail-16), Orange's LPN006_107 (franceptt-11):
  //   the providers' own tables give bad-reputation, mailbox-disabled, bad-reputation and
  //   reverse-dns.
  // - exim-46 ("Missing reverse DNS"): the words name the PTR requirement, not a blocklist.
  //   imailserver-06 ("Blacklisted URL ... uribl.com"): URIBL lists domains (domain-blocklisted).
  // - exim-56 ("daily relay quota") is a sending limit (rate-limited), not a blocklist.
  //   sendmail-31 (Gmail 5.7.0 "content presents a potential security issue"): Gmail's page
  //   reads it as content-virus. x6-01 (5.4.6 loop): RFC 3463's X.4.6 text is a routing or
  //   forwarding loop, read as the receiving side's configuration (remote-server-error).
  // - Too little said to name one cause (we answer unknown with ranked possibilities, as the
  //   issue asks): gmail-05 ("Access denied (state 13)"), postfix-41 ("550 Protocol
  //   violation" at DATA), postfix-46 ("Recipient address rejected." alone), postfix-47
  //   ("554 Transaction failed"), surfcontrol-03 ("554 Service currently unavailable"),
  //   v5sendmail-05 ("Connection reset by peer": nothing names a blocklist).
  // - Arguable either way: postfix-01 (procmail "No such user"), yahoo-13 ("giving up" after
  //   retries), rfc3464-43 (4.3.0 "recipient error", labelled unknown).
  // Left as our own misses: exim-47 ("blocked by ldap:... Blocked for abuse": a local list,
  // read through AT&T's unidentified wording as bad-reputation), qmail-04 ("501 Invalid domain
  // name"), v5sendmail-07 #2 ("550 Host unknown" read from the other recipient's words).
  //
  // - Session 4 (issue 8: "a generic entry needs a real, sourced example of its own") took out
  //   every generic wording that rested only on Sisimai's reason modules and had no source of
  //   its own (a server's code, a provider's page, a real bounce on a public page); 466 were
  //   sourced or removed. The misses that cost, each now `unknown` with ranked causes unless
  //   said: amazonses-19 ("temporary locked"), biglobe-01 ("exceeded the local limit"),
  //   domino-01 ("not listed in Domino Directory"), exim-41 ("unverifyable sending IPs"),
  //   exim-57 ("address that has been blacklisted"), gmail-07 ("does not support TLS", read by
  //   its 500), outlook-03 and rhost-outlook-03 ("the domain is not reachable"), rhost-outlook-09
  //   ("mismatches client ip"), postfix-61 and rhost-iua-01 ("Mailbox is frozen"), sendmail-08
  //   ("Access denied. IP name lookup failed": Sendmail writes the words after "Relaying
  //   denied"), sendmail-10 ("may not be mail exchanger"), v5sendmail-06 ("Insecure Mail
  //   Relay"), v5sendmail-07 (its "which is an open relay" line; the 501 reads protocol-syntax),
  //   x4-01 ("mailfolder is full"), yahoo-14 ("INVALID IP FOR SENDING MAIL OF DOMAIN"), zoho-04
  //   and zoho-05 ("Host not reachable"), and rfc3464-35 #1, RFC 3464's own example "is not a
  //   registered gateway user", which is the recipient's failure there. rhost-facebook-03
  //   ("RCP-P2 ... Refused due to recipient preferences") lost its wording and is read again by
  //   Facebook's own code table (providers/facebook.ts).
  //
  // - Delay notices (every recipient "Action: delayed", RFC 3464 2.3.3, or a writer's "will
  //   retry" wording): Sisimai labels them by the reason for the delay, and so do we now: the
  //   reason is the cause and the delay a note beside it (lib/classify/delay-notice.ts). The
  //   twelve of the dev corpus count like every other message. Still missed: exim-41 and
  //   zoho-04 (the server's words, "service permits 2 unverifyable sending IPs" and "Host not
  //   reachable", have no sourced reading), sendmail-29 (a bare "Deferred: 421") and rfc3464-07
  //   (a bare 4.4.0): no reason read, so not-a-bounce ("delayed, no reason given").
  //
  // This floor guards what is reached, so that a change that loses accuracy fails here.
  it(
    "keeps strict and lenient accuracy at or above what is reached (the floors below)",
    { timeout: 120_000 },
    async () => {
      const r = await evaluate(CORPUS);
      expect(r.n).toBeGreaterThan(300);
      // Session 4 took out the generic wordings no source was found for (issue 8), and moved a
      // few to the cause their source gives: 0.886/0.947 -> 0.830/0.894 (313 and 337 of 377).
      // Session 5: Gmail's "DNS Error: ... lookup of <domain> responded with code NXDOMAIN" and
      // "... type 'a' lookup ... had no relevant answers" read recipient-domain-invalid (the
      // domain does not exist, or names no mail host: RFC 1035 RCODE 3, RFC 5321 5.1), which the
      // labels accept but do not put first: gsuite-04, -05, -13, rfc3464-54, -64. Three more
      // delay warnings are told by their own words (then scored apart). The generic
      // "message filtered" went (its one source, Symantec's reply, is a spam verdict by Broadcom's
      // own article; Amazon SES's is its recipients' rules): receivingses-07 "550 5.2.0 Message
      // Filtered" is unknown with ranked causes. Now 0.821 / 0.896 (307 and 335 of 374).
      // Session 6 (the source-reply misreads): words a server writes for a rule without a reason
      // of its own are unknown with ranked causes: Postfix's access(5) "Recipient address
      // rejected: Access denied" (smtpd_check.c, check_table_result; exim-30) and "message
      // content rejected", a content check that does not say spam from a virus (Postfix's
      // cleanup_strerror.c, amavisd's milter; receivingses-06, sendmail-38). Now 0.813 / 0.888
      // (304 and 332 of 374).
      // Session 7: delay notices read by their reason and counted with the rest (they were
      // left out, 12 of 386): 0.790 / 0.863 over all 386 before, 0.811 / 0.883 after (313 and
      // 341 of 386).
      // Issue 8, honest3: three labels the sources disagree with, 0.816 / 0.889 -> 0.808 / 0.881
      // (312 and 340 of 386): sendmail-20 "554 5.4.6 Too many hops" is RFC 3463's routing loop
      // (remote-server-error, the label remote-unreachable); postfix-51 "Local Policy Violation"
      // and postfix-68 "Email not accepted for policy reasons" name no rule (Sisimai's own
      // PolicyViolation covers a virus, a forged sender, a header): unknown, sender-policy first.
      // Session 17: Google Groups' notice hedges ("the group ... may not exist, or you may not
      // have permission to post messages to the group"): unknown, sender-policy then
      // recipient-unknown, where the labels say sender-address-invalid (Sisimai's "rejected");
      // 0.808 / 0.881 -> 0.788 / 0.860 (304 and 332 of 386), all 8 lhost-googlegroups messages.
      // Session 26: sendmail's own Status for a bare reply code is no evidence
      // (lib/bounce/sendmail-status.ts): sendmail-17's "551 not our user" had read
      // recipient-unknown from the 5.1.6 sendmail derived from 551; it is unknown with
      // recipient-unknown its one possibility. 0.788 / 0.860 -> 0.785 / 0.858 (303 and 331 of 386).
      expect(r.strict).toBeGreaterThanOrEqual(0.784);
      expect(r.lenient).toBeGreaterThanOrEqual(0.857);
    },
  );
});
