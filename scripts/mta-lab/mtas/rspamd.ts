// Rspamd (Debian package rspamd, 3.4) as a milter behind Postfix in the lab, the way Rspamd's
// own "MTA integration" page sets it up: Postfix passes every message on port 25 to Rspamd's
// proxy worker in milter mode (Debian's worker-proxy.inc: milter = yes, upstream the normal
// worker), which answers Postfix at the end of DATA. Redis (redis-server) holds the greylist
// module's records. Rspamd runs with Debian's configuration and a lab directory of local.d and
// override.d files that keep it off the network it cannot reach (no fuzzy hashes, no rule or
// ASN downloads) and point its DNS at the lab's fixture server. Its antivirus module asks ClamAV
// (clamd.ts, the lab's EICAR test signature) with the settings Debian's modules.d/antivirus.conf
// shows commented out (action reject, its example message).
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { MTA_LAB_FIXTURES as L } from "../../../lib/dns/testing/zones/mta-lab";
import {
  at,
  dialogue,
  freshMaildirs,
  eicarMessage,
  gtubeMessage,
  message,
  readMaildir,
  sh,
  stopByPidFile,
  waitForPort,
  writeFile,
} from "../lab-common";
import { CLAMD_RULE, CLAMD_SOCKET, startClamd, stopClamd } from "../clamd";
import { flushPostfix, startPostfix, stopPostfix } from "../postfix-master";
import type { LabCase, MtaDriver } from "../lab-types";
import {
  FILTER_FRONT_LOG,
  RELAYED_MAILBOX,
  configureFilterFront,
  relayedCase,
  filterDir,
} from "../filter-front";

const DIR = filterDir("rspamd");
const CONF = join(DIR, "conf");
const RUN = join(DIR, "run");
const MILTER_PORT = 11332;
/** Rspamd's normal worker (the port Exim's spam condition asks, variant=rspamd). */
export const RSPAMD_NORMAL_PORT = 11333;
const REDIS_PORT = 6379;
/** "limited": the recipient whose rate the lab's ratelimit bucket counts (no other case's). */
const LIMITED = "limited";
const mailboxes = ["user", LIMITED, RELAYED_MAILBOX];
/** The multimap module's IP list (a file map): the client without a PTR is on it. */
const IP_BLACKLIST_MAP = join(DIR, "ip-blacklist.map");
/** Debian's public suffix list, which Rspamd reads to find links. */
const SYSTEM_TLDS = "/usr/share/rspamd/effective_tld_names.dat";
const TLDS = join(DIR, "effective_tld_names.dat");

