// chasquid (Debian package chasquid, 1.11) in the lab: an SMTP server of its own (Go), configured
// in /etc/chasquid as its chasquid.conf(5) and README say: a local domain whose users
// chasquid-util adds, a certificate under certs/<name>/, and Debian's own post-data hook
// (hooks/post-data), which has each message scored by spamc (SpamAssassin) and scanned by
// clamdscan (ClamAV) when they are installed.
// Its words come from internal/smtpsrv/conn.go (the SMTP replies) and internal/queue/dsn.go
// (the bounce it writes). A second chasquid, with its own configuration directory, plays the
// remote domain on 127.0.0.2:25, so that a refusal there comes back in chasquid's bounce.
// What it cannot show here: an unknown recipient domain or an unreachable host is a transient
// failure to chasquid (courier/smtp.go: the MX lookup falls back to A, a failed dial is
// transient), retried for 20 hours (queue.go giveUpAfter) before any bounce; and it checks
// no SIZE at MAIL FROM.
import type { ChildProcess } from "node:child_process";
import { join } from "node:path";
import { MTA_LAB_FIXTURES as L } from "../../../lib/dns/testing/zones/mta-lab";
import { CLAMD_RULE, startClamd, stopClamd } from "../clamd";
import { startSpamd, stopSpamd } from "../spamd";
import {
  at,
  dialogue,
  eicarMessage,
  freshMaildirs,
  gtubeMessage,
  message,
  readMaildir,
  sleep,
  waitForPort,
} from "../lab-common";
import { replyCase } from "../lab-cases";
import {
  CHASQUID_DIR,
  CHASQUID_PASSWORD,
  CHASQUID_PORT,
  configureChasquid,
  startChasquid,
  writeChasquidMda,
} from "../chasquid-setup";
import type { BounceCase, LabCase, MtaDriver } from "../lab-types";
import type { Dialogue } from "../smtp-client";

const ETC = "/etc/chasquid";
const REMOTE_ETC = join(CHASQUID_DIR, "remote-etc");
const PORT = CHASQUID_PORT;
/** The one account that may submit (chasquid relays for authenticated users only). */
const SUBMITTER = { user: at("bounce-r-unknown"), pass: CHASQUID_PASSWORD };
const mailboxes = ["user", "bounce-r-unknown", "bounce-r-size"];
let daemons: ChildProcess[] = [];

const rules = {
  local: `${ETC}/domains/${L.domain}/users (chasquid-util user-add for each lab mailbox)`,
  size: "max_data_size_mb: 2",
  hook: `Debian's ${ETC}/hooks/post-data (clamdscan --no-summary --infected -, "exit 20  # permanent" when infected); ${CLAMD_RULE}`,
  spam: `Debian's ${ETC}/hooks/post-data (spamc -c -, "exit 20  # permanent" when spamd says spam); spamd with Debian's rules; GTUBE in the body (SpamAssassin's GTUBE rule, score 1000)`,
  remote: `the lab's second chasquid for ${L.remoteDomain} on 127.0.0.2:25 (${REMOTE_ETC}, max_data_size_mb: 1, user@${L.remoteDomain} only); the message submitted on port ${PORT.submit} after STARTTLS and AUTH PLAIN`,
};

/** A session on the submission port, after STARTTLS and AUTH (chasquid relays for those only). */
function submitted(rcpt: string, over: Partial<Dialogue> = {}): Dialogue {
  return dialogue({
    from: "127.0.0.1",
    port: PORT.submit,
    starttls: true,
    auth: SUBMITTER,
    mailFrom: SUBMITTER.user,
    rcpts: [{ address: rcpt }],
    data: message({ from: SUBMITTER.user, to: rcpt }),
    ...over,
  });
}

function relayed(id: string, cause: BounceCase["reports"][0]["cause"], rule: string, d: Dialogue) {
  const mailbox = d.mailFrom.split("@")[0] ?? "";
  return {
    kind: "bounce",
    id,
    rule,
    dialogue: d,
    mailbox,
    reports: [{ id, cause, match: /Action: failed/i }],
  } satisfies BounceCase;
}

/** A message with more Received headers than chasquid's loop check allows (50). */
function loopingMessage(): string {
  const hops = Array.from(
    { length: 51 },
    (_, i) =>
      `Received: from hop${i}.${L.goodSenderDomain} by hop${i + 1}.${L.goodSenderDomain}; ${new Date().toUTCString()}`,
  );
  return message({
    from: `someone@${L.goodSenderDomain}`,
    to: at("user"),
    extraHeaders: [...hops, "Content-Type: text/plain; charset=us-ascii"],
  });
}

