// What every lab Postfix shares: master.cf pieces (an smtpd listener with its -o overrides, and
// the daemons any Postfix runs, as Debian's master.cf lists them) and starting, stopping and
// flushing it, so that the Postfix MTA driver, the Postfix in front of an LMTP store and the one
// in front of a content filter write and run them from one place.
import { MTA_LAB_FIXTURES as L } from "../../lib/dns/testing/zones/mta-lab";
import { LAB_DIR, sh, sleep } from "./lab-common";

/** The first lines of every lab Postfix's main.cf: names, loopback networks, log, lab domain. */
export const LAB_MAIN_CF_HEAD = `# Bounce Doctor MTA lab (scripts/mta-lab): written by the lab, removed with the package.
compatibility_level = 3.6
myhostname = ${L.mxHost}
mydomain = ${L.domain}
myorigin = $mydomain
mydestination =
inet_protocols = ipv4
mynetworks = 127.0.0.0/8
maillog_file = ${LAB_DIR}/postfix.log
smtpd_banner = $myhostname ESMTP $mail_name (lab)
virtual_mailbox_domains = ${L.domain}`;

/** An smtpd(8) service on `listen` with master.cf -o overrides. */
export function smtpdService(listen: string, opts: readonly string[] = []): string {
  return `${listen} inet n - n - - smtpd${opts.map((o) => `\n  -o ${o}`).join("")}`;
}

/** The standard daemons' master.cf lines (Postfix 3.7, Debian 12). */
export const POSTFIX_DAEMONS: readonly string[] = [
  "pickup unix n - n 60 1 pickup",
  "cleanup unix n - n - 0 cleanup",
  "qmgr unix n - n 300 1 qmgr",
  "rewrite unix - - n - - trivial-rewrite",
  "bounce unix - - n - 0 bounce",
  "defer unix - - n - 0 bounce",
  "trace unix - - n - 0 bounce",
  "verify unix - - n - 1 verify",
  "flush unix n - n 1000? 0 flush",
  "proxymap unix - - n - - proxymap",
  "proxywrite unix - - n - 1 proxymap",
  "smtp unix - - n - - smtp",
  "relay unix - - n - - smtp",
  "showq unix n - n - - showq",
  "error unix - - n - - error",
  "retry unix - - n - - error",
  "discard unix - - n - - discard",
  "local unix - n n - - local",
  "virtual unix - n n - - virtual",
  "lmtp unix - - n - - lmtp",
  "anvil unix - - n - 1 anvil",
  "scache unix - - n - 1 scache",
  "postlog unix-dgram n - n - 1 postlogd",
];

/** Empties the queue directories a previous case may have left mail in. */
export function clearPostfixQueues(): void {
  sh(
    "bash",
    [
      "-c",
      "rm -rf /var/spool/postfix/{active,bounce,corrupt,defer,deferred,flush,hold,incoming,maildrop,trace}/*",
    ],
    { allowFail: true },
  );
}

export async function startPostfix(): Promise<void> {
  sh("postfix", ["check"]);
  sh("postfix", ["start"]);
  await sleep(2000);
}

export async function stopPostfix(): Promise<void> {
  sh("postfix", ["stop"], { allowFail: true });
  await sleep(1500);
  sh("postfix", ["abort"], { allowFail: true });
}

/** Asks the queue manager to try every deferred message now. */
export function flushPostfix(): void {
  sh("postqueue", ["-f"], { allowFail: true });
}
