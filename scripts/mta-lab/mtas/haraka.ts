// Haraka (the Node.js MTA, npm package Haraka, pinned in run.sh) in the lab: run.sh installs
// it with npm into HARAKA_HOME before the lab's namespace starts (the namespace has no
// network); each profile below is one Haraka process with its own config directory, port and
// plugin list, so that one client fault meets one plugin. Redis (redis-server, Debian) holds
// the state of the plugins that need it (limit's rates, greylist, karma's history).
// Every wording recorded here comes from the plugin named in the case's rule.
import { spawn, type ChildProcess } from "node:child_process";
import { closeSync, cpSync, existsSync, mkdirSync, openSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { MTA_LAB_FIXTURES as L } from "../../../lib/dns/testing/zones/mta-lab";
import { LAB_DIR, at, dialogue, message, sh, sleep, waitForPort, writeFile } from "../lab-common";
import { replyCase } from "../lab-cases";
import type { LabCase, MtaDriver, ReplyCase } from "../lab-types";

/** Where run.sh installs the npm package (npm install --prefix). */
export const HARAKA_HOME = join(LAB_DIR, "haraka-npm");
const MODULES = join(HARAKA_HOME, "node_modules");
const PROFILES_DIR = join(LAB_DIR, "haraka");
const REDIS_PORT = 6379;

/** One Haraka process: its port, plugins (config/plugins order) and config files. */
interface Profile {
  port: number;
  plugins: string[];
  files?: Record<string, string>;
  /** Extra listen addresses (port 587: Haraka asks for AUTH there, connection.js cmd_mail). */
  alsoListen?: number[];
  /** connection.ini [max] bytes (Haraka's message size limit). */
  maxBytes?: number;
}

/**
 * The lab's clients live in the documentation ranges (192.0.2.0/24, 203.0.113.0/24), which
 * haraka-net-utils counts as private (lib/ip.js, RFC 5735), and on the namespace's own lo,
 * which it counts as local (on_local_interface); dns-list, greylist, spf, fcrdns, limit and
 * early_talker skip such clients. This one-hook plugin, first in every profile, has Haraka
 * treat them as the remote public clients they stand for; it changes no reply text.
 */
const PUBLIC_CLIENT_SHIM = "lab_public_client";
const PUBLIC_CLIENT_SHIM_JS = `// Bounce Doctor MTA lab: the lab's documentation-range clients stand for public ones.
exports.hook_connect_init = function (next, connection) {
  if (!/^127\\./.test(connection.remote.ip)) {
    connection.remote.is_local = false
    connection.remote.is_private = false
  }
  next()
}
`;

const redisIni = (db: number) => `[server]\nhost=127.0.0.1\nport=${REDIS_PORT}\ndb=${db}\n`;

const PROFILES: Record<string, Profile> = {
  mx: {
    port: 25,
    alsoListen: [587],
    maxBytes: 50000,
    plugins: [
      "helo.checks",
      "mail_from.is_resolvable",
      "access",
      "rcpt_to.in_host_list",
      "headers",
      "attachment",
      "queue/discard",
    ],
    files: {
      "helo.checks.ini": [
        "[check]",
        "match_re=true",
        "bare_ip=true",
        "dynamic=true",
        "big_company=true",
        "valid_hostname=true",
        "forward_dns=true",
        "rdns_match=false",
        "host_mismatch=false",
        "proto_mismatch=false",
        "literal_mismatch=0",
        "[reject]",
        "valid_hostname=true",
        "forward_dns=true",
        "bare_ip=true",
        "dynamic=true",
        "big_company=true",
        "[skip]",
        "private_ip=false",
        "",
      ].join("\n"),
      "helo.checks.regexps": "^bad-helo-pattern\\.\n",
      "mail_from.is_resolvable.ini": "[main]\nallow_mx_ip=true\n[reject]\nno_mx=deny\n",
      "access.ini": "[check]\nconn=true\nmail=true\nrcpt=true\n",
      "mail_from.access.blacklist": `blocked@${L.goodSenderDomain}\n`,
      "rcpt_to.access.blacklist": `${at("closed")}\n`,
      "connect.rdns_access.blacklist": `${L.goodClient3}\n`,
      "headers.ini": [
        "required=From,Date",
        "date_future_days=2",
        "date_past_days=15",
        "singular=Date,From,Sender,Reply-To,To,Cc,Bcc,Message-Id,In-Reply-To,References,Subject",
        "[check]",
        "duplicate_singular=true",
        "missing_required=true",
        "invalid_date=true",
        "[reject]",
        "duplicate_singular=true",
        "missing_required=true",
        "invalid_date=true",
        "",
      ].join("\n"),
      "attachment.filename.regex": "",
      "attachment.ini": "[main]\n",
    },
  },
  /** Custom deny texts in the access plugin (access.ini [deny_msg]), as an admin writes them. */
  access: {
    port: 2540,
    plugins: ["access", "rcpt_to.in_host_list", "queue/discard"],
    files: {
      "access.ini": [
        "[check]",
        "conn=true",
        "mail=true",
        "rcpt=true",
        "[deny_msg]",
        "conn=Connections from your network are not accepted here",
        "mail=is on our sender block list",
        "rcpt=no longer accepts mail",
        "",
      ].join("\n"),
      "mail_from.access.blacklist": `blocked@${L.goodSenderDomain}\n`,
      "rcpt_to.access.blacklist": `${at("closed")}\n`,
      "connect.rdns_access.blacklist": `${L.goodClient3}\n`,
    },
  },
  dnsbl: {
    port: 2541,
    plugins: ["dns-list", "rcpt_to.in_host_list", "queue/discard"],
    files: {
      "dns-list.ini": [
        "[main]",
        "periodic_checks=0",
        "zones[]=zen.spamhaus.org",
        "zones[]=bl.spamcop.net",
        "search=first",
        "[zen.spamhaus.org]",
        "127.0.0.2=SBL",
        "[bl.spamcop.net]",
        "",
      ].join("\n"),
    },
  },
  spf: {
    port: 2542,
    plugins: ["spf", "rcpt_to.in_host_list", "queue/discard"],
    files: { "spf.ini": "[deny]\nmfrom_fail=true\nhelo_fail=true\n" },
  },
  fcrdns: {
    port: 2543,
    plugins: ["fcrdns", "rcpt_to.in_host_list", "queue/discard"],
    files: { "fcrdns.ini": "[reject]\nno_rdns=true\n" },
  },
  uribl: {
    port: 2544,
    plugins: ["uribl", "rcpt_to.in_host_list", "queue/discard"],
    files: {
      "uribl.ini": [
        "[main]",
        "[dbl.spamhaus.org]",
        "validate=^(?!127\\.0\\.1\\.255|127\\.255\\.255\\.)127\\.",
        "envfrom=1",
        "body=1",
        "no_ip_lookups=1",
        "custom_msg={uri} listed in {zone}; see http://www.spamhaus.org/query/dbl?domain={uri}",
        "",
      ].join("\n"),
    },
  },
  limit: {
    port: 2545,
    plugins: ["limit", "rcpt_to.in_host_list", "queue/discard"],
    files: {
      "limit.ini": [
        "[main]",
        "tarpit_delay=0",
        "[redis]",
        "db=4",
        "[concurrency]",
        "enabled=true",
        "max=2",
        "[recipients]",
        "enabled=true",
        "max=3",
        "[rate_rcpt_host]",
        "enabled=true",
        "default=6/5m",
        "",
      ].join("\n"),
      "redis.ini": redisIni(4),
    },
  },
  rateConn: {
    port: 2546,
    plugins: ["limit", "rcpt_to.in_host_list", "queue/discard"],
    files: {
      "limit.ini": [
        "[main]",
        "tarpit_delay=0",
        "[redis]",
        "db=5",
        "[rate_conn]",
        "enabled=true",
        "default=3/5m",
        "",
      ].join("\n"),
      "redis.ini": redisIni(5),
    },
  },
  greylist: {
    port: 2547,
    plugins: ["greylist", "rcpt_to.in_host_list", "queue/discard"],
    files: {
      "greylist.ini": [
        "text = Greylisted. Please come back later.",
        "[redis]",
        "host = 127.0.0.1",
        "db = 11",
        "[main]",
        "[skip]",
        "dnswlorg = false",
        "mailspikewl = false",
        "[period]",
        "black = 850",
        "grey = 90000",
        "white = 3024000",
        "",
      ].join("\n"),
      "redis.ini": redisIni(11),
    },
  },
  /**
   * karma scores each connection from what the other plugins found; dns-list's listing is
   * captured by karma (it does not refuse on its own here) and the score falls below the
   * threshold, so karma refuses at RCPT.
   */
  karma: {
    port: 2548,
    plugins: ["karma", "dns-list", "rcpt_to.in_host_list", "queue/discard"],
    files: {
      "karma.ini": [
        "[main]",
        "[tarpit]",
        "delay=0",
        "[thresholds]",
        "negative=-1",
        "[deny]",
        "hooks=rcpt",
        "[redis]",
        "db=6",
        "",
      ].join("\n"),
      "dns-list.ini": [
        "[main]",
        "periodic_checks=0",
        "zones[]=zen.spamhaus.org",
        "search=first",
        "[zen.spamhaus.org]",
        "127.0.0.2=SBL",
        "",
      ].join("\n"),
      "redis.ini": redisIni(6),
    },
  },
  earlyTalker: {
    port: 2549,
    plugins: ["early_talker", "rcpt_to.in_host_list", "queue/discard"],
    files: { "early_talker.ini": "[main]\npause=3\nreject=true\n" },
  },
};

const rule = (profile: string, what: string) =>
  `${what} (Haraka profile "${profile}", port ${PROFILES[profile]?.port})`;
const port = (profile: string) => ({ port: PROFILES[profile]?.port ?? 25 });

function harakaCase(
  id: string,
  cause: ReplyCase["cause"],
  ruleText: string,
  d: Parameters<typeof dialogue>[0],
  extra: Partial<ReplyCase> = {},
): ReplyCase {
  return { kind: "reply", id, cause, rule: ruleText, dialogue: dialogue(d), ...extra };
}

const SENDER = `someone@${L.goodSenderDomain}`;
const olderDate = "Mon, 01 Jan 2024 10:00:00 +0000";

const cases: LabCase[] = [
  replyCase.relayDenied(
    rule(
      "mx",
      "rcpt_to.in_host_list, config/host_list: mta-lab.test (no plugin accepts another domain)",
    ),
  ),
  replyCase.senderNxdomain(rule("mx", "mail_from.is_resolvable, [reject] no_mx=deny")),
  replyCase.senderServfail(rule("mx", "mail_from.is_resolvable (a failed MX lookup defers)")),
  replyCase.sizeAtMailFrom(
    rule("mx", "connection.ini [max] bytes=50000 (MAIL FROM ... SIZE=200000)"),
  ),
  replyCase.sizeAtData(
    rule("mx", "connection.ini [max] bytes=50000 (a 60 kB message without SIZE)"),
  ),
  replyCase.heloInvalid(rule("mx", "helo.checks [check]/[reject] valid_hostname=true")),
  replyCase.heloRequired(rule("mx", "Haraka's command order (connection.js cmd_mail)")),
  harakaCase(
    "helo-no-forward-match",
    "reverse-dns",
    rule("mx", "helo.checks [check]/[reject] forward_dns=true"),
    { helo: "unconfirmed.mta-lab.test" },
  ),
  harakaCase(
    "auth-required",
    "relay-denied",
    rule("mx", "port 587 (Haraka asks for SMTP AUTH on ports 587 and 465: connection.js cmd_mail)"),
    { port: 587 },
  ),
  harakaCase(
    "header-missing-date",
    "protocol-syntax",
    rule("mx", "headers [check]/[reject] missing_required=true, required=From,Date"),
    {
      data: message({ from: SENDER, to: at("user") }).replace(/^Date: .*\n/m, ""),
    },
  ),
  harakaCase(
    "header-duplicate-from",
    "protocol-syntax",
    rule("mx", "headers [check]/[reject] duplicate_singular=true"),
    {
      data: message({
        from: SENDER,
        to: at("user"),
        extraHeaders: [
          `From: <other@${L.goodSenderDomain}>`,
          "Content-Type: text/plain; charset=us-ascii",
        ],
      }),
    },
  ),
  harakaCase(
    "header-date-old",
    "protocol-syntax",
    rule("mx", "headers [check]/[reject] invalid_date=true, date_past_days=15"),
    {
      data: message({ from: SENDER, to: at("user") }).replace(/^Date: .*$/m, `Date: ${olderDate}`),
    },
  ),
  harakaCase(
    "access-connection",
    "unknown",
    rule(
      "mx",
      `access [check] conn=true; connect.rdns_access.blacklist: ${L.goodClient3} (default text)`,
    ),
    { from: L.goodClient3, helo: "client3.mta-lab.test" },
    { ruleCause: "sender-policy" },
  ),
  harakaCase(
    "access-sender",
    "sender-policy",
    rule(
      "mx",
      `access [check] mail=true; mail_from.access.blacklist: blocked@${L.goodSenderDomain} (default text)`,
    ),
    { mailFrom: `blocked@${L.goodSenderDomain}` },
  ),
  harakaCase(
    "access-recipient",
    "unknown",
    rule(
      "mx",
      `access [check] rcpt=true; rcpt_to.access.blacklist: ${at("closed")} (default text)`,
    ),
    { rcpts: [{ address: at("closed") }] },
    { ruleCause: "mailbox-disabled" },
  ),
  harakaCase(
    "access-connection-custom",
    "unknown",
    rule(
      "access",
      `access [deny_msg] conn="Connections from your network are not accepted here"; connect.rdns_access.blacklist: ${L.goodClient3}`,
    ),
    { from: L.goodClient3, helo: "client3.mta-lab.test", ...port("access") },
    { ruleCause: "sender-policy" },
  ),
  harakaCase(
    "access-sender-custom",
    "sender-policy",
    rule(
      "access",
      `access [deny_msg] mail="is on our sender block list"; mail_from.access.blacklist`,
    ),
    { mailFrom: `blocked@${L.goodSenderDomain}`, ...port("access") },
  ),
  harakaCase(
    "access-recipient-custom",
    "mailbox-disabled",
    rule(
      "access",
      `access [deny_msg] rcpt="no longer accepts mail"; rcpt_to.access.blacklist: ${at("closed")}`,
    ),
    { rcpts: [{ address: at("closed") }], ...port("access") },
  ),
  replyCase.dnsblListed(
    rule("dnsbl", "dns-list zones[]=zen.spamhaus.org, bl.spamcop.net; search=first"),
    port("dnsbl"),
  ),
  replyCase.spfFail(rule("spf", "spf [deny] mfrom_fail=true"), port("spf")),
  replyCase.reverseDnsMissing(rule("fcrdns", "fcrdns [reject] no_rdns=true"), port("fcrdns")),
  replyCase.senderRhsbl(rule("uribl", "uribl [dbl.spamhaus.org] envfrom=1"), port("uribl")),
  harakaCase(
    "uribl-body",
    "domain-blocklisted",
    rule(
      "uribl",
      "uribl body=1 (its default zones: dbl.spamhaus.org, multi.uribl.com, multi.surbl.org)",
    ),
    {
      ...port("uribl"),
      data: message({
        from: SENDER,
        to: at("user"),
        body: `Visit http://www.${L.dblListedDomain}/offer today.`,
      }),
    },
  ),
  replyCase.tooManyRecipients(rule("limit", "limit [recipients] max=3"), port("limit")),
  harakaCase(
    "too-many-connections",
    "rate-limited",
    rule("limit", "limit [concurrency] max=2 (Redis)"),
    { ...port("limit"), from: L.goodClient2, helo: "client2.mta-lab.test" },
    { holdOpen: 2 },
  ),
  harakaCase(
    "rate-recipients",
    "rate-limited",
    rule("limit", "limit [rate_rcpt_host] default=6/5m (Redis)"),
    { ...port("limit"), rcpts: [1, 2, 3].map(() => ({ address: at("user") })) },
    { repeat: 4 },
  ),
  harakaCase(
    "rate-connections",
    "rate-limited",
    rule("rateConn", "limit [rate_conn] default=3/5m (Redis)"),
    { ...port("rateConn") },
    { repeat: 5 },
  ),
  harakaCase(
    "greylisted",
    "unknown",
    rule(
      "greylist",
      "greylist (Redis) [period] black=850: a new sender/recipient/client triplet is deferred",
    ),
    port("greylist"),
    // Read as the catalog reads every greylisting reply (source-replies/haraka-plugins.ts):
    // unknown, with the rate limit first.
    { ruleCause: "rate-limited" },
  ),
  harakaCase(
    "karma-score",
    "bad-reputation",
    rule(
      "karma",
      "karma [thresholds] negative=-1, [deny] hooks=rcpt; dns-list (zen.spamhaus.org) listing captured by karma",
    ),
    { ...port("karma"), from: L.listedClient, helo: "listed-client.mta-lab.test" },
    {},
  ),
  harakaCase(
    "pregreet",
    "protocol-syntax",
    rule("earlyTalker", "early_talker [main] pause=3, reject=true"),
    { ...port("earlyTalker"), pregreet: true },
  ),
];

function writeProfile(name: string, p: Profile): string {
  const dir = join(PROFILES_DIR, name);
  // Haraka reads its core settings (connection.ini's [message], smtp.ini, ...) from the config
  // directory only, so each profile starts from a copy of the package's own config (what
  // `haraka -i` does) and overrides files of it.
  cpSync(join(MODULES, "Haraka", "config"), join(dir, "config"), { recursive: true });
  const listen = [p.port, ...(p.alsoListen ?? [])].map((n) => `127.0.0.1:${n}`).join(",");
  const files: Record<string, string> = {
    "smtp.ini": `listen=${listen}\n`,
    me: `${L.mxHost}\n`,
    host_list: `${L.domain}\n`,
    plugins: [PUBLIC_CLIENT_SHIM, ...p.plugins].join("\n") + "\n",
    "log.ini": "[main]\nlevel=info\ntimestamps=true\n",
    ...(p.files ?? {}),
  };
  const bytes = p.maxBytes;
  if (bytes) {
    const file = join(dir, "config", "connection.ini");
    const text = readFileSync(file, "utf8");
    if (!/^bytes=\d+$/m.test(text)) throw new Error("connection.ini has no [max] bytes= line");
    files["connection.ini"] = text.replace(/^bytes=\d+$/m, `bytes=${bytes}`);
  }
  for (const [file, text] of Object.entries(files)) writeFile(join(dir, "config", file), text);
  writeFile(join(dir, "plugins", `${PUBLIC_CLIENT_SHIM}.js`), PUBLIC_CLIENT_SHIM_JS);
  return dir;
}

/**
 * haraka-tld (helo.checks' valid_hostname, uribl's domain lookups) knows the public suffixes
 * only, and every lab name ends in .test (RFC 2606): the lab's copy of its lists (removed
 * with the lab) gets that one suffix, as a site's private TLD would.
 */
function addTestTld(): void {
  for (const list of ["top-level-tlds", "public-suffix-list"]) {
    const file = join(MODULES, "haraka-tld", "etc", list);
    const text = readFileSync(file, "utf8");
    if (!/^test$/m.test(text)) writeFile(file, `${text.replace(/\n?$/, "\n")}test\n`);
  }
}

/** Haraka's and Redis's logs: kept outside the lab's directory when MTA_LAB_LOGS names one. */
const LOG_DIR = process.env.MTA_LAB_LOGS ?? PROFILES_DIR;

const running: ChildProcess[] = [];

function startProcess(cmd: string, args: string[], log: string, env: Record<string, string> = {}) {
  const fd = openSync(log, "a");
  const child = spawn(cmd, args, {
    stdio: ["ignore", fd, fd],
    env: { ...process.env, ...env },
    detached: false,
  });
  closeSync(fd);
  running.push(child);
  return child;
}

function npmVersion(pkg: string): string {
  const file = join(MODULES, pkg, "package.json");
  if (!existsSync(file))
    throw new Error(`${pkg} is not installed in ${HARAKA_HOME} (run.sh installs it)`);
  return (JSON.parse(readFileSync(file, "utf8")) as { version: string }).version;
}

const PLUGIN_PACKAGES = [
  "haraka-plugin-access",
  "haraka-plugin-attachment",
  "haraka-plugin-dns-list",
  "haraka-plugin-early_talker",
  "haraka-plugin-fcrdns",
  "haraka-plugin-greylist",
  "haraka-plugin-headers",
  "haraka-plugin-helo.checks",
  "haraka-plugin-karma",
  "haraka-plugin-limit",
  "haraka-plugin-mail_from.is_resolvable",
  "haraka-plugin-spf",
  "haraka-plugin-uribl",
];

export const haraka: MtaDriver = {
  id: "haraka",
  package: "Haraka",
  helperPackages: ["redis-server", ...PLUGIN_PACKAGES],
  versionOf(pkg) {
    return pkg === "redis-server" ? undefined : npmVersion(pkg);
  },
  mailboxes: [],
  cases,
  reportWaitSeconds: 5,
  configure() {
    sh("rm", ["-rf", PROFILES_DIR]);
    addTestTld();
    for (const [name, p] of Object.entries(PROFILES)) writeProfile(name, p);
    writeFile(join(PROFILES_DIR, "redis", ".keep"), "");
  },
  async start() {
    mkdirSync(LOG_DIR, { recursive: true });
    startProcess(
      "redis-server",
      [
        "--port",
        String(REDIS_PORT),
        "--bind",
        "127.0.0.1",
        "--save",
        "",
        "--dir",
        join(PROFILES_DIR, "redis"),
      ],
      join(LOG_DIR, "redis.log"),
    );
    if (!(await waitForPort(REDIS_PORT, 20))) throw new Error("redis-server did not start");
    const bin = join(MODULES, "Haraka", "bin", "haraka");
    for (const name of Object.keys(PROFILES)) {
      startProcess(
        process.execPath,
        [bin, "-c", join(PROFILES_DIR, name)],
        join(LOG_DIR, `${name}.log`),
        {
          YES_REALLY_DO_DISCARD: "1",
        },
      );
    }
    for (const [name, p] of Object.entries(PROFILES))
      if (!(await waitForPort(p.port, 60)))
        throw new Error(`Haraka profile ${name} did not listen on ${p.port}`);
    await sleep(1000);
  },
  flush() {},
  async stop() {
    for (const c of running.splice(0)) c.kill("SIGTERM");
    await sleep(1500);
  },
  readMailbox: () => [],
};