const cases: LabCase[] = [
  replyCase.unknownUser(`${rules.local} (no entry for nosuch)`),
  replyCase.relayDenied(
    `${rules.local}: a domain that is not local, from a client not authenticated`,
  ),
  replyCase.sizeAtData(rules.size, {
    data: message({ from: `someone@${L.goodSenderDomain}`, to: at("user"), padTo: 2_200_000 }),
  }),
  replyCase.spfFail("chasquid's built-in SPF check of MAIL FROM (conn.go: an SPF fail is refused)"),
  replyCase.senderNonFqdn("chasquid's built-in MAIL FROM check (an address must contain a domain)"),
  replyCase.tooManyRecipients(
    "chasquid's built-in recipient limit (conn.go: more than 100 recipients)",
    { rcpts: Array.from({ length: 102 }, () => ({ address: at("user") })), data: null },
  ),
  {
    kind: "reply",
    id: "helo-empty",
    cause: "protocol-syntax",
    rule: "chasquid's built-in HELO/EHLO check (an empty argument)",
    dialogue: dialogue({ helo: "" }),
  },
  {
    kind: "reply",
    id: "submission-unauthenticated",
    // As the other drivers' auth-required: the server takes mail there from its users only.
    cause: "relay-denied",
    rule: `submission_address: "127.0.0.1:${PORT.submit}" (MAIL FROM before AUTH)`,
    dialogue: dialogue({ port: PORT.submit }),
  },
  {
    kind: "reply",
    id: "auth-without-tls",
    cause: "tls-required",
    rule: `submission_address: "127.0.0.1:${PORT.submit}" (AUTH PLAIN before STARTTLS: chasquid takes credentials over TLS only)`,
    dialogue: dialogue({ port: PORT.submit, auth: { user: SUBMITTER.user, pass: "wrong" } }),
  },
  {
    kind: "reply",
    id: "auth-failed",
    cause: "relay-denied",
    rule: `submission_address: "127.0.0.1:${PORT.submit}" (STARTTLS, then AUTH PLAIN with a wrong password)`,
    dialogue: dialogue({
      port: PORT.submit,
      starttls: true,
      auth: { user: SUBMITTER.user, pass: "wrong" },
    }),
  },
  {
    kind: "reply",
    id: "loop-detected",
    // Postfix's forwarding loop is read so in the lab: the mail went round, the receiving side's
    // setup is what must change.
    cause: "remote-server-error",
    rule: "chasquid's built-in loop check (conn.go checkData: more than 50 Received headers)",
    dialogue: dialogue({ data: loopingMessage() }),
  },
  {
    kind: "reply",
    id: "virus",
    cause: "content-virus",
    rule: rules.hook,
    dialogue: dialogue({ data: eicarMessage(`someone@${L.goodSenderDomain}`, at("user")) }),
  },
  {
    kind: "reply",
    id: "spam",
    cause: "content-spam",
    rule: rules.spam,
    dialogue: dialogue({ data: gtubeMessage(`someone@${L.goodSenderDomain}`, at("user")) }),
  },
  relayed(
    "relayed-unknown-user",
    "recipient-unknown",
    rules.remote,
    submitted(`nosuch@${L.remoteDomain}`),
  ),
  relayed(
    "relayed-size",
    "message-too-large",
    `${rules.remote} (a 1.2 MB message)`,
    submitted(`user@${L.remoteDomain}`, {
      auth: { user: at("bounce-r-size"), pass: SUBMITTER.pass },
      mailFrom: at("bounce-r-size"),
      data: message({
        from: at("bounce-r-size"),
        to: `user@${L.remoteDomain}`,
        padTo: 1_200_000,
      }),
    }),
  ),
];

export const chasquid: MtaDriver = {
  id: "chasquid",
  package: "chasquid",
  helperPackages: ["clamdscan", "spamd"],
  mailboxes,
  cases,
  reportWaitSeconds: 60,
  configure() {
    writeChasquidMda();
    configureChasquid({
      etc: ETC,
      hostname: L.mxHost,
      host: "127.0.0.1",
      name: "local",
      domain: L.domain,
      users: mailboxes,
      maxMb: 2,
    });
    configureChasquid({
      etc: REMOTE_ETC,
      hostname: L.remoteMx,
      host: "127.0.0.2",
      name: "remote",
      domain: L.remoteDomain,
      users: ["user"],
      maxMb: 1,
    });
    freshMaildirs(mailboxes);
  },
  async start() {
    await startClamd();
    await startSpamd(join(CHASQUID_DIR, "spamd"));
    daemons = [startChasquid(REMOTE_ETC, "remote"), startChasquid(ETC, "local")];
    for (const [host, port] of [
      ["127.0.0.1", PORT.mx],
      ["127.0.0.1", PORT.submit],
    ] as const)
      if (!(await waitForPort(port, 30)))
        throw new Error(`chasquid did not listen on ${host}:${port} in 30 s`);
    await sleep(2000);
  },
  flush() {
    /* chasquid retries on its own schedule; its permanent failures bounce at once */
  },
  async stop() {
    for (const d of daemons) d.kill("SIGTERM");
    daemons = [];
    await sleep(1000);
    await stopClamd();
    await stopSpamd(join(CHASQUID_DIR, "spamd"));
  },
  readMailbox: readMaildir,
};
