// The whole signature catalog, providers and MTAs first. Order does not decide ranking
// (the classifier scores every match), but ids must be unique across files.
import { CHASQUID_SIGNATURES } from "./chasquid";
import { CLAMAV_MILTER_SIGNATURES } from "./clamav-milter";
import { SPAMPD_SIGNATURES } from "./spampd";
import { THUNDERBIRD_SIGNATURES } from "./thunderbird";
import { COURIER_SIGNATURES } from "./courier";
import { DMA_SIGNATURES } from "./dma";
import { DOTNET_SMTPCLIENT_SIGNATURES } from "./dotnet-smtpclient";
import { DOMINO_SIGNATURES } from "./domino";
import { EXCHANGE_SERVER_SIGNATURES } from "./exchange-server";
import { EXIM_SIGNATURES } from "./exim";
import { GENERIC_SIGNATURES } from "./generic";
import { GREYLISTD_SIGNATURES } from "./greylistd";
import { HARAKA_SIGNATURES } from "./haraka";
import { JAKARTA_MAIL_SIGNATURES } from "./jakarta-mail";
import { MAILENABLE_SIGNATURES } from "./mailenable";
import { MIMEDEFANG_SIGNATURES } from "./mimedefang";
import { MSMTP_SIGNATURES } from "./msmtp";
import { MTA_CONTEXT_SIGNATURES } from "./mta-context";
import { NODEMAILER_SIGNATURES } from "./nodemailer";
import { OPENSMTPD_SIGNATURES } from "./opensmtpd";
import { OPENSSL_SIGNATURES } from "./openssl";
import { OUTLOOK_DESKTOP_SIGNATURES } from "./outlook-desktop";
import { PHPMAILER_SIGNATURES } from "./phpmailer";
import { POSTFIX_SIGNATURES } from "./postfix";
import { POSTFIX_LOG_SIGNATURES } from "./postfix-log";
import { POSTFWD_SIGNATURES } from "./postfwd";
import { PYTHON_SMTPLIB_SIGNATURES } from "./python-smtplib";
import { QMAIL_SIGNATURES } from "./qmail";
import { PYSPF_SIGNATURES } from "./pyspf";
import { REFUSAL_PREAMBLE_SIGNATURES } from "./refusal-preambles";
import { REGISTRY_PHRASE_SIGNATURES } from "./registry-phrases";
import { RSPAMD_SIGNATURES } from "./rspamd";
import { RUBY_GO_SMTP_SIGNATURES } from "./ruby-go-smtp";
import { RFC7504_SIGNATURES } from "./rfc7504";
import { RFC7505_SIGNATURES } from "./rfc7505";
import { SENDMAIL_SIGNATURES } from "./sendmail";
import { SMALL_SERVER_SIGNATURES } from "./small-servers";
import { SWIFTMAILER_SSMTP_SIGNATURES } from "./swiftmailer-ssmtp";
import { SYMFONY_MAILER_SIGNATURES } from "./symfony-mailer";
import { ZIMBRA_SIGNATURES } from "./zimbra";
import type { Signature } from "./types";

export type { Needle, Signature } from "./types";

/** Provider and MTA signatures: the strongest evidence. */
export const PROVIDER_SIGNATURES: readonly Signature[] = [
  ...MTA_CONTEXT_SIGNATURES,
  ...RFC7504_SIGNATURES,
  ...RFC7505_SIGNATURES,
  ...POSTFIX_SIGNATURES,
  ...POSTFIX_LOG_SIGNATURES,
  ...EXIM_SIGNATURES,
  ...SENDMAIL_SIGNATURES,
  ...QMAIL_SIGNATURES,
  ...COURIER_SIGNATURES,
  ...OPENSMTPD_SIGNATURES,
  ...DMA_SIGNATURES,
  ...DOMINO_SIGNATURES,
  ...HARAKA_SIGNATURES,
  ...SMALL_SERVER_SIGNATURES,
  ...EXCHANGE_SERVER_SIGNATURES,
  ...MAILENABLE_SIGNATURES,
  ...ZIMBRA_SIGNATURES,
  ...CHASQUID_SIGNATURES,
  ...POSTFWD_SIGNATURES,
  ...CLAMAV_MILTER_SIGNATURES,
  ...MIMEDEFANG_SIGNATURES,
  ...SPAMPD_SIGNATURES,
  ...PHPMAILER_SIGNATURES,
  ...THUNDERBIRD_SIGNATURES,
  ...OUTLOOK_DESKTOP_SIGNATURES,
  ...NODEMAILER_SIGNATURES,
  ...PYTHON_SMTPLIB_SIGNATURES,
  ...DOTNET_SMTPCLIENT_SIGNATURES,
  ...JAKARTA_MAIL_SIGNATURES,
  ...SYMFONY_MAILER_SIGNATURES,
  ...SWIFTMAILER_SSMTP_SIGNATURES,
  ...RUBY_GO_SMTP_SIGNATURES,
  ...MSMTP_SIGNATURES,
  ...OPENSSL_SIGNATURES,
  ...RSPAMD_SIGNATURES,
  ...GREYLISTD_SIGNATURES,
  ...REFUSAL_PREAMBLE_SIGNATURES,
  ...PYSPF_SIGNATURES,
];

/** Generic keyword patterns and the registry's own phrases: below signatures, above status codes. */
export const KEYWORD_SIGNATURES: readonly Signature[] = [
  ...REGISTRY_PHRASE_SIGNATURES,
  ...GENERIC_SIGNATURES,
];

/**
 * The MTAs whose default texts the catalog holds (postfix.ts, exim.ts, sendmail.ts, qmail.ts,
 * courier.ts, small-servers.ts): any site's filter may reuse such a wording, so the classifier re-reads it by the
 * SMTP stage it answered, as it does generic keywords. Signature ids start with the provider.
 */
export const MTA_DEFAULT_PROVIDERS: ReadonlySet<string> = new Set(
  [
    ...POSTFIX_SIGNATURES,
    ...EXIM_SIGNATURES,
    ...SENDMAIL_SIGNATURES,
    ...QMAIL_SIGNATURES,
    ...COURIER_SIGNATURES,
    ...OPENSMTPD_SIGNATURES,
    ...DMA_SIGNATURES,
    ...HARAKA_SIGNATURES,
    ...SMALL_SERVER_SIGNATURES,
  ].map((s) => s.provider),
);

export const ALL_SIGNATURES: readonly Signature[] = [...PROVIDER_SIGNATURES, ...KEYWORD_SIGNATURES];
