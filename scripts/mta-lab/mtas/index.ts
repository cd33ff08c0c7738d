import type { MtaDriver } from "../lab-types";
import { amavis } from "./amavis";
import { chasquid } from "./chasquid";
import { clamavMilter } from "./clamav-milter";
import { clamsmtp } from "./clamsmtp";
import { courier } from "./courier";
import { cyrus } from "./cyrus";
import { dma } from "./dma";
import { dovecot } from "./dovecot";
import { exim } from "./exim";
import { haraka } from "./haraka";
import { eximDebian } from "./exim-debian";
import { eximSpam } from "./exim-spam";
import { mimedefang } from "./mimedefang";
import { msmtp } from "./msmtp";
import { nullmailer } from "./nullmailer";
import { opensmtpd } from "./opensmtpd";
import { opensmtpdFilters } from "./opensmtpd-filters";
import { postfix } from "./postfix";
import { postfixPolicies } from "./postfix-policies";
import { postfixRestrictions } from "./postfix-restrictions";
import { postfwd } from "./postfwd";
import { policydWeight } from "./policyd-weight";
import { postgrey } from "./postgrey";
import { rspamd } from "./rspamd";
import { sendmail } from "./sendmail";
import { sendmailAccess } from "./sendmail-access";
import { spamassassin } from "./spamassassin";

/** Every MTA the lab knows, by the name run.sh passes (--mta). */
export const DRIVERS: Record<string, MtaDriver> = {
  postfix,
  "postfix-restrictions": postfixRestrictions,
  "postfix-policies": postfixPolicies,
  exim,
  "exim-debian": eximDebian,
  "exim-spam": eximSpam,
  opensmtpd,
  "opensmtpd-filters": opensmtpdFilters,
  sendmail,
  "sendmail-access": sendmailAccess,
  courier,
  dovecot,
  dma,
  cyrus,
  rspamd,
  spamassassin,
  amavis,
  postgrey,
  haraka,
  chasquid,
  "policyd-weight": policydWeight,
  postfwd,
  "clamav-milter": clamavMilter,
  clamsmtp,
  msmtp,
  nullmailer,
  mimedefang,
};
