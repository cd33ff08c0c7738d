// Runs one MTA's lab cases (inside the lab's network namespace; scripts/mta-lab/run.sh starts
// it there as root after installing the package) and records what the MTA emitted:
// lib/knowledge/lab/fixtures/<mta>/<case>.txt (SMTP replies) or .eml (reports it mailed), and,
// for an MTA whose driver names its log, <case>.receiving.log / <case>.sending.log (and, where the
// MTA logs a last give-up line after deferrals, <case>.sending-final.log: the lines it
// logged about the refusal), with provenance in lib/knowledge/lab/manifest.json.
//   ip netns exec mtalab npm exec -- tsx scripts/mta-lab/lab.ts --mta postfix [--logs-only]
// --logs-only runs every case the same way but records only the log fixtures: the MTA's
// replies and reports recorded before stay as they are.
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import net from "node:net";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { format } from "prettier";
import { startFixtureDnsServer, type FixtureDnsServer } from "../../lib/dns/testing/fixture-server";
import { allZones } from "../../lib/dns/testing/zones";
import { packageVersion, waitFor } from "./lab-common";
import type { BounceCase, ClientCase, LabLog, MtaDriver, ReplyCase } from "./lab-types";
import { DRIVERS } from "./mtas";
import { provokedReply, runDialogue, type Exchange } from "./smtp-client";
import {
  labManifestSchema,
  type LabFixture,
  type LabManifest,
} from "../../lib/knowledge/lab/manifest-schema";

const ROOT = resolve(import.meta.dirname, "../..");
const LAB_KNOWLEDGE = join(ROOT, "lib/knowledge/lab");
const MANIFEST = join(LAB_KNOWLEDGE, "manifest.json");
/** The lab's resolver: glibc reads port 53 only (resolv.conf has no port), the brief's 5453 for dig. */
const DNS_PORTS = [53, 5453];

const ENHANCED = /^\d{3}[ -]([245]\.\d{1,3}\.\d{1,3})\b/;

function replyFacts(lines: string[]): { replyCode: number | null; status: string | null } {
  const first = lines[0] ?? "";
  const code = /^(\d{3})/.exec(first);
  return { replyCode: code ? Number(code[1]) : null, status: ENHANCED.exec(first)?.[1] ?? null };
}

/** Status and reply code of the first per-recipient block of an RFC 3464 report. */
function reportFacts(eml: string): { replyCode: number | null; status: string | null } {
  const perRecipient = eml
    .split(/\r?\n(?=Final-Recipient:)/i)
    .slice(1)
    .join("\n");
  const status = /^Status:\s*([245]\.\d{1,3}\.\d{1,3})/im.exec(perRecipient)?.[1] ?? null;
  const diag = /^Diagnostic-Code:\s*smtp;\s*(\d{3})\b/im.exec(perRecipient)?.[1];
  return { status, replyCode: diag ? Number(diag) : null };
}

function transcript(ex: Exchange[]): string {
  return ex
    .map(
      (e) =>
        `${e.command ? `> ${e.command.slice(0, 80)}\n` : ""}${e.lines.map((l) => `< ${l}`).join("\n")}`,
    )
    .join("\n");
}

/** The server's reply a sending program quotes in its output: the first "NNN" or "NNN N.N.N". */
function clientFacts(output: string): { replyCode: number | null; status: string | null } {
  const m = /(?:^|[\s:])([45]\d\d)(?:[ -]([45]\.\d{1,3}\.\d{1,3})\b)?[ -]/m.exec(output);
  return { replyCode: m?.[1] ? Number(m[1]) : null, status: m?.[2] ?? null };
}

/**
 * The reply a log line quotes ("... said: 550 5.1.1 ...", "reject=550 5.7.1 ...",
 * "stat=\"550 ...\""): its first 4xx/5xx code and enhanced code, else the line's own dsn= field.
 */
