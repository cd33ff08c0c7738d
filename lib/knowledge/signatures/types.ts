// A provider or MTA signature: a documented string that names a cause. Data, not code:
// each entry cites the page it comes from and carries that page's own example string,
// which the catalog test feeds through the classifier.
import type { CauseId } from "@/lib/causes/causes";

/**
 * A case-insensitive substring (written in lower case, single spaces) or a SAFE regular
 * expression: no nested quantifiers, no overlapping alternations under a quantifier. The
 * text it runs on is lower-cased, whitespace-collapsed and at most a few kilobytes long.
 */
export type Needle = string | RegExp;

export interface Signature {
  /** Unique, e.g. "google.5.7.25-ptr". */
  id: string;
  /** "google", "microsoft", "postfix", "generic", ... */
  provider: string;
  /** Any one of these found in the diagnostic text matches. */
  match: readonly Needle[];
  /** When present, every one of these must be found too. */
  also?: readonly Needle[];
  /** When present, none of these may be found (a known misleading neighbour). */
  unless?: readonly Needle[];
  /**
   * Enhanced status constraint: an exact code ("5.7.1"), or a prefix ending in a dot
   * ("5.7." = any 5.7.x, "4." = any transient). Any one must fit.
   */
  status?: readonly string[];
  /**
   * Basic reply code constraint: exact codes, or "4xx" / "5xx". "none": only where the words
   * came with no reply code at all, i.e. they are not an answering server's reply but the
   * sending MTA's own report ("connect to mx.example.com[192.0.2.1]:25: Connection refused":
   * its TCP connection failed, no server answered). The same words under a code of their own
   * ("550 5.7.1 Connection refused") were said by a server that was reached.
   */
  replyCode?: readonly number[] | "4xx" | "5xx" | "none";
  /**
   * Per-MTA and per-provider context, for wordings whose meaning depends on who wrote them
   * (Sisimai's Lhost and Rhost modules encode such knowledge). Each, when present, must hold.
   * writers: the bounce was written by one of these (ParsedBounce.generator, or a writer that
   * lib/knowledge/bounce-writers.ts recognises). rhosts: the remote host that answered is one
   * of these domains or under it. commands: the reply answered one of these SMTP commands
   * ("CONN", "HELO", "MAIL", "RCPT", "DATA"; "NONE" when the bounce does not say).
   */
  writers?: readonly string[];
  rhosts?: readonly string[];
  commands?: readonly string[];
  /**
   * "local": the recipient's domain is the reporting MTA's own (its host name is that domain or
   * under it), so the failure happened at the recipient's own server; "remote": it is known not
   * to be;
   * "unknown": not known (no Reporting-MTA or no address, as in a log line); "not-local": remote,
   * or not known.
   */
  recipientDomain?: "local" | "remote" | "unknown" | "not-local";
  /** "text": also read the bounce's whole text (a writer's own summary lines), not only the recipient's diagnostic. */
  scope?: "text";
  cause: CauseId;
  /** 0..1: how sure the documentation lets us be. */
  confidence: number;
  /** The documentation the entry rests on (URL). */
  source: string;
  /** The documented string itself (or, for keyword rules, a minimal sentence with the keyword). */
  example: string;
  /** Why this entry exists, where the cause differs from what the words suggest. */
  note?: string;
  /**
   * True for a wording that restates the refusal rather than giving its reason ("transaction
   * failed", "access denied", "try again later"): a hint that ranks its cause, never decides it.
   */
  hint?: boolean;
}
