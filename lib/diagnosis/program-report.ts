// What the home page and the report call a reading, and what they promise the wizard will do
// with it, decided once from the diagnosis. A program's own error (PHPMailer, Thunderbird, a Node
// mailer) is no bounce: a reply code its debug output quotes ("SMTP ERROR: Password command
// failed: 535 5.7.8 ...") is its outgoing server's answer about the sender's own account, so the
// card is the program's error, not "Recipient 1", and the wizard has no recipient's domain to
// look up (lib/causes/connection-variants.ts senderSideCauses: only the sender's own causes stay).
import {
  evidenceRuleIds,
  isProgramReport,
  senderSideCauses,
} from "@/lib/causes/connection-variants";
import type { Diagnosis, RecipientDiagnosis } from "./types";

/** The headline of a program's error that leaves several of its failures possible. */
export const PROGRAM_UNDECIDED_HEADLINE = "The error does not say enough to tell.";
export const PROGRAM_REPORT_TITLE = "Your mail program's error (not a bounce)";
export const PROGRAM_REPORT_NOTE =
  "This is an error from the program or site that sends your mail, not a bounce: it failed with its own outgoing (SMTP) server, before any receiving server saw the message. What helps is the program's full error (its log or debug output, which quotes the server's reply) and its outgoing-server settings: server name, port, encryption and login.";

/** Whether the text is a program's own error, not a bounce (isProgramReport on its evidence). */
export function isProgramError(d: Diagnosis): boolean {
  return isProgramReport(d, evidenceRuleIds(d));
}

/** How a reading's card is titled: the recipient's address, or what the reading is about. */
export interface ReadingTitle {
  title: string;
  /** Read before the title ("Recipient: "), or null where the title says what it is. */
  label: string | null;
  /** The title is words, not an address or a label in the bounce's own style. */
  plain: boolean;
  /** The label of the text shown with the evidence highlighted. */
  textLabel: string;
}

const PROGRAM_TITLE: ReadingTitle = {
  title: PROGRAM_REPORT_TITLE,
  label: null,
  plain: true,
  textLabel: "The error, with the evidence highlighted",
};

/** The card's title for one recipient's reading (`program`: isProgramError of its diagnosis). */
export function recipientTitle(r: RecipientDiagnosis, program: boolean): ReadingTitle {
  const address = r.recipient.address;
  // A program's error names no recipient: its reply is about the sender's own account.
  if (!address && program) return PROGRAM_TITLE;
  return {
    title: address ?? `Recipient ${r.index}`,
    label: "Recipient: ",
    plain: false,
    textLabel: "The bounce, with the evidence highlighted",
  };
}

/** The card's title for a text that names no recipient (the reading of the whole text). */
export function overallTitle(program: boolean): ReadingTitle {
  return program
    ? PROGRAM_TITLE
    : {
        title: "The bounce",
        label: null,
        plain: false,
        textLabel: "The bounce, with the evidence highlighted",
      };
}

/**
 * What the home page says the wizard will do: DNS and blocklist checks only where a receiving
 * server's refusal leaves causes they can tell apart. A failure on the sender's own side (a
 * refused login, a failed TLS set-up or connection with its own outgoing server) narrows the
 * wizard to causes no lookup of the recipient's domain or a blocklist bears on.
 */
export function wizardPromise(d: Diagnosis): string {
  // Above it the card already says nothing needs fixing, and the wizard concludes at once for
  // a report that is no failure (lib/rules/engine.ts nextStep): no promise of checks.
  if (d.overall.cause === "not-a-bounce")
    return "Nothing bounced, so the wizard has nothing to check or ask: it ends at once with a result link you can share.";
  if (isProgramError(d))
    return "The wizard asks what the error cannot say, and ends with a fix checklist.";
  if (senderSideCauses(d, evidenceRuleIds(d)) !== null)
    return "The wizard asks what the bounce cannot say about your own mail server's settings, and ends with a fix checklist.";
  return "The wizard checks DNS and blocklists, asks what the bounce cannot say, and ends with a fix checklist.";
}
