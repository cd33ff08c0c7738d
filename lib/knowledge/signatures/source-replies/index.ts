// Every refusal text read out of the MTAs' own source (issue 8, sweep), one list per server.
import { AMAVIS_SOURCE_REPLIES } from "./amavis";
import { AIOSMTPD_SOURCE_REPLIES } from "./aiosmtpd";
import { CHASQUID_SOURCE_REPLIES } from "./chasquid";
import { CITADEL_SOURCE_REPLIES } from "./citadel";
import { CLAMSMTP_SOURCE_REPLIES } from "./clamsmtp";
import { CPANEL_SOURCE_REPLIES } from "./cpanel";
import { GO_SMTP_SOURCE_REPLIES } from "./go-smtp";
import { MAILMAN_SOURCE_REPLIES } from "./mailman";
import { MAILCLEANER_SOURCE_REPLIES } from "./mailcleaner";
import { MAILSCANNER_SOURCE_REPLIES } from "./mailscanner";
import { MAILU_SOURCE_REPLIES } from "./mailu";
import { MIMEDEFANG_SOURCE_REPLIES } from "./mimedefang";
import { MLMMJ_SOURCE_REPLIES } from "./mlmmj";
import { POSTAL_SOURCE_REPLIES } from "./postal";
import { QPSMTPD_SOURCE_REPLIES } from "./qpsmtpd";
import { RMILTER_SOURCE_REPLIES } from "./rmilter";
import { SMF_SPF_SOURCE_REPLIES } from "./smf-spf";
import { SMTP_SERVER_SOURCE_REPLIES } from "./smtp-server";
import { SPAMDYKE_SOURCE_REPLIES } from "./spamdyke";
import { SYMPA_SOURCE_REPLIES } from "./sympa";
import { WILDDUCK_SOURCE_REPLIES } from "./wildduck";
import { ZONEMTA_SOURCE_REPLIES } from "./zonemta";
import { COURIER_SOURCE_REPLIES } from "./courier";
import { DEBIAN_EXIM4_SOURCE_REPLIES } from "./debian-exim4";
import { DEBIAN_POLICY_DAEMON_SOURCE_REPLIES } from "./debian-policy-daemons";
import { IREDMAIL_SOURCE_REPLIES } from "./iredmail";
import { MAILCOW_SOURCE_REPLIES } from "./mailcow";
import { SPAMASS_MILTER_SOURCE_REPLIES } from "./spamass-milter";
import { SA_EXIM_SOURCE_REPLIES } from "./sa-exim";
import { SPAMPD_SOURCE_REPLIES } from "./spampd";
import { CYRUS_SOURCE_REPLIES } from "./cyrus";
import { DOVECOT_SOURCE_REPLIES } from "./dovecot";
import { EXIM_SOURCE_REPLIES } from "./exim";
import { HARAKA_SOURCE_REPLIES } from "./haraka";
import { HARAKA_PLUGIN_SOURCE_REPLIES } from "./haraka-plugins";
import { HESTIACP_SOURCE_REPLIES } from "./hestiacp";
import { HMAILSERVER_SOURCE_REPLIES } from "./hmailserver";
import { OPENSMTPD_SOURCE_REPLIES } from "./opensmtpd";
import { POSTFIX_SOURCE_REPLIES } from "./postfix";
import { QMAIL_SOURCE_REPLIES } from "./qmail";
import { SENDMAIL_SOURCE_REPLIES } from "./sendmail";
import { SENDMAIL_CF_SOURCE_REPLIES } from "./sendmail-cf";
import { MADDY_SOURCE_REPLIES } from "./maddy";
import { JAMES_SOURCE_REPLIES } from "./james";
import { KNOWN_MISREADS } from "./misreads";
import { MODOBOA_SOURCE_REPLIES } from "./modoboa";
import { MOX_SOURCE_REPLIES } from "./mox";
import { POLICY_DAEMON_SOURCE_REPLIES } from "./policy-daemons";
import { PROXMOX_SOURCE_REPLIES } from "./proxmox";
import { RSPAMD_SOURCE_REPLIES } from "./rspamd";
import { STALWART_SOURCE_REPLIES } from "./stalwart";
import { ZIMBRA_SOURCE_REPLIES } from "./zimbra";
import type { SourceReply } from "./types";

