// Postfix in front of a mailbox server's LMTP (Dovecot, Cyrus) in the lab: it takes the mail
// for the lab domain, hands it over LMTP, and writes the bounce around the server's replies;
// one port verifies recipients through LMTP at RCPT (reject_unverified_recipient), so that
// the mailbox server's refusal also comes back inside Postfix's own SMTP reply.
import { LAB_DIR, writeFile } from "./lab-common";
import {
  LAB_MAIN_CF_HEAD,
  clearPostfixQueues,
  POSTFIX_DAEMONS,
  smtpdService,
} from "./postfix-master";

const ETC = "/etc/postfix";
export const FRONT_PORT = { mx: 25, verify: 2533, submit: 587 };

export const VERIFY_RULE = `-o smtpd_recipient_restrictions=reject_unverified_recipient (port ${FRONT_PORT.verify}: Postfix probes the address through LMTP at RCPT)`;

/**
 * main.cf: every address of the lab domain goes to `transport` (an LMTP destination) unless
 * `transportMap` sends it elsewhere; Postfix accepts them all and the mailbox server decides.
 */
function mainCf(transport: string, transportMap: boolean): string {
  return `${LAB_MAIN_CF_HEAD}
virtual_transport = ${transport}
virtual_mailbox_maps = static:lab
${transportMap ? `transport_maps = texthash:${ETC}/lab-transport\n` : ""}smtpd_relay_restrictions = permit_mynetworks, reject_unauth_destination
address_verify_map = btree:${LAB_DIR}/verify_cache
delay_warning_time = 20s
bounce_queue_lifetime = 100s
maximal_queue_lifetime = 100s
queue_run_delay = 10s
minimal_backoff_time = 10s
maximal_backoff_time = 20s
`;
}

function masterCf(): string {
  return [
    smtpdService(`127.0.0.1:${FRONT_PORT.mx}`),
    smtpdService(`127.0.0.1:${FRONT_PORT.verify}`, [
      "smtpd_recipient_restrictions=reject_unverified_recipient",
      "unverified_recipient_reject_code=550",
    ]),
    smtpdService(`127.0.0.1:${FRONT_PORT.submit}`),
    ...POSTFIX_DAEMONS,
    "",
  ].join("\n");
}

/** Writes Postfix's configuration; `routes` (address -> transport) become transport_maps. */
export function configurePostfixFront(
  transport: string,
  routes: Record<string, string> = {},
): void {
  const entries = Object.entries(routes);
  writeFile(`${ETC}/main.cf`, mainCf(transport, entries.length > 0));
  writeFile(`${ETC}/master.cf`, masterCf());
  if (entries.length > 0)
    writeFile(`${ETC}/lab-transport`, entries.map(([a, t]) => `${a} ${t}`).join("\n") + "\n");
  clearPostfixQueues();
}