/** The lab's local.d / override.d files (relative to LOCAL_CONFDIR), each saying why. */
const localConfig: Record<string, string> = {
  "local.d/redis.conf": `# The greylist module keeps its records in the lab's Redis.\nservers = "127.0.0.1:${REDIS_PORT}";\n`,
  "local.d/options.inc": [
    "# DNS (RBLs, SPF, DKIM keys) goes to the lab's fixture server on loopback.",
    "dns {",
    '  nameserver = ["127.0.0.1:53"];',
    "  timeout = 1s;",
    "  retransmits = 1;",
    "}",
    "# Rspamd finds links only under a known top-level domain: the lab's list adds the reserved",
    "# .test (RFC 2606), under which the lab's listed link domain lives.",
    `url_tld = "${TLDS}";`,
    "",
  ].join("\n"),
  // Each list is probed now and then and switched off when the probe's answer is unexpected;
  // the fixture server answers only the lab's names, so the probes would switch the lists off.
  "local.d/rbl.conf": "disable_monitoring = true;\n",
  // modules.d/antivirus.conf's commented example, with the lab's clamd socket.
  "local.d/antivirus.conf": [
    "clamav {",
    '  action = "reject";',
    "  message = '${SCANNER}: virus found: \"${VIRUS}\"';",
    "  scan_mime_parts = true;",
    '  symbol = "CLAM_VIRUS";',
    '  type = "clamav";',
    `  servers = "${CLAMD_SOCKET}";`,
    "}",
    "",
  ].join("\n"),
  // The dmarc module's own policy handling (its actions section, which Rspamd's DMARC page
  // shows): a p=reject domain's failure is rejected, p=quarantine's tagged.
  "local.d/dmarc.conf": 'actions {\n  quarantine = "add header";\n  reject = "reject";\n}\n',
  // The ratelimit module's built-in "to" limit (per recipient), narrowed by a selector to the lab
  // mailbox "limited" so that no other case's recipient is counted: one message an hour.
  "local.d/ratelimit.conf": [
    "rates {",
    "  to {",
    `    selector = "rcpts:addr.lower.in('${at(LIMITED)}')";`,
    '    bucket = { burst = 1; rate = "1 / 1h"; }',
    "  }",
    "}",
    "",
  ].join("\n"),
  // The multimap page's prefilter example (an IP map, action set before any filter runs), as
  // a reject list instead of its accept list; no message of its own, so the module's default
  // words ("Matched map: <symbol>") go to the MTA.
  "local.d/multimap.conf": [
    "IP_BLACKLIST {",
    '  type = "ip";',
    `  map = "${IP_BLACKLIST_MAP}";`,
    "  prefilter = true;",
    '  action = "reject";',
    "}",
    "",
  ].join("\n"),
  // force_actions (its page's rule shape), without messages of their own, so that the milter
  // answers with its defaults: SPF's hard fail rejected (worker-proxy.inc's reject_message), and
  // a soft reject (the milter's tempfail words) when the sender domain's SPF lookup fails.
  "local.d/force_actions.conf": [
    "rules {",
    "  SPF_FAIL_REJECT {",
    '    action = "reject";',
    '    expression = "R_SPF_FAIL";',
    "  }",
    "  SPF_DNSFAIL_TEMPFAIL {",
    '    action = "soft reject";',
    '    expression = "R_SPF_DNSFAIL";',
    "  }",
    "}",
    "",
  ].join("\n"),
  "override.d/fuzzy_check.conf":
    "# Queries rspamd.com: no internet in the lab.\nenabled = false;\n",
  "override.d/rspamd_update.conf": "# Downloads rules: no internet in the lab.\nenabled = false;\n",
  "override.d/asn.conf": "# Queries asn.rspamd.com: no internet in the lab.\nenabled = false;\n",
  "override.d/worker-controller.inc": "# The web controller is not used.\nenabled = false;\n",
  "local.d/worker-normal.inc": `bind_socket = "127.0.0.1:${RSPAMD_NORMAL_PORT}";\ncount = 1;\n`,
  "local.d/worker-proxy.inc": `bind_socket = "127.0.0.1:${MILTER_PORT}";\nupstream "local" {\n  default = yes;\n  hosts = "127.0.0.1:${RSPAMD_NORMAL_PORT}";\n}\n`,
  "override.d/logging.inc": `type = "file";\nfilename = "${join(DIR, "rspamd.log")}";\nlevel = "info";\n`,
};

const rules = {
  milter: `smtpd_milters = inet:127.0.0.1:${MILTER_PORT}, milter_protocol = 6, milter_default_action = tempfail (Rspamd's proxy worker, milter = yes)`,
  gtube: "Rspamd's built-in GTUBE check (action reject), Debian's worker-proxy.inc reject_message",
  virus: `local.d/antivirus.conf: clamav { action = "reject"; message = '\${SCANNER}: virus found: "\${VIRUS}"' } (the example in modules.d/antivirus.conf); ${CLAMD_RULE}`,
  score: `Debian's actions (reject at 15) and worker-proxy.inc reject_message; a message from ${L.listedClient} (Spamhaus ZEN SBL, SpamCop) linking to ${L.dblListedDomain} (Spamhaus DBL, URIBL black, SURBL in the lab DNS)`,
  dmarc: `local.d/dmarc.conf: actions { quarantine = "add header"; reject = "reject"; } (the dmarc module's policy handling); ${L.dmarcFailDomain} publishes p=reject and its SPF soft-fails the client`,
  ratelimit: `local.d/ratelimit.conf: rates { to { selector = "rcpts:addr.lower.in('${at(LIMITED)}')"; bucket = { burst = 1; rate = "1 / 1h"; } } } (redis 127.0.0.1:${REDIS_PORT}); the second message in a row`,
  multimap: `local.d/multimap.conf: IP_BLACKLIST { type = "ip"; map = "<file>"; prefilter = true; action = "reject"; } (no message); the file lists ${L.noPtrClient}`,
  spfFail: `local.d/force_actions.conf: rules { SPF_FAIL_REJECT { action = "reject"; expression = "R_SPF_FAIL"; } } (no message); ${L.spfFailDomain} publishes SPF -all`,
  spfDnsfail: `local.d/force_actions.conf: rules { SPF_DNSFAIL_TEMPFAIL { action = "soft reject"; expression = "R_SPF_DNSFAIL"; } } (no message); the sender domain's lookups SERVFAIL`,
  greylist: `greylist module (its defaults; Redis 127.0.0.1:${REDIS_PORT}): a message scoring at least the greylist action (4) is deferred the first time; the client ${L.listedClient} is on Spamhaus ZEN (SBL, RBL_SPAMHAUS_SBL 4.0) and SpamCop in the lab DNS`,
};

