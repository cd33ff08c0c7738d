// remote-server-error readings whose evidence says the receiving side is set up wrongly, not
// that it had a passing fault: the cause's own words ("The receiving server had an internal
// failure") and first step ("Try again later") fit a fault that clears, while these refuse every
// resend the same way until someone on the receiving side changes a setting (review 29, finding
// 7). Each entry names the evidence rule ids it is for, the words the checklist and the report
// use for it, the step that replaces "try again" and the source that says it is a setting.
// lib/causes/connection-variants.ts words the cause from them; each is a case where waiting
// cannot help (waiting-cannot-help.ts), whose step lib/checklists/evidence-steps.ts adds.

export interface ReceiverFault {
  /** Short id, the checklist step's too ("receiver-fault.<id>"). */
  id: string;
  /** Evidence rule ids that read this fault (signatures, provider phrases, concepts, statuses). */
  ruleIds: readonly string[];
  title: string;
  summary: string;
  actorLabel: string;
  step: { title: string; detail: string };
  /** Where it is said that the fault is a setting on the receiving side. */
  source: string;
}

export const RECEIVER_FAULTS: readonly ReceiverFault[] = [
  {
    // Spamhaus's return-code table: 127.255.255.254 "Any Query via public/open resolver",
    // 127.255.255.255 "Excessive number of queries". The receiver's mail server asks through a
    // resolver Spamhaus will not answer, and takes the error code for a listing.
    id: "blocklist-lookup-refused",
    ruleIds: [
      "spamhaus.error-open-resolver",
      "spamhaus.error-excessive-queries",
      "concept.blocklist-query-refused",
    ],
    title: "The receiving server's blocklist lookups are refused",
    summary:
      "The receiving server checks senders against a blocklist through a DNS resolver the blocklist does not answer (a public resolver, or one over its query limit), and takes the error it gets back for a listing. Your server is not what is listed: every sender is refused this way until the recipient's administrator changes how their server asks, so resending does not help.",
    actorLabel: "The recipient's mail administrator",
    step: {
      title: "Send the bounce to the recipient's mail administrator now",
      detail:
        "Their server refuses mail because its own blocklist lookups fail (the bounce says why: an open resolver, or too many queries); it is not a listing of your server, and it will not clear by waiting. Reach the recipient by another channel (phone, another address) and ask them to pass the bounce to their mail administrator, who has to query the list through their own resolver or a registered (DQS) key.",
    },
    source:
      "https://www.spamhaus.org/news/article/788/ (Spamhaus DNSBL return codes: 127.255.255.254 query via public/open resolver, 127.255.255.255 excessive number of queries)",
  },
  {
    // Postfix (smtp_addr.c, "mail for %s loops back to myself": the recipient domain's best MX
    // is the sending server itself) and Exim (rf_self_action.c, "lowest numbered MX record
    // points to local host") refuse to send a message to themselves; RFC 5321 §6.3 has servers
    // count Received fields to stop a loop. Either way the route is wrong and stays wrong.
    id: "mail-loop",
    ruleIds: [
      "concept.loop-detected",
      "concept.mx-points-to-self",
      "postfix.loops-back",
      "postfix.alias-database-loop",
      "exim.self-reference",
      "qmail.looping",
      "godaddy.message-is-looping",
      "generic.remote-server-error.aliasing-forwarding-loop-broken",
      "generic.remote-server-error.mail-loop",
      "generic.remote-server-error.routing-loop",
      "microsoft.5.4.14-routing-loop",
      "microsoft.ex2019.5.3.5-loop-config",
      "mimecast.554-mail-loop",
      "hornetsecurity.loop",
      "improvmx.id-5.9.0-loop",
      "rfc3463.X.4.6",
    ],
    title: "Mail to this address goes round in a loop",
    summary:
      "The message came back to a mail server it had already passed: the recipient domain's mail server (MX) is the very server that tried to deliver it, which does not take the domain's mail as its own, or forwarding sends the message round in a circle. It is a setting, not a passing fault: every resend loops the same way until the domain's DNS or the servers' forwarding is corrected.",
    actorLabel:
      "The recipient's mail administrator, or whoever runs the server that reported the loop",
    step: {
      title: "Tell the recipient's mail administrator that mail to them loops",
      detail:
        "Resending will loop the same way. Send them the bounce through another channel: the server named in it either is their domain's MX without being set up to accept the domain's mail (its list of its own domains), or forwards the mail back to where it came from. If the server that reported the loop is your own, the same check is yours: does your server think it is the recipient domain's mail host?",
    },
    source:
      "https://github.com/vdukhovni/postfix/blob/b51592167377ee5c720c126e54b7a905a4868fbd/postfix/src/smtp/smtp_addr.c#L697 (Postfix: mail for %s loops back to myself); https://www.rfc-editor.org/rfc/rfc5321#section-6.3 (loop detection)",
  },
  {
    // HCL's "Resolving directory lookups containing ambiguous or group names": "If directory
    // lookups are successful and multiple matches are returned for the user name", the server's
    // configuration decides whether the ambiguous name is rejected.
    id: "ambiguous-recipient",
    ruleIds: ["domino.several-matches"],
    title: "The address matches more than one entry in the recipient's directory",
    summary:
      "The recipient's server looked the address up in its directory and found several people or groups it could mean, so it delivered to none of them. The address may well be right; the receiving organisation's directory has to be made unambiguous, and resending changes nothing until it is.",
    actorLabel: "The recipient's mail administrator",
    step: {
      title: "Tell the recipient their address is ambiguous on their own server",
      detail:
        "Their directory has more than one entry for the name in this address, so their server will not choose one. Reach them by another channel and send them the bounce: their administrator has to make the name unique (or give them a distinct address). Resending changes nothing until then.",
    },
    source:
      "https://help.hcl-software.com/domino/10.0.1/conf_resolvingdirectorylookupscontainingambiguousorgroup_t.html",
  },
];

const BY_RULE = new Map<string, ReceiverFault>(
  RECEIVER_FAULTS.flatMap((f) => f.ruleIds.map((id) => [id, f] as const)),
);

/** The first of `ruleIds` that reads a lasting fault on the receiving side, or null. */
export function receiverFault(ruleIds: readonly string[]): ReceiverFault | null {
  for (const id of ruleIds) {
    const f = BY_RULE.get(id);
    if (f) return f;
  }
  return null;
}
