// Postfix in front of a content or policy filter in the lab (Rspamd, spamass-milter, amavisd-new,
// postgrey): Postfix speaks SMTP to the lab's client and hands each message to the filter
// through the hook the filter's own documentation gives (a milter, a policy service, a
// content_filter or a before-queue proxy); what the filter decides comes back inside Postfix's
// reply, or in the bounce the filter writes. Mail that passes is stored in the lab's maildirs
// by Postfix's virtual(8), so that a filter's own reports reach a lab mailbox too.
import { join } from "node:path";
import { MTA_LAB_FIXTURES as L } from "../../lib/dns/testing/zones/mta-lab";
import type { CauseId } from "../../lib/causes/causes";
import { LAB_DIR, MAIL_DIR, at, submission, writeFile } from "./lab-common";
import type { BounceCase, LabLog } from "./lab-types";
import {
  LAB_MAIN_CF_HEAD,
  clearPostfixQueues,
  POSTFIX_DAEMONS,
  smtpdService,
} from "./postfix-master";

const ETC = "/etc/postfix";
export const FILTER_FRONT_PORT = { mx: 25, submit: 587 };

export interface FilterFront {
  /** Lab mailboxes (local parts at the lab domain) that virtual(8) delivers to. */
  mailboxes: readonly string[];
  /** main.cf lines that hook the filter in (or restrict the port 25 listener). */
  main?: readonly string[];
  /** -o overrides of the port 25 listener only (the filter sees this port's mail). */
  mx?: readonly string[];
  /** Further master.cf services (a reinjection listener, a filter transport). */
  master?: readonly string[];
  /**
   * Also play the remote side: a second listener on 127.0.0.2:25 (the MX of the lab's remote
   * domain) with the port 25 listener's filter, so that mail the lab submits to that domain is
   * refused by the filter in Postfix's SMTP client, and Postfix bounces it to the sender with
   * the filter's words inside: the form most people meet a filter's refusal in.
   */
  remote?: boolean;
}

/** The lab mailbox that receives the bounces of the relayed cases. */
export const RELAYED_MAILBOX = "bounce-relayed";

/**
 * A message submitted (port 587, unfiltered) to the remote domain, whose MX is this Postfix's
 * filtered 127.0.0.2 listener: the filter refuses it there and Postfix bounces it.
 */
export function relayedCase(
  id: string,
  cause: CauseId,
  rule: string,
  data: (from: string, to: string) => string,
): BounceCase {
  const to = `user@${L.remoteDomain}`;
  return {
    kind: "bounce",
    id,
    rule: `${rule}; relayed: the lab's Postfix delivers to ${L.remoteMx} (127.0.0.2:25, filtered alike) and bounces the refusal (MAIL FROM ... RET=HDRS)`,
    // RET=HDRS (RFC 3461): the bounce returns the headers only, so that no fixture carries the
    // test pattern itself (a virus scanner reading the repository would report EICAR's).
    dialogue: submission(RELAYED_MAILBOX, to, {
      port: FILTER_FRONT_PORT.submit,
      mailParams: "RET=HDRS",
      data: data(at(RELAYED_MAILBOX), to),
    }),
    mailbox: RELAYED_MAILBOX,
    reports: [{ id, cause, match: /Action: failed/i }],
  };
}

function mainCf(front: FilterFront): string {
  return `${LAB_MAIN_CF_HEAD}
virtual_mailbox_base = ${MAIL_DIR}
virtual_mailbox_maps = texthash:${ETC}/lab-mailboxes
virtual_uid_maps = static:65534
virtual_gid_maps = static:65534
smtpd_relay_restrictions = permit_mynetworks, reject_unauth_destination
delay_warning_time = 0
maximal_queue_lifetime = 100s
bounce_queue_lifetime = 100s
queue_run_delay = 10s
minimal_backoff_time = 10s
maximal_backoff_time = 20s
${front.remote ? `relay_domains = ${L.remoteDomain}\nsmtp_connect_timeout = 5s\n` : ""}${(front.main ?? []).join("\n")}
`;
}

function masterCf(front: FilterFront): string {
  return [
    smtpdService(`127.0.0.1:${FILTER_FRONT_PORT.mx}`, front.mx ?? []),
    // Submission from loopback: no filter, so that a filter's reports and the lab's own
    // submissions are not filtered again.
    smtpdService(`127.0.0.1:${FILTER_FRONT_PORT.submit}`, [
      "smtpd_milters=",
      "content_filter=",
      "smtpd_proxy_filter=",
      "smtpd_recipient_restrictions=",
    ]),
    // The remote side names itself apart, or Postfix would see its own name and call it a loop.
    ...(front.remote
      ? [
          smtpdService(`127.0.0.2:${FILTER_FRONT_PORT.mx}`, [
            `myhostname=${L.remoteMx}`,
            ...(front.mx ?? []),
          ]),
        ]
      : []),
    ...POSTFIX_DAEMONS,
    ...(front.master ?? []),
    "",
  ].join("\n");
}

/** Writes Postfix's configuration and empties its queue. */
export function configureFilterFront(front: FilterFront): void {
  writeFile(`${ETC}/main.cf`, mainCf(front));
  writeFile(`${ETC}/master.cf`, masterCf(front));
  writeFile(`${ETC}/lab-mailboxes`, front.mailboxes.map((m) => `${at(m)} ${m}/`).join("\n") + "\n");
  clearPostfixQueues();
}

/** The filter's own files (configuration, sockets, databases) live here; removed after. */
export const filterDir = (name: string) => join(LAB_DIR, name);

/**
 * Postfix's own log (maillog_file, LAB_MAIN_CF_HEAD), as the postfix driver reads it: smtpd's
 * and cleanup's reject lines (a milter's refusal is cleanup's "milter-reject"), and the
 * delivery lines with their status, for the relayed cases.
 */
export const FILTER_FRONT_LOG: LabLog = {
  file: join(LAB_DIR, "postfix.log"),
  reject: /: (NOQUEUE|[0-9A-Z]+): (reject|milter-reject): /,
  failure: /\bstatus=(bounced|deferred|undeliverable)\b/,
  queueId: /queued as ([0-9A-Za-z]+)/,
};