const cases: LabCase[] = [
  {
    kind: "reply",
    id: "gtube-reject",
    cause: "content-spam",
    rule: `${rules.milter}; ${rules.gtube}`,
    dialogue: dialogue({ data: gtubeMessage(`someone@${L.goodSenderDomain}`, at("user")) }),
  },
  {
    kind: "reply",
    id: "virus-reject",
    cause: "content-virus",
    rule: `${rules.milter}; ${rules.virus}`,
    dialogue: dialogue({ data: eicarMessage(`someone@${L.goodSenderDomain}`, at("user")) }),
  },
  {
    kind: "reply",
    id: "spam-score-reject",
    cause: "content-spam",
    rule: `${rules.milter}; ${rules.score}`,
    dialogue: dialogue({
      from: L.listedClient,
      helo: "listed-client.mta-lab.test",
      data: message({
        from: `someone@${L.goodSenderDomain}`,
        to: at("user"),
        subject: "Cheap offer, today only",
        body: `Buy now at http://${L.dblListedDomain}/offer and http://www.${L.dblListedDomain}/now\n`,
      }),
    }),
  },
  {
    kind: "reply",
    id: "dmarc-reject",
    // The dmarc module sets its reject as a "least" action with the words "Action set by DMARC"
    // (dmarc.lua), but the milter answers it with worker-proxy.inc's reject_message, as for a
    // score reject (the lab's log shows the forced reject and the reply says spam).
    cause: "content-spam",
    ruleCause: "authentication-failure",
    rule: `${rules.milter}; ${rules.dmarc}`,
    dialogue: dialogue({ mailFrom: `someone@${L.dmarcFailDomain}` }),
  },
  {
    kind: "reply",
    id: "ratelimit-soft-reject",
    cause: "rate-limited",
    rule: `${rules.milter}; ${rules.ratelimit}`,
    dialogue: dialogue({ rcpts: [{ address: at(LIMITED) }] }),
    repeat: 3,
  },
  {
    kind: "reply",
    id: "multimap-ip-reject",
    // The receiver's own list of IP addresses (ip-blocklisted in PRODUCT.md's words), but the
    // words are the module's for any prefilter map ("Matched map: " and the symbol, a name the
    // admin chose): a local list matched, not which kind, so they rank the receiver's own
    // policy and its IP list first and decide nothing.
    cause: "unknown",
    ruleCause: "ip-blocklisted",
    possible: ["sender-policy", "ip-blocklisted"],
    rule: `${rules.milter}; ${rules.multimap}`,
    dialogue: dialogue({ from: L.noPtrClient, helo: "client.mta-lab.test" }),
  },
  {
    kind: "reply",
    id: "force-action-spf-fail",
    // The words are the proxy's reject_message for any reject: they say spam, not SPF.
    cause: "content-spam",
    ruleCause: "authentication-failure",
    rule: `${rules.milter}; ${rules.spfFail}`,
    dialogue: dialogue({ mailFrom: `someone@${L.spfFailDomain}` }),
  },
  {
    kind: "reply",
    id: "force-action-soft-reject",
    // The milter's words for any soft reject without a message (the same as greylisting's).
    cause: "unknown",
    ruleCause: "sender-address-invalid",
    possible: ["rate-limited", "sender-policy"],
    rule: `${rules.milter}; ${rules.spfDnsfail}`,
    dialogue: dialogue({ mailFrom: `someone@${L.servfailSenderDomain}` }),
  },
  {
    kind: "reply",
    id: "greylist",
    // Last of the sessions: the greylist module also remembers the message body's hash, and
    // would defer the other cases' (the same lab body) as "too early".
    // Greylisting is a deferral the sending server retries: "rate-limited" in PRODUCT.md's
    // vocabulary, as for postgrey. Rspamd's milter answers any soft reject without words of
    // its own with the same "Try again later", but with Debian's configuration only the
    // greylist module defers (lib/knowledge/providers/content-filters.ts).
    // The words are the milter's for any soft reject, so they rank greylisting first and
    // decide nothing (a weak entry, content-filters.ts rspamd-greylist).
    cause: "unknown",
    ruleCause: "rate-limited",
    possible: ["rate-limited", "sender-policy"],
    rule: `${rules.milter}; ${rules.greylist}`,
    dialogue: dialogue({ from: L.listedClient, helo: "listed-client.mta-lab.test" }),
  },
  relayedCase("relayed-gtube", "content-spam", `${rules.milter}; ${rules.gtube}`, gtubeMessage),
];

