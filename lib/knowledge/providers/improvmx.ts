// ImprovMX, the mail-forwarding service (a domain's MX points to it; it forwards to the owner's
// mailbox), from smtp.codes' ImprovMX page, which copies the replies of ImprovMX's guide "ImprovMX
// error codes" with their meanings (the site's source in repo fm/smtp-codes). ImprovMX's own
// codes ("#id-5.9.2") name the reason; the guide itself was not found stored.
import type { CauseId } from "@/lib/causes/causes";
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const CODES = page(
  "https://smtp.codes/improvmx",
  "ImprovMX (smtp.codes), citing https://improvmx.com/guides/improvmx-error-codes/",
  "repo fm/smtp-codes docs/improvmx/index.html",
);

const { phrase } = entryKit("improvmx");

/** [id, cause, needle, reply, note]. */
const ROWS: readonly (readonly [string, CauseId, string | RegExp, string, string])[] = [
  [
    "id-5.9.4-retry",
    "rate-limited",
    /\(#id-5\.9\.4\)/,
    "450 4.2.1 Please try again later. (#id-5.9.4)",
    "The page: 'Their anti-spam check failed. We need the sender to retry sending.' A temporary anti-spam deferral the sending server retries, as greylisting is; not a disabled mailbox, though 4.2.1 reads so.",
  ],
  [
    "considered-spam",
    "content-spam",
    "message considered as spam",
    "550 5.7.1 Message considered as SPAM",
    "The page: the message scored above the spam threshold; revise its content before resending.",
  ],
  [
    "id-5.9.2-relay",
    "relay-denied",
    /relay not permitted\. \(#id-5\.9\.2\)/,
    "550 5.1.3 Relay not permitted. (#id-5.9.2)",
    "The page: the recipient's domain was not found in ImprovMX, or was not added correctly, so it cannot route the mail. The recipient's domain owner must add it (or point its MX elsewhere).",
  ],
  [
    "id-5.9.2-domain-not-found",
    "relay-denied",
    /domain not found \(#id-5\.9\.2\)/,
    "551 5.7.1 Domain not found (#id-5.9.2)",
    "The page: the domain was not found in the ImprovMX database. The recipient's domain points its mail to ImprovMX without being set up there; its owner must add it. The domain itself exists.",
  ],
  [
    "low-domain-reputation",
    "domain-blocklisted",
    // With ImprovMX's own "(Code 2)": Gmail says "the very low reputation of the sending domain"
    // of its own reputation system (bad-reputation, google-smtp-errors.ts), not a DBL listing.
    /very low reputation of the sending domain, this message has been blocked \(code 2\)/,
    "551 5.7.1 Due to the very low reputation of the sending domain, this message has been blocked (Code 2).",
    "The page: the sending domain is on a reputation blocklist such as the Spamhaus DBL, and must be delisted first.",
  ],
  [
    "id-5.9.0-loop",
    "remote-server-error",
    /loop detected: email is sent and forwarded from\/to improvmx\.com/,
    "551 5.7.1 Loop detected: Email is sent and forwarded from/to improvmx.com. (#id-5.9.0)",
    "The page: the forwarding destination loops back to ImprovMX, which blocks the message to stop the loop. The recipient's forwarding set-up must change.",
  ],
  [
    "id-5.9.3-invalid-domain-data",
    "remote-server-error",
    /\(#id-5\.9\.3\)/,
    "551 5.7.1 Our database returned invalid pieces of information about the requested recipient’s domain (#id-5.9.3)",
    "ImprovMX could not use what it holds for the recipient's domain: its set-up there is broken, a matter for the domain's owner or ImprovMX.",
  ],
  [
    "id-5.9.5-forward-target",
    "remote-server-error",
    /\(#id-5\.9\.5\)/,
    "551 5.7.1 Unable to correctly read the forwarding recipient (where to forward the email to) (#id-5.9.5)",
    "The alias's forwarding destination is unreadable: the recipient's set-up at ImprovMX must be fixed.",
  ],
];

export const IMPROVMX_TABLE: ProviderTable = {
  provider: "improvmx",
  identity: {
    provider: "improvmx",
    name: "ImprovMX (mail forwarding)",
    hosts: ["improvmx.com"],
    markers: [/\(#id-5\.9\.\d\)/],
    source: CODES,
  },
  phrases: ROWS.map(([id, cause, needle, example, note]) =>
    phrase({ id, cause, match: [needle], scope: "any", source: CODES, example, note }),
  ),
  statusReadings: [],
  missingPages: [
    "improvmx.com/guides/improvmx-error-codes/: not found stored; its replies are read through smtp.codes' copy.",
  ],
};
