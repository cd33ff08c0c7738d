// OpenSMTPD's own texts in its bounces. Source: OpenSMTPD's queue (smtpd/queue.c), which sets
// the error message of an envelope whose queue lifetime ran out to "Envelope expired" before
// bouncing it (queue_imsg, IMSG_QUEUE_EXPIRE).
import { rows } from "./mta-defaults";

export const OPENSMTPD_SIGNATURES = rows(
  "opensmtpd",
  "https://github.com/openbsd/src/blob/master/usr.sbin/smtpd/queue.c",
  [
    [
      "envelope-expired",
      ["envelope expired"],
      "remote-unreachable",
      0.85,
      "Envelope expired",
      "OpenSMTPD gave up: the message stayed in its queue for the whole retry period without being delivered.",
    ],
  ],
);