export const rspamd: MtaDriver = {
  id: "rspamd",
  package: "rspamd",
  helperPackages: ["postfix", "redis-server", "clamav-daemon"],
  mailboxes,
  cases,
  reportWaitSeconds: 60,
  log: FILTER_FRONT_LOG,
  configure() {
    configureRspamd();
    configureFilterFront({
      mailboxes,
      remote: true,
      main: [
        `smtpd_milters = inet:127.0.0.1:${MILTER_PORT}`,
        "milter_protocol = 6",
        "milter_default_action = tempfail",
        "milter_mail_macros = i {mail_addr} {client_addr} {client_name} {auth_authen}",
      ],
    });
    freshMaildirs(mailboxes);
  },
  async start() {
    await startRspamd();
    await startPostfix();
  },
  flush: flushPostfix,
  async stop() {
    await stopPostfix();
    await stopRspamd();
  },
  readMailbox: readMaildir,
};

/** Writes the lab's Rspamd files (Debian's configuration stays; local.d and override.d are the lab's). */
export function configureRspamd(): void {
  rmSync(DIR, { recursive: true, force: true });
  for (const [file, text] of Object.entries(localConfig)) writeFile(join(CONF, file), text);
  writeFile(join(RUN, ".keep"), "");
  writeFile(
    TLDS,
    `${readFileSync(SYSTEM_TLDS, "utf8")}\n// RFC 2606 reserved name (the lab)\ntest\n`,
  );
  writeFile(join(DIR, "redis", ".keep"), "");
  writeFile(IP_BLACKLIST_MAP, `${L.noPtrClient}\n`);
}

/** Starts clamd, Redis and Rspamd (its proxy worker in milter mode and its normal worker). */
export async function startRspamd(): Promise<void> {
  await startClamd();
  sh("redis-server", [
    "--bind",
    "127.0.0.1",
    "--port",
    String(REDIS_PORT),
    "--save",
    "",
    "--appendonly",
    "no",
    "--daemonize",
    "yes",
    "--dir",
    join(DIR, "redis"),
    "--pidfile",
    join(DIR, "redis.pid"),
    "--logfile",
    join(DIR, "redis.log"),
  ]);
  // Detached from our pipes (the daemon keeps inherited stdout open, which spawnSync awaits).
  sh("bash", [
    "-c",
    [
      "rspamd -u root -g root -c /etc/rspamd/rspamd.conf",
      `--var=LOCAL_CONFDIR=${CONF} --var=DBDIR=${DIR} --var=RUNDIR=${RUN} --var=LOGDIR=${DIR}`,
      "</dev/null >/dev/null 2>&1",
    ].join(" "),
  ]);
  // The first start compiles Rspamd's regular expressions (a minute on two cores).
  if (!(await waitForPort(MILTER_PORT, 180)))
    throw new Error("rspamd's milter did not start in 180 s");
  if (!(await waitForPort(RSPAMD_NORMAL_PORT, 180)))
    throw new Error("rspamd's scanner did not start in 180 s");
}

export async function stopRspamd(): Promise<void> {
  await stopByPidFile(join(RUN, "rspamd.pid"), 2000);
  await stopByPidFile(join(DIR, "redis.pid"), 500);
  await stopClamd();
}
