import type { MtaDriver } from "../lab-types";
import { amavis } from "./amavis";
import { courier } from "./courier";
import { cyrus } from "./cyrus";
import { dma } from "./dma";
import { dovecot } from "./dovecot";
import { exim } from "./exim";
import { opensmtpd } from "./opensmtpd";
import { postfix } from "./postfix";
import { postgrey } from "./postgrey";
import { rspamd } from "./rspamd";
import { sendmail } from "./sendmail";
import { spamassassin } from "./spamassassin";

/** Every MTA the lab knows, by the name run.sh passes (--mta). */
export const DRIVERS: Record<string, MtaDriver> = {
  postfix,
  exim,
  opensmtpd,
  sendmail,
  courier,
  dovecot,
  dma,
  cyrus,
  rspamd,
  spamassassin,
  amavis,
  postgrey,
};
