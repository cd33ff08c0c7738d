// master.cf pieces every lab Postfix shares: an smtpd listener with its -o overrides, and the
// daemons any Postfix runs (as Debian's master.cf lists them), so that the Postfix MTA driver
// and the Postfix in front of an LMTP store write them from one list.

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
