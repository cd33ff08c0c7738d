// What the parser extracts from a pasted bounce. Pure data, the same in the browser and on
// the server. Offsets are UTF-16 indices into ParsedBounce.text (the decoded, normalised text
// that the UI shows and highlights), never into the raw paste, which may be base64 or QP.

/** A half-open range [start, end) of ParsedBounce.text. */
export interface Span {
  start: number;
  end: number;
}

export type DsnAction = "failed" | "delayed" | "delivered" | "relayed" | "expanded";

/** One bounced (or reported) recipient. */
export interface RecipientReport {
  /** Final-Recipient / Original-Recipient / the address named in the text; lower-cased domain. */
  address: string | null;
  /**
   * The DSN's Final-Recipient, where `address` is the Original-Recipient the sender wrote and
   * the two differ (an alias, a forward, an internal route: lib/bounce/dsn-sent-address.ts).
   */
  finalAddress?: string;
  action: DsnAction | null;
  /** Basic SMTP reply code (RFC 5321), e.g. 550. */
  replyCode: number | null;
  /** Enhanced status code (RFC 3463), e.g. "5.7.1". */
  status: string | null;
  /** The server's own words for this recipient, unwrapped onto one line. */
  diagnostic: string | null;
  /** Remote-MTA or the host that answered, e.g. "mx.example.com". */
  remoteMta: string | null;
  /** The SMTP command the error answered (RCPT, DATA, MAIL, ...), when known. */
  smtpCommand: string | null;
  /** Where each field was found in the text. */
  spans: Partial<Record<"address" | "replyCode" | "status" | "diagnostic" | "remoteMta", Span>>;
}

export interface ProviderCode {
  /** e.g. "microsoft", "yahoo", "icloud", "gmail". */
  provider: string;
  /** e.g. "5.7.606", "S3150", "TSS04", "CS01", "gsmtp". */
  code: string;
  span: Span;
}

export interface OriginalMessage {
  from: string | null;
  returnPath: string | null;
  subject: string | null;
  messageId: string | null;
  /** Raw Authentication-Results header values (unfolded). */
  authenticationResults: string[];
  /** d= and s= of each DKIM-Signature. */
  dkimSignatures: { domain: string; selector: string }[];
  /** Whether a body of the original message was present in the bounce. */
  hasBody: boolean;
}

export type BounceFormat =
  | "empty"
  | "smtp-reply" // one or more SMTP reply lines, no message structure
  | "dsn" // RFC 3464 multipart/report with message/delivery-status
  | "mta-text" // a human-readable bounce message (Postfix, Exim, Exchange, ...)
  | "arf" // an RFC 5965 feedback (complaint) report
  | "auto-reply" // vacation / out-of-office
  | "text"; // text with no recognisable SMTP content

export interface ParsedBounce {
  /** Decoded, normalised text (LF line ends, MIME decoded) that spans index into. */
  text: string;
  format: BounceFormat;
  /** The MTA or provider that produced the bounce, when recognisable ("postfix", "exchange", ...). */
  generator: string | null;
  recipients: RecipientReport[];
  reportingMta: string | null;
  /** IP addresses named in the text (sending IPs first where the text says so). */
  ips: string[];
  /**
   * Those of `ips` that the text names only as the receiving server's (the host it connected
   * to or that answered): never the sender's. Absent where nothing was read (older results).
   */
  receivingIps?: string[];
  /**
   * The addresses the text names as the sender's, best first: the refusing server's client, then
   * the Received hop into the recipient's domain (lib/bounce/ip-roles.ts); never one of
   * `receivingIps`. Absent where nothing was read (older results).
   */
  senderIps?: string[];
  /** Host names named in the text. */
  hosts: string[];
  /** Domains: of addresses, of hosts, of links, de-duplicated. */
  domains: string[];
  /** Blocklist zones named in the text, e.g. "zen.spamhaus.org". */
  blocklistZones: string[];
  /**
   * Ports that a connection failure names ("connect ETIMEDOUT 192.0.2.10:587"; "connect to
   * mx.example.net[192.0.2.1]:25: Connection timed out"), in order. Absent in older results.
   */
  connectionPorts?: number[];
  /**
   * The client IPs the lead recipient's refusal names that lie in the network of a server that
   * answered (one of `receivingIps`' /24 or /48), not that server itself: the recipient's own
   * filter passing the mail on to its next server (lib/bounce/evidence.ts). Absent in older
   * results.
   */
  relayedIps?: string[];
  providerCodes: ProviderCode[];
  original: OriginalMessage | null;
  /**
   * Where the returned original message lies in `text`, in order: the copy below the notice's
   * own marker ("------ This is a copy of the message, including all the headers. ------") and an
   * attached message/rfc822 part. The sender's own mail, not the notice's words: what reads the
   * notice's words skips these (noticeText). Absent or empty: no original was found.
   */
  originalSpans?: Span[];
  /**
   * Header fields of the bounce message itself that carry a verdict of their own (the names in
   * lib/knowledge/header-signals.ts, e.g. EZweb's "X-SPASIGN"): name lower case, value unfolded
   * and trimmed. Only those fields, so no address of the bounce's From/To is kept. Optional:
   * absent (or empty) when the paste had no header block.
   */
  headers?: { name: string; value: string }[];
  /** Problems met while parsing (undecodable charset, truncated MIME), in plain words. */
  warnings: string[];
}