function logFacts(text: string): { replyCode: number | null; status: string | null } {
  const m = /(?:^|[\s:=("])([45]\d\d)(?:[ -]([45]\.\d{1,3}\.\d{1,3})\b)?[ -]/m.exec(text);
  const dsn = /\bdsn=([245]\.\d{1,3}\.\d{1,3})\b/.exec(text)?.[1];
  return { replyCode: m?.[1] ? Number(m[1]) : null, status: m?.[2] ?? dsn ?? null };
}

/** The log's size now: the lines a case makes come after it. */
function logOffset(log: LabLog): number {
  try {
    return statSync(log.file).size;
  } catch {
    return 0;
  }
}

/** The log's lines written after `offset`, as written (no line end). */
function logLinesSince(log: LabLog, offset: number): string[] {
  if (!existsSync(log.file)) return [];
  return readFileSync(log.file)
    .subarray(offset)
    .toString("latin1")
    .split("\n")
    .filter((l) => l.trim() !== "");
}

/** Everything a case logged, kept for reading when LAB_LOG_DUMP names a folder (never committed). */
function dumpLog(mta: string, id: string, lines: string[]): void {
  const dir = process.env.LAB_LOG_DUMP;
  if (!dir) return;
  mkdirSync(join(dir, mta), { recursive: true });
  writeFileSync(join(dir, mta, `${id}.log`), lines.join("\n") + "\n");
}

/** Gives syslog and the MTA's own log writer time to write the case's lines. */
const LOG_SETTLE_MS = 1500;

interface Outcome {
  fixtures: LabFixture[];
  files: Map<string, string>;
  notProvoked: { case: string; why: string }[];
}

/** Opens `holdOpen` idle connections (each waits for its greeting) for concurrency limits. */
async function holdConnections(c: ReplyCase): Promise<net.Socket[]> {
  const held: net.Socket[] = [];
  for (let i = 0; i < (c.holdOpen ?? 0); i++) {
    const s = net.connect({
      host: "127.0.0.1",
      port: c.dialogue.port ?? 25,
      localAddress: c.dialogue.from,
    });
    await new Promise<void>((resolve) => {
      s.once("data", () => resolve());
      s.once("error", () => resolve());
      setTimeout(resolve, 5000);
    });
    held.push(s);
  }
  return held;
}

async function runReplyCase(
  c: ReplyCase,
  mta: string,
  version: string,
  date: string,
  out: Outcome,
  log?: LabLog,
) {
  const logFrom = log ? logOffset(log) : 0;
  let refusal: Exchange | undefined;
  let last: Exchange[] = [];
  const held = await holdConnections(c);
  for (let i = 0; i < (c.repeat ?? 1) && !refusal; i++) {
    try {
      last = await runDialogue(c.dialogue);
    } catch (err) {
      out.notProvoked.push({ case: c.id, why: `connection failed: ${(err as Error).message}` });
      return;
    }
    refusal = c.refusal === "last" ? last.findLast((e) => e.code >= 400) : provokedReply(last);
  }
  for (const h of held) h.destroy();
  // Let the MTA see the held connections go before the next case counts connections again.
  if (held.length > 0) await new Promise((r) => setTimeout(r, 3000));
  if (!refusal) {
    out.notProvoked.push({ case: c.id, why: `no refusal; session:\n${transcript(last)}` });
    console.log(`  - ${c.id}: NOT provoked\n${transcript(last)}`);
    return;
  }
  const file = `${mta}/${c.id}.txt`;
  out.files.set(file, refusal.lines.join("\n") + "\n");
  out.fixtures.push({
    file,
    mta,
    package: "",
    version,
    case: c.id,
    kind: "reply",
    rule: c.rule,
    command:
      refusal.command === "<message>"
        ? "end of DATA"
        : refusal.command.replace(/^AUTH PLAIN .*/, "AUTH PLAIN ..."),
    date,
    cause: c.cause,
    ...(c.ruleCause ? { ruleCause: c.ruleCause } : {}),
    ...(c.possible ? { possible: c.possible } : {}),
    ...replyFacts(refusal.lines),
  });
  console.log(`  + ${c.id}: ${refusal.lines.join(" / ")}`);
  if (log) {
    await new Promise((r) => setTimeout(r, LOG_SETTLE_MS));
    const lines = logLinesSince(log, logFrom);
    dumpLog(mta, c.id, lines);
    const rejects = lines.filter((l) => log.reject.test(l));
    const line = c.refusal === "last" ? rejects.at(-1) : rejects[0];
    const logFile = `${mta}/${c.id}.receiving.log`;
    if (!line) {
      out.notProvoked.push({ case: `${c.id} (log)`, why: `no refusal line in ${log.file}` });
      console.log(`  - ${c.id}: no refusal line in the log`);
      return;
    }
    const own = log.overrides?.[logFile];
    out.files.set(logFile, line + "\n");
    out.fixtures.push({
      file: logFile,
      mta,
      package: "",
      version,
      case: c.id,
      kind: "log",
      side: "receiving",
      rule: c.rule,
      command: null,
      date,
      ...causeOf(own ?? c),
      ...logFacts(line),
    });
    console.log(`  + ${c.id} (log): ${line}`);
  }
}

/** The cause fields of a case, a report, or a log fixture's own override. */
function causeOf(c: Pick<LabFixture, "cause" | "ruleCause" | "possible">) {
  return {
    cause: c.cause,
    ...(c.ruleCause ? { ruleCause: c.ruleCause } : {}),
    ...(c.possible ? { possible: c.possible } : {}),
  };
}

/**
 * The sending side's line for each bounce case's message (found by the queue id its submission
 * was given): the first delivery failure or deferral logged for it, the one that says why. The
 * lines after it may only say that the MTA gave up (Exim's "** a@b: retry timeout exceeded") or
 * is waiting ("defer (-53): Retry time not yet reached"). Cases whose reports are not failures
 * (a success DSN, a vacation reply) have none.
 */
function recordSendingLogs(
  log: LabLog,
  from: number,
  bounces: { c: BounceCase; queueId: string | undefined }[],
  mta: string,
  version: string,
  date: string,
  out: Outcome,
): void {
  const lines = logLinesSince(log, from);
  dumpLog(mta, "all-bounces", lines);
  for (const { c, queueId } of bounces) {
    const report = c.reports.at(-1);
    if (!report || report.cause === "not-a-bounce") continue;
    const ofMessage = queueId ? lines.filter((l) => l.includes(queueId)) : [];
    const line = ofMessage.find((l) => log.failure.test(l));
    const final = log.final ? ofMessage.findLast((l) => log.final?.test(l) ?? false) : undefined;
    const logFile = `${mta}/${c.id}.sending.log`;
    if (!line) {
      out.notProvoked.push({
        case: `${c.id} (log)`,
        why: `no delivery failure line for queue id ${queueId ?? "(none in the DATA reply)"} in ${log.file}`,
      });
      console.log(`  - ${c.id}: no delivery failure line in the log`);
      continue;
    }
    // Each line the sending side logged for the message, as a fixture of its own.
    const record = (file: string, text: string) => {
      out.files.set(file, text + "\n");
      out.fixtures.push({
        file,
        mta,
        package: "",
        version,
        case: c.id,
        kind: "log",
        side: "sending",
        rule: c.rule,
        command: null,
        date,
        ...causeOf(log.overrides?.[file] ?? report),
        ...logFacts(text),
      });
    };
    record(logFile, line);
    console.log(`  + ${c.id} (log): ${line}`);
    if (!final || final === line) continue;
    record(`${mta}/${c.id}.sending-final.log`, final);
    console.log(`  + ${c.id} (log, final): ${final}`);
  }
}

async function runClientCase(
  c: ClientCase,
  mta: string,
  version: string,
  date: string,
  out: Outcome,
) {
  const { status, output } = await c.run();
  if (status === 0 || output.trim() === "") {
    out.notProvoked.push({
      case: c.id,
      why: `the program did not fail (exit ${status}): ${output}`,
    });
    console.log(`  - ${c.id}: NOT provoked (exit ${status})\n${output}`);
    return;
  }
  const file = `${mta}/${c.id}.txt`;
  out.files.set(file, output.replace(/\r\n/g, "\n").replace(/\n*$/, "\n"));
  out.fixtures.push({
    file,
    mta,
    package: "",
    version,
    case: c.id,
    kind: "client",
    rule: c.rule,
    command: null,
    date,
    cause: c.cause,
    ...(c.ruleCause ? { ruleCause: c.ruleCause } : {}),
    ...(c.possible ? { possible: c.possible } : {}),
    ...clientFacts(output),
  });
  console.log(`  + ${c.id}: ${output.trim().split("\n").join(" / ")}`);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { mta: { type: "string" }, "logs-only": { type: "boolean" } },
  });
  const logsOnly = values["logs-only"] ?? false;
  const driver: MtaDriver | undefined = DRIVERS[values.mta ?? ""];
  if (!driver) throw new Error(`--mta must be one of ${Object.keys(DRIVERS).join(", ")}`);
  const versionOf = (pkg: string) => driver.versionOf?.(pkg) ?? packageVersion(pkg);
  const version = versionOf(driver.package);
  const date = new Date().toISOString().slice(0, 10);
  console.log(`${driver.id} ${version}`);

  const servers: FixtureDnsServer[] = [];
  for (const port of DNS_PORTS)
    servers.push(await startFixtureDnsServer({ port, zones: allZones }));
  const out: Outcome = { fixtures: [], files: new Map(), notProvoked: [] };
  const log = driver.log;
  if (logsOnly && !log) throw new Error(`--logs-only: ${driver.id} has no log`);
  try {
    driver.configure();
    await log?.start?.();
    await driver.start();
    const runFrom = log ? logOffset(log) : 0;
    const bounces: BounceCase[] = [];
    const queued: { c: BounceCase; queueId: string | undefined }[] = [];
    for (const c of driver.cases) {
      if (c.kind === "reply") await runReplyCase(c, driver.id, version, date, out, log);
      else if (c.kind === "client") await runClientCase(c, driver.id, version, date, out);
      else bounces.push(c);
    }
    for (const c of bounces) {
      const ex = c.submit
        ? await Promise.resolve()
            .then(() => (c.submit?.(), [] as Exchange[]))
            .catch((e: Error) => e)
        : await runDialogue(c.dialogue).catch((e: Error) => e);
      if (!(ex instanceof Error)) {
        const dataReply = ex.find((e) => e.command === "<message>")?.lines.join(" ") ?? "";
        queued.push({ c, queueId: log?.queueId.exec(dataReply)?.[1] });
      }
      if (ex instanceof Error || provokedReply(ex)) {
        const why = ex instanceof Error ? ex.message : transcript(ex);
        out.notProvoked.push({ case: c.id, why: `submission refused: ${why}` });
        console.log(`  - ${c.id}: submission refused\n${why}`);
      }
    }
    const pending = () =>
      bounces.flatMap((c) =>
        c.reports
          .filter((r) => !driver.readMailbox(c.mailbox).some((m) => r.match.test(m)))
          .map((r) => r.id),
      );
    let ticks = 0;
    await waitFor(() => {
      if (++ticks % 20 === 0) driver.flush();
      return pending().length === 0;
    }, driver.reportWaitSeconds);
    if (log) {
      await new Promise((r) => setTimeout(r, LOG_SETTLE_MS));
      recordSendingLogs(log, runFrom, queued, driver.id, version, date, out);
    }
    for (const c of bounces) {
      const messages = driver.readMailbox(c.mailbox);
      for (const r of c.reports) {
        const eml = messages.find((m) => r.match.test(m));
        if (!eml) {
          out.notProvoked.push({
            case: r.id,
            why: `no report in ${c.mailbox} within ${driver.reportWaitSeconds} s (${messages.length} messages there)`,
          });
          console.log(`  - ${r.id}: no report`);
          continue;
        }
        const file = `${driver.id}/${r.id}.eml`;
        out.files.set(file, eml.replace(/\r\n/g, "\n"));
        out.fixtures.push({
          file,
          mta: driver.id,
          package: "",
          version,
          case: r.id,
          kind: "report",
          rule: c.rule,
          command: null,
          date,
          cause: r.cause,
          ...(r.ruleCause ? { ruleCause: r.ruleCause } : {}),
          ...(r.possible ? { possible: r.possible } : {}),
          ...reportFacts(eml),
        });
        console.log(`  + ${r.id}: ${reportFacts(eml).status ?? "?"}`);
      }
    }
  } finally {
    await driver.stop();
    await log?.stop?.();
    for (const s of servers) await s.close();
  }

  const manifest: LabManifest = existsSync(MANIFEST)
    ? labManifestSchema.parse(JSON.parse(readFileSync(MANIFEST, "utf8")))
    : { mtas: {}, fixtures: [] };
  const dir = join(LAB_KNOWLEDGE, "fixtures", driver.id);
  if (logsOnly) {
    // Only this MTA's log fixtures are replaced; its replies and reports, recorded from the
    // same package version, stay.
    const before = manifest.mtas[driver.id];
    if (before && before.version !== version)
      throw new Error(
        `--logs-only: ${driver.id} was recorded from ${before.version}, ${version} is installed; run it whole`,
      );
    const logs = out.fixtures.filter((f) => f.kind === "log");
    for (const f of manifest.fixtures)
      if (f.mta === driver.id && f.kind === "log")
        rmSync(join(LAB_KNOWLEDGE, "fixtures", f.file), { force: true });
    for (const f of logs)
      writeFileSync(join(LAB_KNOWLEDGE, "fixtures", f.file), out.files.get(f.file) ?? "");
    manifest.mtas[driver.id] = {
      ...(before ?? { package: driver.package, version, date }),
      notProvoked: [
        ...(before?.notProvoked ?? []).filter((n) => !n.case.endsWith(" (log)")),
        ...out.notProvoked.filter((n) => n.case.endsWith(" (log)")),
      ],
    };
    manifest.fixtures = [
      ...manifest.fixtures.filter((f) => f.mta !== driver.id || f.kind !== "log"),
      ...logs.map((f) => ({ ...f, package: driver.package })),
    ].sort((a, b) => a.file.localeCompare(b.file));
    writeFileSync(
      MANIFEST,
      await format(JSON.stringify(manifest, null, 2), { filepath: MANIFEST }),
    );
    console.log(`${driver.id}: ${logs.length} log fixtures (--logs-only)`);
    return;
  }

  // Replace this MTA's fixtures (files and manifest rows); other MTAs' stay as they are.
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const [file, text] of out.files) writeFileSync(join(LAB_KNOWLEDGE, "fixtures", file), text);
  const helpers = Object.fromEntries(
    (driver.helperPackages ?? []).map((pkg) => [pkg, versionOf(pkg)]),
  );
  manifest.mtas[driver.id] = {
    package: driver.package,
    version,
    date,
    ...(driver.helperPackages ? { helpers } : {}),
    notProvoked: out.notProvoked,
  };
  manifest.fixtures = [
    ...manifest.fixtures.filter((f) => f.mta !== driver.id),
    ...out.fixtures.map((f) => ({ ...f, package: driver.package })),
  ].sort((a, b) => a.file.localeCompare(b.file));
  // In the repository's style, so `npm run format:check` (in .ci/run) holds after a lab run.
  writeFileSync(MANIFEST, await format(JSON.stringify(manifest, null, 2), { filepath: MANIFEST }));
  console.log(
    `${driver.id}: ${out.fixtures.length} fixtures, ${out.notProvoked.length} not provoked`,
  );
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err instanceof Error ? err.stack : err);
    process.exit(1);
  },
);
