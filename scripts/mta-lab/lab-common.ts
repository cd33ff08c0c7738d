// Helpers shared by the lab's MTA drivers: paths, messages, maildirs, processes.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import net from "node:net";
import { join } from "node:path";
import { MTA_LAB_FIXTURES as L } from "../../lib/dns/testing/zones/mta-lab";
import type { Dialogue } from "./smtp-client";

/** Everything the lab writes outside the MTA's own /etc and spool lives here; removed after. */
export const LAB_DIR = "/var/lib/mta-lab";
export const MAIL_DIR = join(LAB_DIR, "mail");
/** nobody:nogroup owns the lab mailboxes, so that no user account has to be created. */
export const NOBODY = { uid: 65534, gid: 65534 };

export const at = (local: string) => `${local}@${L.domain}`;

/** A plain message; `extraHeaders` and `bodyLines` let content cases add their trigger. */
export function message(opts: {
  from: string;
  to: string;
  subject?: string;
  extraHeaders?: string[];
  body?: string;
  padTo?: number;
}): string {
  const lines = [
    `From: <${opts.from}>`,
    `To: <${opts.to}>`,
    `Subject: ${opts.subject ?? "mta-lab test message"}`,
    `Date: ${new Date().toUTCString().replace("GMT", "+0000")}`,
    `Message-ID: <${Date.now().toString(36)}.${Math.random().toString(36).slice(2)}@${L.goodHelo}>`,
    "MIME-Version: 1.0",
    ...(opts.extraHeaders ?? ["Content-Type: text/plain; charset=us-ascii"]),
    "",
    opts.body ?? "A test message from the Bounce Doctor MTA lab.",
  ];
  let text = lines.join("\n") + "\n";
  if (opts.padTo) {
    const row = "The quick brown fox jumps over the lazy dog, again and again. 0123456789\n";
    while (text.length < opts.padTo) text += row;
  }
  return text;
}

/** A multipart message carrying an executable attachment (the attachment-type rules). */
export function attachmentMessage(from: string, to: string): string {
  const boundary = "lab-boundary-1";
  return message({
    from,
    to,
    subject: "invoice",
    extraHeaders: [`Content-Type: multipart/mixed; boundary="${boundary}"`],
    body: [
      `--${boundary}`,
      "Content-Type: text/plain; charset=us-ascii",
      "",
      "Please find the invoice attached.",
      `--${boundary}`,
      'Content-Type: application/octet-stream; name="invoice.exe"',
      'Content-Disposition: attachment; filename="invoice.exe"',
      "Content-Transfer-Encoding: base64",
      "",
      "TVqQAAMAAAAEAAAA//8AALgAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
      `--${boundary}--`,
    ].join("\n"),
  });
}

/** A session from the well-configured client with one fault changed by `over`. */
export function dialogue(over: Partial<Dialogue> = {}): Dialogue {
  const mailFrom = over.mailFrom ?? `someone@${L.goodSenderDomain}`;
  const rcpt = over.rcpts?.[0]?.address ?? at("user");
  return {
    from: L.goodClient,
    helo: L.goodHelo,
    mailFrom,
    rcpts: [{ address: rcpt }],
    data: message({ from: mailFrom, to: rcpt }),
    ...over,
  };
}

/** A submission from loopback (trusted) that the MTA accepts and must then report on. */
export function submission(sender: string, rcpt: string, over: Partial<Dialogue> = {}): Dialogue {
  return dialogue({
    from: "127.0.0.1",
    helo: L.goodHelo,
    mailFrom: at(sender),
    rcpts: [{ address: rcpt }],
    data: message({ from: at(sender), to: rcpt }),
    ...over,
  });
}

export function sh(cmd: string, args: string[], opts: { allowFail?: boolean } = {}): string {
  const r = spawnSync(cmd, args, { encoding: "utf8" });
  if (r.status !== 0 && !opts.allowFail)
    throw new Error(`${cmd} ${args.join(" ")} failed (${r.status}): ${r.stderr || r.stdout}`);
  return (r.stdout ?? "") + (r.stderr ?? "");
}

export function packageVersion(pkg: string): string {
  return execFileSync("dpkg-query", ["-W", "-f=${Version}", pkg], { encoding: "utf8" }).trim();
}

