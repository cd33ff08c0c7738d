// The shape of a lab MTA driver and its cases (scripts/mta-lab/lab.ts runs them).
import type { CauseId } from "../../lib/causes/causes";
import type { Dialogue } from "./smtp-client";

/** A refusal provoked during the SMTP session: the fixture is the reply's lines. */
export interface ReplyCase {
  kind: "reply";
  id: string;
  cause: CauseId;
  /** The configuration line(s) that provoke it, as written in the MTA's config. */
  rule: string;
  /**
   * What the rule means, when the MTA's words do not say it (Exim's "Administrative
   * prohibition"): `cause` is then what PRODUCT.md asks for such a text, `unknown`.
   */
  ruleCause?: CauseId;
  /** Where the words cannot tell causes apart: `cause` is `unknown` and these rank first. */
  possible?: CauseId[];
  dialogue: Dialogue;
  /** Sessions run one after the other; the first refusal met is recorded (rate limits). */
  repeat?: number;
  /**
   * Which refusal of the session is the case's: the first (default), or the last one (a limit
   * that answers only after earlier recipients were refused, Debian Exim's too many bad
   * recipients).
   */
  refusal?: "first" | "last";
  /** Connections opened (and held, idle after the greeting) before the session: concurrency limits. */
  holdOpen?: number;
}

/** A message accepted and then bounced (or reported on): the fixture is the DSN the MTA sent. */
export interface BounceCase {
  kind: "bounce";
  id: string;
  rule: string;
  dialogue: Dialogue;
  /**
   * For an MTA with no SMTP listener (dma): hands the message to it the way a local program
   * does (its sendmail interface) instead of the SMTP dialogue; throws when refused.
   */
  submit?: () => void;
  /** The lab mailbox (local part at mta-lab.test) that receives the reports. */
  mailbox: string;
  /** Each report expected in that mailbox, told apart by its text. */
  reports: {
    id: string;
    cause: CauseId;
    match: RegExp;
    /** As ReplyCase's: the rule's meaning where the words do not say it. */
    ruleCause?: CauseId;
    possible?: CauseId[];
  }[];
}

/**
 * A sending program's own words (msmtp's error lines) when the server it handed the mail to
 * refused it: the fixture is what the program printed, as its user sees it in a terminal or a
 * mail client's error box.
 */
export interface ClientCase {
  kind: "client";
  id: string;
  cause: CauseId;
  /** The configuration (the server's rule, the program's settings) that provokes it. */
  rule: string;
  ruleCause?: CauseId;
  possible?: CauseId[];
  /**
   * Runs the program once; resolves to its exit status and everything it printed. Never
   * synchronously: the lab's DNS server answers from this same process.
   */
  run: () => Promise<{ status: number | null; output: string }>;
}

export type LabCase = ReplyCase | BounceCase | ClientCase;

/**
 * Where an MTA writes its log and how its lines are told apart, so that the lab records the
 * lines a mail server's admin pastes (from the package's own log file, or from syslog through
 * the lab's rsyslog): the receiving side's refusal of a command, and the sending side's
 * delivery failure for a message it queued.
 */
export interface LabLog {
  /** The file the lines land in (the package's own, or the lab's rsyslog file). */
  file: string;
  /** A line in which the receiving server logs the refusal of a command or connection. */
  reject: RegExp;
  /** A line in which the sending side logs that a delivery failed or was deferred. */
  failure: RegExp;
  /**
   * A line in which the sending side logs that it gave up on an address after deferrals (Exim's
   * "** a@b: retry timeout exceeded"): recorded as well (<case>.sending-final.log) when it is
   * not the first failure line, since admins paste that last line too and it may say less.
   */
  final?: RegExp;
  /** The queue id in the reply to the end of DATA: the message's log lines carry it. */
  queueId: RegExp;
  /**
   * A log fixture's own cause fields, by fixture file ("postfix/size-at-data.receiving.log"),
   * where the line says less than the reply or report did (set after reading what was logged).
   */
  overrides?: Record<string, { cause: CauseId; ruleCause?: CauseId; possible?: CauseId[] }>;
  /** Starts what writes the file (the lab's rsyslog), before the MTA starts. */
  start?(): Promise<void>;
  stop?(): Promise<void>;
}

export interface MtaDriver {
  /** Fixture folder name. */
  id: string;
  /** The Debian package whose version is recorded. */
  package: string;
  /** Other packages some cases run (a policy server, a milter): their versions are recorded too. */
  helperPackages?: string[];
  /**
   * The version of the package or a helper when it is not a Debian package (Haraka's npm
   * packages): undefined falls back to dpkg-query.
   */
  versionOf?(pkg: string): string | undefined;
  /** Local parts that must have a mailbox (recipients and the senders of bounce cases). */
  mailboxes: string[];
  /** Writes the configuration (the package is installed; nothing runs yet). */
  configure(): void;
  start(): Promise<void>;
  /** Asks the MTA to retry its queue now (deferred mail), when it can. */
  flush(): void;
  stop(): Promise<void>;
  /** Every message delivered to a lab mailbox, as raw text. */
  readMailbox(local: string): string[];
  cases: LabCase[];
  /** Seconds to wait for every expected report. */
  reportWaitSeconds: number;
  /** Its log, when the lab records log lines for it (fixtures of kind "log"). */
  log?: LabLog;
}