export type { SourceMta, SourceReply } from "./types";

const ALL: readonly SourceReply[] = [
  ...POSTFIX_SOURCE_REPLIES,
  ...EXIM_SOURCE_REPLIES,
  ...SENDMAIL_SOURCE_REPLIES,
  ...SENDMAIL_CF_SOURCE_REPLIES,
  ...OPENSMTPD_SOURCE_REPLIES,
  ...QMAIL_SOURCE_REPLIES,
  ...DOVECOT_SOURCE_REPLIES,
  ...CYRUS_SOURCE_REPLIES,
  ...MADDY_SOURCE_REPLIES,
  ...HARAKA_SOURCE_REPLIES,
  ...STALWART_SOURCE_REPLIES,
  ...POLICY_DAEMON_SOURCE_REPLIES,
  ...COURIER_SOURCE_REPLIES,
  ...HMAILSERVER_SOURCE_REPLIES,
  ...RSPAMD_SOURCE_REPLIES,
  ...ZIMBRA_SOURCE_REPLIES,
  ...PROXMOX_SOURCE_REPLIES,
  ...AMAVIS_SOURCE_REPLIES,
  ...JAMES_SOURCE_REPLIES,
  ...MOX_SOURCE_REPLIES,
  ...DEBIAN_EXIM4_SOURCE_REPLIES,
  ...IREDMAIL_SOURCE_REPLIES,
  ...MAILCOW_SOURCE_REPLIES,
  ...SPAMASS_MILTER_SOURCE_REPLIES,
  ...HESTIACP_SOURCE_REPLIES,
  ...MODOBOA_SOURCE_REPLIES,
  ...DEBIAN_POLICY_DAEMON_SOURCE_REPLIES,
  ...WILDDUCK_SOURCE_REPLIES,
  ...ZONEMTA_SOURCE_REPLIES,
  ...POSTAL_SOURCE_REPLIES,
  ...CHASQUID_SOURCE_REPLIES,
  ...GO_SMTP_SOURCE_REPLIES,
  ...AIOSMTPD_SOURCE_REPLIES,
  ...CLAMSMTP_SOURCE_REPLIES,
  ...MIMEDEFANG_SOURCE_REPLIES,
  ...MAILMAN_SOURCE_REPLIES,
  ...MLMMJ_SOURCE_REPLIES,
  ...SYMPA_SOURCE_REPLIES,
  ...CPANEL_SOURCE_REPLIES,
  ...SMTP_SERVER_SOURCE_REPLIES,
  ...QPSMTPD_SOURCE_REPLIES,
  ...MAILSCANNER_SOURCE_REPLIES,
  ...MAILCLEANER_SOURCE_REPLIES,
  ...SMF_SPF_SOURCE_REPLIES,
  ...RMILTER_SOURCE_REPLIES,
  ...CITADEL_SOURCE_REPLIES,
  ...HARAKA_PLUGIN_SOURCE_REPLIES,
  ...MAILU_SOURCE_REPLIES,
  ...SPAMDYKE_SOURCE_REPLIES,
  ...SA_EXIM_SOURCE_REPLIES,
  ...SPAMPD_SOURCE_REPLIES,
];

/** Every row, with what still reads it wrong (./misreads.ts) where something does. */
export const SOURCE_REPLIES: readonly SourceReply[] = ALL.map((row) =>
  KNOWN_MISREADS[row.id] ? { ...row, misread: KNOWN_MISREADS[row.id] } : row,
);

/** Misread ids that name no row (a renamed or removed row). */
export function unknownMisreadIds(): string[] {
  const ids = new Set(ALL.map((r) => r.id));
  return Object.keys(KNOWN_MISREADS).filter((id) => !ids.has(id));
}