export function writeFile(path: string, text: string, mode = 0o644): void {
  mkdirSync(join(path, ".."), { recursive: true });
  writeFileSync(path, text, { mode });
}

/** Fresh, empty maildirs owned by nobody for every lab mailbox. */
export function freshMaildirs(locals: string[]): void {
  rmSync(MAIL_DIR, { recursive: true, force: true });
  for (const local of locals) {
    for (const sub of ["cur", "new", "tmp"])
      mkdirSync(join(MAIL_DIR, local, sub), { recursive: true });
  }
  sh("chown", ["-R", `${NOBODY.uid}:${NOBODY.gid}`, MAIL_DIR]);
}

export function readMaildir(local: string): string[] {
  const out: string[] = [];
  for (const sub of ["new", "cur"]) {
    const dir = join(MAIL_DIR, local, sub);
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).sort()) out.push(readFileSync(join(dir, f), "latin1"));
  }
  return out;
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Stops a daemon by the pid on the first line of its pid file, then gives it `waitMs` to go. */
export async function stopByPidFile(file: string, waitMs: number): Promise<void> {
  try {
    const pid = Number(readFileSync(file, "utf8").split("\n")[0]?.trim());
    if (pid > 1) process.kill(pid, "SIGTERM");
  } catch {
    /* not running */
  }
  await sleep(waitMs);
}

/** Waits until `ready()` or `seconds` pass; true when ready. */
export async function waitFor(ready: () => boolean, seconds: number): Promise<boolean> {
  const end = Date.now() + seconds * 1000;
  while (Date.now() < end) {
    if (ready()) return true;
    await sleep(500);
  }
  return ready();
}

/** A throw-away self-signed certificate for the TLS listeners. */
export function selfSignedCert(dir: string): { cert: string; key: string } {
  const cert = join(dir, "lab-cert.pem");
  const key = join(dir, "lab-key.pem");
  mkdirSync(dir, { recursive: true });
  sh("openssl", [
    "req",
    "-x509",
    "-newkey",
    "rsa:2048",
    "-nodes",
    "-days",
    "2",
    "-subj",
    `/CN=${L.mxHost}`,
    "-keyout",
    key,
    "-out",
    cert,
  ]);
  return { cert, key };
}

/** Waits until something listens on 127.0.0.1:`port` (a filter compiling its rules); true when it does. */
export async function waitForPort(port: number, seconds: number): Promise<boolean> {
  const open = () =>
    new Promise<boolean>((resolve) => {
      const s = net.connect({ host: "127.0.0.1", port });
      s.once("connect", () => (s.destroy(), resolve(true)));
      s.once("error", () => resolve(false));
    });
  const end = Date.now() + seconds * 1000;
  while (Date.now() < end) {
    if (await open()) return true;
    await sleep(1000);
  }
  return open();
}

/**
 * The test patterns filters are built to recognise, never real spam or malware: GTUBE (the
 * Generic Test for Unsolicited Bulk Email, SpamAssassin's and Rspamd's) and the EICAR
 * anti-virus test file, a harmless string every virus scanner reports as a test signature.
 */
export const GTUBE = "XJS*C4JDBQADN1.NSBN3*2IDNEN*GTUBE-STANDARD-ANTI-UBE-TEST-EMAIL*C.34X";
export const EICAR = "X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*";

/** A message whose body carries GTUBE. */
export function gtubeMessage(from: string, to: string): string {
  return message({ from, to, subject: "lab GTUBE test", body: `This is the GTUBE:\n\n${GTUBE}\n` });
}

/** A message with the EICAR test file as an attachment (eicar.com, as EICAR distributes it). */
export function eicarMessage(from: string, to: string): string {
  const boundary = "lab-boundary-eicar";
  return message({
    from,
    to,
    subject: "lab EICAR test",
    extraHeaders: [`Content-Type: multipart/mixed; boundary="${boundary}"`],
    body: [
      `--${boundary}`,
      "Content-Type: text/plain; charset=us-ascii",
      "",
      "The EICAR anti-virus test file is attached.",
      `--${boundary}`,
      'Content-Type: application/octet-stream; name="eicar.com"',
      'Content-Disposition: attachment; filename="eicar.com"',
      "Content-Transfer-Encoding: base64",
      "",
      Buffer.from(EICAR, "latin1").toString("base64"),
      `--${boundary}--`,
    ].join("\n"),
  });
}
