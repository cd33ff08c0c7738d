// The shape of a refusal text read out of a mail server's own source (issue 8, sweep): the reply
// as the server really sends it, where the source writes it, what makes the server send it, and
// what that condition means in lib/causes' vocabulary. The test beside index.ts runs every row
// through diagnose() to check that Bounce Doctor reads it as its source means it.
import type { CauseId } from "@/lib/causes/causes";

export type SourceMta =
  | "postfix"
  | "exim"
  | "sendmail"
  | "opensmtpd"
  | "qmail"
  | "dovecot"
  | "haraka"
  | "cyrus"
  | "maddy"
  | "stalwart"
  | "policy-daemons"
  | "courier"
  | "hmailserver"
  | "rspamd"
  | "zimbra"
  | "proxmox"
  | "amavis"
  | "james"
  | "mox"
  | "debian-exim4"
  | "iredmail"
  | "mailcow"
  | "spamass-milter"
  | "hestiacp"
  | "vestacp"
  | "modoboa"
  | "wildduck"
  | "zonemta"
  | "postal"
  | "chasquid"
  | "go-smtp"
  | "aiosmtpd"
  | "clamsmtp"
  | "mimedefang"
  | "mailman"
  | "mlmmj"
  | "sympa"
  | "cpanel"
  | "smtp-server"
  | "qpsmtpd"
  | "mailscanner"
  | "mailcleaner"
  | "smf-spf"
  | "rmilter"
  | "citadel"
  | "mailu"
  | "spamdyke"
  | "sa-exim"
  | "spampd";

export interface SourceReply {
  /** Unique: "<mta>.<file stem>.<short name>". */
  id: string;
  mta: SourceMta;
  /**
   * The reply (or bounce text) exactly as the server writes it, printf placeholders filled with
   * documentation values (example.com/.net/.invalid, RFC 5737 addresses).
   */
  reply: string;
  /** The format string or literal as the source writes it (concatenated C literals joined). */
  quote: string;
  /**
   * gh(repo@commit, path) with the line ("#L1276") the call starts on; for a text read out of a
   * Debian package, debianPackage(): the binary package, its version and the installed file.
   */
  source: string;
  /** The function (C, JavaScript, Go, Rust, Python, Perl; or ACL, ruleset) that sends it. */
  where: string;
  /** One line, our words: the condition that makes the server send it. */
  when: string;
  /**
   * The cause that condition means. "unknown" when the text is the site's own or says nothing
   * specific (Postfix's default "Access denied"): then `possible` lists the causes it could mean.
   */
  cause: CauseId;
  /** For `unknown`: causes the text could mean, each expected among the top ranked. */
  possible?: readonly CauseId[];
  /**
   * Set when Bounce Doctor still reads the reply wrong and the fix lies outside the MTAs'
   * signature files (a status-code reading, a generic or provider wording, a stage shift, the
   * engine): what reads it wrong and why. The test expects such a row to fail, so that a fix
   * elsewhere shows up as a row to clear.
   */
  misread?: string;
}

/** A file of a public repository at the commit read, with the line the reply is written on. */
export function at(repoAtCommit: string, path: string, line: number): string {
  return `https://github.com/${repoAtCommit}/${path}#L${line}`;
}

/**
 * A file as a Debian binary package installs it (apt-get download, dpkg -x), with the line: for
 * configuration a distribution writes itself and publishes nowhere else in a pinned form. For
 * software whose upstream repository is not to be had, a file of the unpacked source package
 * (apt-get source) at its path in that tree (ClamSMTP).
 */
export function inDebianPackage(pkg: string, version: string, path: string, line: number): string {
  return `debian:${pkg}=${version}:${path}#L${line}`;
}

/** One source file's row maker: its fields in order, the source line, and the file's own stem in the id. */
export type RowMaker = (
  id: string,
  line: number,
  where: string,
  quote: string,
  reply: string,
  when: string,
  cause: CauseId,
  possible?: readonly CauseId[],
) => SourceReply;

/**
 * `debianFile(mta, pkg, version)(path)` makes the rows of one file a Debian package installs,
 * as sourceFile does for a repository.
 */
export function debianFile(mta: SourceMta, pkg: string, version: string) {
  return (path: string): RowMaker => {
    const stem = path.replace(/^.*\//, "").replace(/^\d+_/, "");
    return (id, line, where, quote, reply, when, cause, possible) => ({
      id: `${mta}.${stem}.${id}`,
      mta,
      reply,
      quote,
      source: inDebianPackage(pkg, version, path, line),
      where,
      when,
      cause,
      ...(possible ? { possible } : {}),
    });
  };
}

/**
 * `sourceFile(mta, repo, root)(path)` makes the rows of one file of an MTA's repository at the
 * commit read: ids "<mta>.<file stem>.<name>", sources at(repo, root + path, line).
 */
export function sourceFile(mta: SourceMta, repoAtCommit: string, root: string) {
  return (path: string): RowMaker => {
    const stem = path.replace(/^.*\//, "").replace(/\.[A-Za-z0-9]+$/, "");
    return (id, line, where, quote, reply, when, cause, possible) => ({
      id: `${mta}.${stem}.${id}`,
      mta,
      reply,
      quote,
      source: at(repoAtCommit, `${root}${path}`, line),
      where,
      when,
      cause,
      ...(possible ? { possible } : {}),
    });
  };
}
