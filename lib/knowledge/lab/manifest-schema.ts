// The real-MTA lab's fixture manifest (lib/knowledge/lab/manifest.json, written by
// scripts/mta-lab/lab.ts): for every fixture, which MTA and version emitted it, the rule
// that provoked it, when, and the cause that rule means.
import { z } from "zod";
import { CAUSE_IDS } from "@/lib/causes/causes";

export const labFixtureSchema = z.object({
  /** Path under lib/knowledge/lab/fixtures. */
  file: z.string(),
  mta: z.string(),
  /** The Debian package and its version (dpkg-query), or the npm package (Haraka) and its. */
  package: z.string(),
  version: z.string(),
  case: z.string(),
  /**
   * "reply": the SMTP reply lines; "report": a bounce, delay warning or DSN the MTA mailed;
   * "client": what a sending program (msmtp) printed when the server refused its mail;
   * "log": the line(s) the MTA wrote to its log about it, exactly as written (syslog prefix
   * and all), which is what an admin pastes from the mail log: the receiving server's line for
   * the refused command, or the sending side's line for the delivery that failed (`side`).
   */
  kind: z.enum(["reply", "report", "client", "log"]),
  /**
   * Log fixtures only: whose line it is, the server that refused ("receiving": Postfix smtpd's
   * "NOQUEUE: reject: ...") or the MTA that met the refusal when delivering ("sending":
   * Postfix smtp's "status=bounced (host ... said: ...)").
   */
  side: z.enum(["receiving", "sending"]).optional(),
  /** The configuration that provoked it. */
  rule: z.string(),
  /** The SMTP command the reply answered (replies only). */
  command: z.string().nullable(),
  /** YYYY-MM-DD of the lab run. */
  date: z.string(),
  /** The cause the rule means (decided from the rule, not from the classifier). */
  cause: z.enum(CAUSE_IDS),
  /**
   * Set when the MTA's words do not say what its rule meant (Exim's default "Administrative
   * prohibition" for a DNSBL or HELO rule): `cause` is then `unknown`, as PRODUCT.md asks of a
   * reply that does not say why, or the broader cause the words do say (Courier's "517 Syntax
   * error." for a sender address without a domain), and this is the rule's meaning.
   */
  ruleCause: z.enum(CAUSE_IDS).optional(),
  /**
   * Set when the words cannot tell these causes apart (Exim's "550 Unrouteable address" for an
   * unknown user and for an unknown domain): `cause` is then `unknown`, and the diagnosis must
   * rank exactly these first among its possible causes (in any order).
   */
  possible: z.array(z.enum(CAUSE_IDS)).min(2).optional(),
  /**
   * Basic reply code in the reply, in the report's Diagnostic-Code, or in the reply the log line
   * quotes (null when none).
   */
  replyCode: z.number().int().nullable(),
  /**
   * Enhanced status code in the reply, the report's Status field, or the log line's quoted reply
   * or its dsn= field (null when none).
   */
  status: z.string().nullable(),
});

export type LabFixture = z.infer<typeof labFixtureSchema>;

export const labManifestSchema = z.object({
  mtas: z.record(
    z.string(),
    z.object({
      package: z.string(),
      version: z.string(),
      date: z.string(),
      /**
       * Other packages some cases ran (policy servers, milters; Haraka's npm plugins), with their
       * versions.
       */
      helpers: z.record(z.string(), z.string()).optional(),
      /** Cases the lab tried that did not produce what they were meant to, and why. */
      notProvoked: z.array(z.object({ case: z.string(), why: z.string() })),
    }),
  ),
  fixtures: z.array(labFixtureSchema),
});

export type LabManifest = z.infer<typeof labManifestSchema>;
